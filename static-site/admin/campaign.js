/* The campaign: the current one's calendar and its awards schedule as the scheduler holds it (the time
   shown is the one read back, so announced and real can't differ); moving awardsAt moves the schedule.
   Next year's campaign is created from the current one, its calendar shifted a year and editable. */
I18N.ready(function () {
  'use strict';
  if (!Admin.page('campaign')) return;
  var t = I18N.t, $ = function (id) { return document.getElementById(id); };
  var settings = null;

  // The API's campaign-local time ("2027-04-12T12:00:00+03:00") as a datetime-local value, and back (no
  // offset: the server reads it in the campaign's time zone).
  function local(iso, seconds) { return iso ? iso.slice(0, seconds ? 19 : 16) : ''; }

  function render() {
    var s = $('cmp-status');
    s.removeAttribute('data-i18n');
    if (!settings) return;
    s.textContent = '';
    var tz = settings.timeZone;
    $('cmp-current').hidden = false;
    $('cmp-current-title').textContent = t('cmp.current', { year: settings.year });
    $('cmp-state').textContent = I18N.has('cmp.state.' + settings.state) ? t('cmp.state.' + settings.state) : settings.state;
    $('cmp-opens').textContent = Admin.dateTime(settings.praiseOpensAt, tz);
    $('cmp-closes').textContent = Admin.dateTime(settings.praiseClosesAt, tz);
    $('cmp-awards').textContent = Admin.dateTime(settings.awardsAt, tz);
    var sched = settings.awardsSchedule;
    var schedule = $('cmp-schedule');
    schedule.textContent = sched ? Admin.dateTime(sched.at, sched.timeZone)
      : t(settings.publishedAt ? 'cmp.schedule.done' : 'cmp.schedule.none');
    schedule.dataset.at = sched ? sched.at : '';
    schedule.className = sched && !settings.scheduleAgrees && !settings.publishedAt ? 'notice notice-error' : '';
    if (sched && !settings.scheduleAgrees && !settings.publishedAt) schedule.textContent += ' — ' + t('cmp.schedule.differs');
    // A published campaign is read-only for good.
    $('cmp-settings').hidden = !!settings.publishedAt;
    if (!$('set-awardsAt').value) $('set-awardsAt').value = local(settings.awardsAt);
    // What participants see of themselves (issue 18): their score's components during March, evaluators' notes.
    $('cmp-insight').hidden = !!settings.publishedAt;
    $('set-insightShowsScore').checked = settings.insightShowsScore !== false;
    $('set-insightSharesNotes').checked = !!settings.insightSharesNotes;

    var next = settings.next;
    $('cmp-next').hidden = false;
    $('cmp-next-title').textContent = t('cmp.next', { year: next.year });
    $('cmp-create-submit').textContent = t('cmp.create', { year: next.year });
    var wait = $('cmp-next-wait');
    wait.hidden = !!settings.publishedAt;
    wait.textContent = settings.publishedAt ? '' : t('cmp.next.wait', { year: settings.year });
    // Offered only once it can work: the server refuses next year before this year's results (409 not_published).
    $('cmp-create-submit').disabled = !settings.publishedAt;
    ['praiseOpensAt', 'praiseClosesAt', 'awardsAt'].forEach(function (f) {
      var input = $('new-' + f);
      if (!input.value) input.value = local(next[f], f !== 'awardsAt');
    });
  }

  function load() {
    return Admin.api('/api/admin/campaign').then(function (res) {
      if (App.ok(res)) { settings = res.body; render(); return; }
      $('cmp-status').textContent = '';
      Admin.showError($('cmp-error'), res);
    });
  }

  function markInvalid(form, res) {
    form.querySelectorAll('[aria-invalid]').forEach(function (x) { x.removeAttribute('aria-invalid'); });
    var field = App.errorField(res);
    var input = field && form.querySelector('[data-field="' + field + '"]');
    if (input) { input.setAttribute('aria-invalid', 'true'); input.focus(); }
  }

  $('cmp-settings').addEventListener('submit', function (e) {
    e.preventDefault();
    var form = e.target, saved = $('cmp-saved');
    saved.textContent = t('a.saving');
    Admin.clearError($('cmp-error'));
    Admin.api('/api/admin/campaign', { method: 'PUT', json: { awardsAt: $('set-awardsAt').value } }).then(function (res) {
      saved.textContent = '';
      if (!App.ok(res)) { Admin.showError($('cmp-error'), res); markInvalid(form, res); return; }
      markInvalid(form, { body: null });
      var keepNext = settings.next;
      settings = res.body;
      settings.next = keepNext;
      render();
      saved.textContent = t('cmp.saved', { at: Admin.dateTime(settings.awardsSchedule && settings.awardsSchedule.at, settings.timeZone) });
    });
  });

  $('cmp-insight').addEventListener('submit', function (e) {
    e.preventDefault();
    var form = e.target, saved = $('cmp-insight-saved');
    saved.textContent = t('a.saving');
    Admin.clearError($('cmp-error'));
    Admin.api('/api/admin/campaign', { method: 'PUT', json: {
      insightShowsScore: $('set-insightShowsScore').checked,
      insightSharesNotes: $('set-insightSharesNotes').checked
    } }).then(function (res) {
      saved.textContent = '';
      if (!App.ok(res)) { Admin.showError($('cmp-error'), res); markInvalid(form, res); return; }
      markInvalid(form, { body: null });
      var keepNext = settings.next;
      settings = res.body;
      settings.next = keepNext;
      render();
      saved.textContent = t('cmp.insight.saved');
    });
  });

  $('cmp-create').addEventListener('submit', function (e) {
    e.preventDefault();
    var form = e.target, done = $('cmp-created');
    var body = { year: settings.next.year };
    ['praiseOpensAt', 'praiseClosesAt', 'awardsAt'].forEach(function (f) { body[f] = $('new-' + f).value; });
    done.textContent = t('a.saving');
    Admin.clearError($('cmp-error'));
    Admin.api('/api/admin/campaigns', { json: body }).then(function (res) {
      done.textContent = '';
      if (!App.ok(res)) { Admin.showError($('cmp-error'), res); markInvalid(form, res); return; }
      markInvalid(form, { body: null });
      var created = res.body.year;
      ['set-awardsAt', 'new-praiseOpensAt', 'new-praiseClosesAt', 'new-awardsAt'].forEach(function (id) { $(id).value = ''; });
      load().then(function () {
        $('cmp-created').textContent = t('cmp.created', { year: created });
        $('cmp-create').dataset.created = String(created);
        // The earlier participants are carried over as invitations (a job): the organisers confirm them there.
        $('cmp-invited').hidden = false;
      });
    });
  });

  load();
  I18N.onChange(render);
});
