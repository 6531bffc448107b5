/* Participants: the CSV import, the list with search and filters, editing one and adding one by hand. */
I18N.ready(function () {
  'use strict';
  if (!Admin.page('participants')) return;
  var t = I18N.t, el = App.el, $ = function (id) { return document.getElementById(id); };
  var campaign = null, list = null, listRes = null, editing = null, seq = 0, timer = 0;
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
    $('list-status').textContent = t('loading');
    var res = await Admin.api('/api/admin/participants' + (q.toString() ? '?' + q : ''));
    if (mine !== seq) return;
    listRes = res;
    list = App.ok(res) && Array.isArray(res.body.participants) ? res.body.participants : null;
    if (list) Admin.clearError($('list-error')); else Admin.showError($('list-error'), res);
    render();
  }

  function render() {
    var tbody = $('participants-rows');
    tbody.textContent = '';
    if (!list) { $('list-status').textContent = ''; return; }
    $('list-status').textContent = t('pl.count', { n: Admin.int(list.length) });
    list.forEach(function (p) {
      var tr = tbody.appendChild(el('tr'));
      tr.dataset.participantId = p.id;
      var th = tr.appendChild(el('th'));
      th.scope = 'row';
      var b = th.appendChild(el('button', 'expand', p.name));
      b.type = 'button';
      b.setAttribute('aria-label', t('pl.edit', { name: p.name }));
      b.addEventListener('click', function () { openEditor(p.id); });
      tr.appendChild(el('td', null, p.registrationNumber || ''));
      tr.appendChild(el('td', null, App.localName(campaign && campaign.categories, p.category)));
      tr.appendChild(el('td', null, App.localName(campaign && campaign.industries, p.industry)));
      tr.appendChild(el('td', null, App.localName(campaign && campaign.sizeClasses, p.sizeClass)));
      tr.appendChild(el('td', null, (p.branches || []).join(', ')));
      tr.appendChild(el('td', 'num', Admin.int(p.confirmedPraiseCount || 0)));
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

  async function openEditor(id) {
    errors.clear();
    $('editor-status').textContent = '';
    $('editor').hidden = false;
    $('pe-id-field').hidden = !!id;
    // One participant's praise as CSV (every review state), from the participant being edited.
    $('praise-export').hidden = !id;
    $('praise-export-button').dataset.participant = id || '';
    editing = null;
    renderEvaluations(null);
    if (id) {
      var known = (list || []).find(function (p) { return p.id === id; });
      if (known) { editing = known; setForm(known); }
      renderEditorHeading();
      $('editor-heading').focus();
      var res = await Admin.api('/api/admin/participants/' + encodeURIComponent(id));
      if (App.ok(res)) { editing = res.body; setForm(res.body); renderEditorHeading(); renderEvaluations(res.body.evaluations || []); }
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
  ['f-category', 'f-industry', 'f-size'].forEach(function (id) { $(id).addEventListener('change', load); });

  I18N.onChange(function () {
    fillSelects();
    render();
    if ($('editor').hidden) return;
    renderEditorHeading();
    if (editing) renderEvaluations(editing.evaluations || []); // their dates follow the language
  });

  App.campaign().then(function (res) {
    if (App.ok(res)) campaign = res.body;
    fillSelects();
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
