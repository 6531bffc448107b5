/* Praise from other channels (phone, paper forms), entered by an organiser: POST /api/admin/praise; and the list of
   entered praise (GET /api/admin/praise): who entered what, when, and its review state now. */
I18N.ready(function () {
  'use strict';
  if (!Admin.page('praise-entry')) return;
  var t = I18N.t, el = App.el, $ = function (id) { return document.getElementById(id); };
  var campaign = null, saved = null;
  // The last save's message, in the page's language (also after a change of language).
  function showSaved() { $('entry-status').textContent = saved ? t('pe2.saved', { name: saved }) : ''; }
  // The errors in the organiser's words (pe2.*), not the public form's; a code without its own falls back to the
  // console's (a.err.*) and then the site's message.
  function message(code, field, vars) {
    if (code === 'invalid' && field && I18N.has('pe2.inv.' + field)) return t('pe2.inv.' + field);
    if (I18N.has('pe2.err.' + code)) return t('pe2.err.' + code, vars);
    if (I18N.has('a.err.' + code)) return t('a.err.' + code, vars);
    return App.message(code, field, vars);
  }
  function label(field) { return I18N.has('pe2.field.' + field) ? t('pe2.field.' + field) : Admin.fieldName(field); }
  var errors = App.formErrors($('entry-form'), $('entry-errors'), 'pe2.errors', { message: message, label: label });
  var pick = Admin.picker('entry', fillBranches);

  function fillBranches(p) {
    var s = $('entry-branch'), v = s.value;
    s.textContent = '';
    s.appendChild(el('option', null, t('p.branch.none'))).value = '';
    ((p && p.branches) || []).forEach(function (b) { s.appendChild(el('option', null, b)).value = b; });
    s.value = v;
    if (s.selectedIndex < 0) s.selectedIndex = 0;
  }
  function fillStars() {
    var s = $('entry-stars'), v = s.value;
    s.textContent = '';
    s.appendChild(el('option', null, t('pe2.stars.choose'))).value = '';
    for (var i = 5; i >= 1; i--) s.appendChild(el('option', null, t(i === 1 ? 'stars.one' : 'stars.other', { n: i }))).value = String(i);
    s.value = v;
  }
  function fillAspects() {
    var box = $('entry-aspects'), was = {};
    box.querySelectorAll('input:checked').forEach(function (i) { was[i.value] = true; });
    box.textContent = '';
    ((campaign && campaign.aspects) || []).forEach(function (a) {
      var l = box.appendChild(el('label', 'choice'));
      var i = l.appendChild(el('input'));
      i.type = 'checkbox';
      i.value = a.code;
      i.dataset.field = 'aspects';
      i.checked = !!was[a.code];
      l.appendChild(el('span', null, App.localName(campaign.aspects, a.code)));
    });
  }
  function all() { fillBranches(pick.get()); fillStars(); fillAspects(); }

  $('entry-form').addEventListener('submit', async function (ev) {
    ev.preventDefault();
    var p = pick.get(), ch = document.querySelector('input[name="channel"]:checked');
    var body = {
      participantId: p ? p.id : '', branch: $('entry-branch').value || null, employee: $('entry-employee').value.trim() || null,
      stars: Number($('entry-stars').value) || null,
      aspects: Array.prototype.map.call(document.querySelectorAll('#entry-aspects input:checked'), function (i) { return i.value; }),
      text: $('entry-text').value.trim(), channel: ch ? ch.value : null
    };
    var problems = [];
    if (!body.participantId) problems.push({ field: 'participantId', code: 'invalid' });
    if (!body.stars) problems.push({ field: 'stars', code: 'invalid' });
    if (!body.text) problems.push({ field: 'text', code: 'invalid' });
    if (!body.channel) problems.push({ field: 'channel', code: 'invalid' });
    if (problems.length) { errors.show(problems); return; }
    $('entry-submit').disabled = true;
    var res = await Admin.api('/api/admin/praise', { json: body });
    $('entry-submit').disabled = false;
    if (App.ok(res)) {
      errors.clear();
      saved = p.name;
      showSaved();
      $('entry-form').reset();
      pick.reset();
      all();
      loadEntered(false);
      return;
    }
    var f = App.errorField(res);
    errors.show([{ field: f && f !== 'body' && f !== 'path' ? f : null, code: res.status === 404 && f === 'path' ? 'noRoute' : App.errorCode(res) }]);
  });

  // The entered praise, newest first, a page at a time.
  var entered = [], enteredCursor = null, enteredSeq = 0;
  function renderEntered() {
    var rows = $('entered-rows');
    rows.textContent = '';
    entered.forEach(function (e) {
      var tr = rows.appendChild(el('tr'));
      tr.appendChild(el('td', null, Admin.dateTime(e.enteredAt)));
      var name = tr.appendChild(el('th'));
      name.scope = 'row';
      var a = name.appendChild(el('a', null, e.participantName || e.participantId));
      a.href = '/admin/moderation.html?participant=' + encodeURIComponent(e.participantId);
      tr.appendChild(el('td', null, I18N.has('channel.' + e.channel) ? t('channel.' + e.channel) : String(e.channel || '')));
      tr.appendChild(el('td', null, I18N.has('pe2.status.' + e.status) ? t('pe2.status.' + e.status) : String(e.status || '')));
      tr.appendChild(el('td', 'who', e.enteredByEmail || e.enteredBy || '–'));
    });
    $('entered-table').hidden = !entered.length;
    $('entered-more').hidden = !enteredCursor;
    $('entered-status').textContent = entered.length ? '' : t('pe2.list.none');
  }
  async function loadEntered(more) {
    var q = new URLSearchParams({ limit: '20' });
    if (more && enteredCursor) q.set('cursor', enteredCursor);
    var mine = ++enteredSeq;
    var res = await Admin.api('/api/admin/praise?' + q);
    if (mine !== enteredSeq) return;
    if (!App.ok(res) || !Array.isArray(res.body.items)) { $('entered-status').textContent = ''; Admin.showError($('entered-error'), res); return; }
    Admin.clearError($('entered-error'));
    entered = more ? entered.concat(res.body.items) : res.body.items;
    enteredCursor = res.body.nextCursor || null;
    renderEntered();
  }
  $('entered-more').addEventListener('click', function () { loadEntered(true); });
  I18N.onChange(renderEntered);
  I18N.onChange(showSaved);
  loadEntered(false);

  I18N.onChange(all);
  App.campaign().then(function (res) { if (App.ok(res)) campaign = res.body; all(); });
});
