/* Participants: the CSV import, the list with search and filters, editing one and adding one by hand; the
   invited ones (last year's, carried over into a new campaign) with the carry-over's progress, confirmed one by
   one or all selected at once. */
I18N.ready(function () {
  'use strict';
  if (!Admin.page('participants')) return;
  var t = I18N.t, el = App.el, $ = function (id) { return document.getElementById(id); };
  var campaign = null, list = null, listRes = null, editing = null, seq = 0, timer = 0;
  var invitedView = false, carryOver = null, picked = new Set(), pollTimer = 0;
  var errors = App.formErrors($('editor-form'), $('editor-errors'), 'pe.errors');

  AdminImport.mount($('participants-import'), '/api/admin/participants/import', function () { load(); });

  function fillSelects() {
    if (!campaign) return;
    Admin.fillTerms($('f-category'), campaign.categories, 'pl.any');
    Admin.fillTerms($('f-industry'), campaign.industries, 'pl.any');
    Admin.fillTerms($('f-size'), campaign.sizeClasses, 'pl.any');
    Admin.fillTerms($('pe-category'), campaign.categories, 'pe.none');
    Admin.fillTerms($('pe-industry'), campaign.industries, 'pe.none');
    Admin.fillTerms($('pe-sizeClass'), campaign.sizeClasses, 'pe.none');
  }

  async function load() {
    var mine = ++seq;
    var q = new URLSearchParams();
    if ($('f-q').value.trim()) q.set('q', $('f-q').value.trim());
    [['category', 'f-category'], ['industry', 'f-industry'], ['sizeClass', 'f-size']].forEach(function (f) {
      if ($(f[1]).value) q.set(f[0], $(f[1]).value);
    });
    var invited = $('f-state').value === 'invited';
    if (invited) q.set('state', 'invited');
    $('list-status').textContent = t('loading');
    clearTimeout(pollTimer);
    var res = await Admin.api('/api/admin/participants' + (q.toString() ? '?' + q : ''));
    if (mine !== seq) return;
    listRes = res;
    invitedView = invited;
    list = App.ok(res) && Array.isArray(res.body.participants) ? res.body.participants : null;
    carryOver = invited && App.ok(res) ? res.body.carryOver : null;
    if (list) Admin.clearError($('list-error')); else Admin.showError($('list-error'), res);
    var shown = new Set((list || []).map(function (p) { return p.id; }));
    picked.forEach(function (id) { if (!shown.has(id)) picked.delete(id); });
    render();
    // While the carry-over writes the invitations, the list grows: it is read again until the job ends.
    if (carryOver && (carryOver.state === 'queued' || carryOver.state === 'running')) pollTimer = setTimeout(load, 2000);
  }

  function renderCarryOver() {
    var box = $('carry-status');
    box.textContent = '';
    box.className = '';
    $('carry-again-box').hidden = !carryOver || (carryOver.state !== 'failed' && carryOver.state !== 'stalled');
    if (!carryOver) return;
    var st = carryOver.state, r = carryOver.result || {};
    if (st === 'done') box.textContent = t('pl.carry.done', { total: Admin.int(carryOver.total), from: r.from || '' });
    else if (st === 'failed' || st === 'stalled') { box.textContent = t('pl.carry.failed'); box.className = 'notice notice-error'; }
    else if (st === 'running' && carryOver.step === 'invitations') box.textContent = t('pl.carry.running', { done: Admin.int(carryOver.done), total: Admin.int(carryOver.total) });
    else box.textContent = t('pl.carry.queued');
  }

  function renderPicked() {
    $('confirm-selected').textContent = t('pl.confirmSelected', { n: Admin.int(picked.size) });
    $('confirm-selected').disabled = picked.size === 0;
    $('select-all').checked = !!list && list.length > 0 && picked.size === list.length;
  }

  async function confirm(ids) {
    if (!ids.length) return;
    $('confirm-selected').disabled = true;
    $('confirm-status').textContent = t('a.saving');
    var res = await Admin.api('/api/admin/participants', { json: { invited: ids } });
    if (App.ok(res)) {
      ids.forEach(function (id) { picked.delete(id); });
      var text = t('pl.confirmed', { n: Admin.int(res.body.confirmed.length) });
      if (res.body.notInvited.length) text += ' ' + t('pl.notInvited', { n: Admin.int(res.body.notInvited.length) });
      // The organisation takes part already under another id (same registration number): not made twice.
      if (res.body.alreadyParticipating && res.body.alreadyParticipating.length) text += ' ' + t('pl.alreadyParticipating', { n: Admin.int(res.body.alreadyParticipating.length) });
      $('confirm-status').textContent = text;
      load();
    } else {
      $('confirm-status').textContent = Admin.errorText(res);
      renderPicked();
    }
  }

  function render() {
    var tbody = $('participants-rows');
    tbody.textContent = '';
    $('invited-bar').hidden = !invitedView;
    $('col-pick').hidden = !invitedView;
    $('col-count').hidden = invitedView;
    $('add-participant').hidden = invitedView;
    // The key too: a language switch re-reads data-i18n.
    $('list-caption').dataset.i18n = invitedView ? 'pl.state.invited' : 'pl.caption';
    $('list-caption').textContent = t($('list-caption').dataset.i18n);
    if (invitedView) { renderCarryOver(); renderPicked(); }
    if (!list) { $('list-status').textContent = ''; return; }
    $('list-status').textContent = t('pl.count', { n: Admin.int(list.length) });
    list.forEach(function (p) {
      var tr = tbody.appendChild(el('tr'));
      tr.dataset.participantId = p.id;
      if (invitedView) {
        var pick = tr.appendChild(el('td')).appendChild(el('input'));
        pick.type = 'checkbox';
        pick.className = 'pick';
        pick.checked = picked.has(p.id);
        pick.setAttribute('aria-label', t('pl.select', { name: p.name }));
        pick.addEventListener('change', function () { if (pick.checked) picked.add(p.id); else picked.delete(p.id); renderPicked(); });
      }
      var th = tr.appendChild(el('th'));
      th.scope = 'row';
      if (invitedView) th.textContent = p.name;
      else {
        var b = th.appendChild(el('button', 'expand', p.name));
        b.type = 'button';
        b.setAttribute('aria-label', t('pl.edit', { name: p.name }));
        b.addEventListener('click', function () { openEditor(p.id); });
      }
      if (invitedView) {
        // Under the name: on a phone the other columns are off to the side.
        var ok = th.appendChild(el('div', 'row-action')).appendChild(el('button', 'secondary', t('pl.confirm')));
        ok.type = 'button';
        ok.setAttribute('aria-label', t('pl.confirmOne', { name: p.name }));
        ok.addEventListener('click', function () { confirm([p.id]); });
      }
      tr.appendChild(el('td', null, p.registrationNumber || ''));
      tr.appendChild(el('td', null, App.localName(campaign && campaign.categories, p.category)));
      tr.appendChild(el('td', null, App.localName(campaign && campaign.industries, p.industry)));
      tr.appendChild(el('td', null, App.localName(campaign && campaign.sizeClasses, p.sizeClass)));
      tr.appendChild(el('td', null, (p.branches || []).join(', ')));
      if (!invitedView) tr.appendChild(el('td', 'num', Admin.int(p.confirmedPraiseCount || 0)));
    });
  }

  function setForm(p) {
    $('pe-name').value = p.name || '';
    $('pe-registrationNumber').value = p.registrationNumber || '';
    $('pe-id').value = '';
    $('pe-category').value = p.category || '';
    $('pe-industry').value = p.industry || '';
    $('pe-sizeClass').value = p.sizeClass || '';
    $('pe-contactEmail').value = p.contactEmail || '';
    $('pe-branches').value = (p.branches || []).join('\n');
  }

  function renderEditorHeading() {
    $('editor-heading').textContent = editing ? t('pe.heading.edit', { name: editing.name }) : t('pe.heading.add');
  }

  function renderEvaluations(list) {
    var box = $('evaluations');
    box.hidden = !Array.isArray(list);
    if (!Array.isArray(list)) return;
    $('evaluations-none').hidden = list.length > 0;
    var tbody = $('evaluations-rows');
    tbody.textContent = '';
    list.forEach(function (e) {
      var tr = tbody.appendChild(el('tr'));
      tr.appendChild(el('td', null, Admin.date(e.date)));
      tr.appendChild(el('td', null, e.evaluator || ''));
      tr.appendChild(el('td', null, e.channel || ''));
      tr.appendChild(el('td', 'num', Admin.int(e.score)));
    });
  }

  // The language a contact's digest and report letter are written in (lv/en/et; the report itself is lv or en).
  var CONTACT_LANGS = ['lv', 'en', 'et'];
  function langSelect(id, value, label) {
    var select = el('select');
    if (id) select.id = id;
    if (label) select.setAttribute('aria-label', label);
    CONTACT_LANGS.forEach(function (code) {
      var option = select.appendChild(el('option', null, t('pc.lang.' + code)));
      option.value = code;
    });
    select.value = CONTACT_LANGS.indexOf(value) >= 0 ? value : 'lv';
    return select;
  }
  function wanted(c) { return { email: c.email, lang: c.lang || 'lv' }; }

  // Who may sign in for the participant (issue 18): the whole list is sent on every change (PUT .../contacts).
  function renderContacts(contacts) {
    var box = $('contacts');
    box.hidden = !Array.isArray(contacts);
    if (!Array.isArray(contacts)) return;
    $('contacts-none').hidden = contacts.length > 0;
    var ul = $('contacts-list');
    ul.textContent = '';
    contacts.forEach(function (c, i) {
      var li = ul.appendChild(el('li'));
      li.appendChild(el('span', 'contact-email', c.email));
      if (i === 0) li.appendChild(el('span', 'hint', ' ' + t('pc.first')));
      var lang = li.appendChild(langSelect(null, c.lang, t('pc.langOne', { email: c.email })));
      lang.addEventListener('change', function () {
        saveContacts(contacts.map(function (x) {
          return x.email === c.email ? { email: x.email, lang: lang.value } : wanted(x);
        }));
      });
      var remove = li.appendChild(el('button', 'secondary', t('pc.remove')));
      remove.type = 'button';
      remove.setAttribute('aria-label', t('pc.removeOne', { email: c.email }));
      remove.addEventListener('click', function () {
        saveContacts(contacts.filter(function (x) { return x.email !== c.email; }).map(wanted));
      });
    });
    $('pc-add').disabled = contacts.length >= 10;
  }

  // Each contact as {email, lang}.
  async function saveContacts(list) {
    if (!editing) return;
    Admin.clearError($('contacts-error'));
    $('contacts-status').textContent = t('a.saving');
    var res = await Admin.api('/api/admin/participants/' + encodeURIComponent(editing.id) + '/contacts',
      { method: 'PUT', json: { contacts: list } });
    if (App.ok(res)) {
      editing.contacts = res.body.contacts;
      editing.contactEmail = res.body.contacts.length ? res.body.contacts[0].email : null;
      $('pe-contactEmail').value = editing.contactEmail || '';
      renderContacts(editing.contacts);
      $('pc-new').value = '';
      $('pc-lang').value = 'lv';
      $('contacts-status').textContent = t('pc.saved');
      return;
    }
    $('contacts-status').textContent = '';
    Admin.showError($('contacts-error'), res);
  }

  $('contacts-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var email = $('pc-new').value.trim();
    if (!email || !editing) return;
    var list = (editing.contacts || []).map(wanted);
    list.push({ email: email, lang: $('pc-lang').value });
    saveContacts(list);
  });

  async function openEditor(id) {
    errors.clear();
    $('editor-status').textContent = '';
    $('editor').hidden = false;
    $('pe-id-field').hidden = !!id;
    // One participant's praise as CSV (every review state), from the participant being edited.
    $('praise-export').hidden = !id;
    $('praise-export-button').dataset.participant = id || '';
    // The participant's own view (/my/), opened in this tab so that it finds the console's session.
    $('my-view').href = '/my/?participant=' + encodeURIComponent(id || '');
    editing = null;
    renderEvaluations(null);
    renderContacts(null);
    $('contacts-status').textContent = '';
    Admin.clearError($('contacts-error'));
    if (id) {
      var known = (list || []).find(function (p) { return p.id === id; });
      if (known) { editing = known; setForm(known); }
      renderEditorHeading();
      $('editor-heading').focus();
      var res = await Admin.api('/api/admin/participants/' + encodeURIComponent(id));
      if (App.ok(res)) { editing = res.body; setForm(res.body); renderEditorHeading(); renderEvaluations(res.body.evaluations || []); renderContacts(res.body.contacts || []); }
      else $('editor-status').textContent = Admin.errorText(res);
    } else {
      setForm({});
      renderEditorHeading();
      $('editor-heading').focus();
    }
  }

  $('editor-form').addEventListener('submit', async function (ev) {
    ev.preventDefault();
    var body = {
      name: $('pe-name').value.trim(),
      category: $('pe-category').value || null,
      industry: $('pe-industry').value || null,
      sizeClass: $('pe-sizeClass').value || null,
      branches: $('pe-branches').value.split('\n').map(function (b) { return b.trim(); }).filter(Boolean),
      contactEmail: $('pe-contactEmail').value.trim() || null,
      registrationNumber: $('pe-registrationNumber').value.trim() || null
    };
    var problems = [];
    if (!body.name) problems.push({ field: 'name', code: 'invalid' });
    if (problems.length) { errors.show(problems); return; }
    if (!editing && $('pe-id').value.trim()) body.id = $('pe-id').value.trim();
    $('editor-save').disabled = true;
    $('editor-status').textContent = t('a.saving');
    var res = editing
      ? await Admin.api('/api/admin/participants/' + encodeURIComponent(editing.id), { method: 'PUT', json: body })
      : await Admin.api('/api/admin/participants', { json: body });
    $('editor-save').disabled = false;
    if (App.ok(res)) {
      errors.clear();
      editing = res.body;
      renderEditorHeading();
      $('pe-id-field').hidden = true;
      $('editor-status').textContent = t(res.status === 201 ? 'pe.created' : 'pe.saved', { name: res.body.name || body.name });
      load();
      return;
    }
    $('editor-status').textContent = '';
    var field = App.errorField(res);
    if (res.status === 404 && (field === 'path' || App.errorCode(res) === 'unavailable')) {
      errors.show([{ field: null, code: 'noRoute' }]);
      return;
    }
    errors.show([{ field: field && field !== 'body' ? field : null, code: App.errorCode(res) }]);
  });

  $('editor-cancel').addEventListener('click', function () { $('editor').hidden = true; $('add-participant').focus(); });
  $('add-participant').addEventListener('click', function () { openEditor(null); });
  $('filters').addEventListener('submit', function (ev) { ev.preventDefault(); load(); });
  $('f-q').addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(load, 250); });
  ['f-category', 'f-industry', 'f-size', 'f-state'].forEach(function (id) { $(id).addEventListener('change', load); });
  $('select-all').addEventListener('change', function () {
    (list || []).forEach(function (p) { if ($('select-all').checked) picked.add(p.id); else picked.delete(p.id); });
    render();
  });
  // A failed (or dead) carry-over runs again: it writes only the invitations still missing.
  $('carry-again').addEventListener('click', async function () {
    $('carry-again').disabled = true;
    var res = await Admin.api('/api/admin/campaigns', { json: { carryOver: true } });
    $('carry-again').disabled = false;
    if (App.ok(res)) load(); else $('carry-status').textContent = Admin.errorText(res);
  });
  $('confirm-selected').addEventListener('click', function () { confirm(Array.from(picked).slice(0, 500)); });

  I18N.onChange(function () {
    fillSelects();
    render();
    if ($('editor').hidden) return;
    renderEditorHeading();
    if (editing) renderEvaluations(editing.evaluations || []); // their dates follow the language
    if (editing && editing.contacts) renderContacts(editing.contacts);
  });

  App.campaign().then(function (res) {
    if (App.ok(res)) campaign = res.body;
    fillSelects();
    // ?state=invited: straight to the invitations (the campaign page links here after creating next year).
    if (App.param('state') === 'invited') $('f-state').value = 'invited';
    load();
    // From the nominations page ("add as participant"): the editor opens with the nominated name; the
    // organiser adds the category and size, and saving goes through the add route's checks.
    var nominated = App.param('add');
    if (nominated) {
      openEditor(null);
      $('pe-name').value = nominated.slice(0, 200);
    }
  });
});
