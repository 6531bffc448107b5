/* The moderation queue: pending / approved / rejected, by participant (picked by name); approve, reject with a
   reason the organiser chooses (none is preselected), hide a part of a text behind "[…]" (redaction), select several
   and approve them together. User-written text is always set as text. */
I18N.ready(function () {
  'use strict';
  if (!Admin.page('moderation')) return;
  var t = I18N.t, el = App.el, $ = function (id) { return document.getElementById(id); };
  var REASONS = ['spam', 'abusive', 'not_about_service', 'personal_data'];
  var state = { status: 'pending', participant: App.param('participant') || '' };
  var items = [], counts = null, cursor = null, selected = {}, seq = 0, redacting = null, draft = '';
  // The filter is a participant picked by name (the participant search); its id goes to the API.
  var pick = Admin.picker('mod', function (p) { filterBy(p); });
  function filterBy(p) {
    state.participant = p ? p.id : '';
    if (p) pick.set(p); else pick.reset();
    $('mod-all').hidden = !p;
    load(false);
  }
  if (state.participant) { pick.set({ id: state.participant, name: state.participant }); $('mod-all').hidden = false; }

  function renderCounts() {
    document.querySelectorAll('.tabs button[data-status]').forEach(function (b) {
      var s = b.dataset.status;
      b.textContent = t('mod.status.' + s) + (counts ? ' (' + Admin.int(counts[s] || 0) + ')' : '');
      b.setAttribute('aria-pressed', String(s === state.status));
    });
    $('mod-waiting').textContent = counts ? t('a.mod.waiting', { n: Admin.int(counts.pending || 0) }) : '';
    $('mod-waiting').hidden = !counts;
    var n = Object.keys(selected).length;
    $('bulk-approve').textContent = t('mod.bulk', { n: Admin.int(n) });
    $('bulk-approve').disabled = n === 0;
    $('bulk').hidden = state.status === 'approved' || !items.length;
  }

  function item(p) {
    var li = el('li');
    li.dataset.praiseId = p.praiseId;
    var head = li.appendChild(el('div', 'item-head'));
    if (state.status !== 'approved') {
      var lab = head.appendChild(el('label', 'choice'));
      var cb = lab.appendChild(el('input'));
      cb.type = 'checkbox';
      cb.checked = !!selected[p.praiseId];
      cb.addEventListener('change', function () { if (cb.checked) selected[p.praiseId] = true; else delete selected[p.praiseId]; renderCounts(); });
      lab.appendChild(el('span', 'vh', t('mod.select', { name: p.participantName || p.participantId })));
    }
    var who = head.appendChild(el('button', 'expand', p.participantName || p.participantId));
    who.type = 'button';
    who.setAttribute('aria-label', t('mod.only', { name: p.participantName || p.participantId }));
    who.addEventListener('click', function () { filterBy({ id: p.participantId, name: p.participantName || p.participantId }); });
    head.appendChild(el('span', 'meta', [p.branch, p.employee].filter(Boolean).join(' · ')));
    head.appendChild(el('span', 'meta', t(p.stars === 1 ? 'stars.one' : 'stars.other', { n: p.stars })));
    head.appendChild(el('span', 'badge-state', I18N.has('channel.' + p.channel) ? t('channel.' + p.channel) : String(p.channel || '')));
    head.appendChild(el('span', 'meta', Admin.dateTime(p.confirmedAt)));
    var text = li.appendChild(el('p', 'item-text', p.text || ''));
    if (p.lang) text.lang = p.lang;
    // The aspects' labels of the campaign vocabulary (lv/en/et), not their codes.
    if (p.aspects && p.aspects.length) li.appendChild(el('p', 'meta', p.aspects.map(function (a) { return Admin.term('aspects', a); }).join(', ')));
    var m = p.moderation || {};
    if (m.status && m.status !== 'pending') {
      li.appendChild(el('p', 'meta', t('mod.decided', { status: t('mod.status.' + m.status), reason: m.reason ? t('mod.reason.' + m.reason) : '', by: m.byEmail || m.by || '', at: Admin.dateTime(m.at) })));
    }
    var actions = li.appendChild(el('div', 'item-actions'));
    // Rejected for personal data: its words are erased, so the API refuses an approval; none is offered.
    var erased = m.status === 'rejected' && m.reason === 'personal_data';
    if (erased) li.appendChild(el('p', 'meta', t('mod.erasedWords')));
    if (m.status !== 'approved' && !erased) {
      var ok = actions.appendChild(el('button', 'primary', t('mod.approve')));
      ok.type = 'button';
      ok.addEventListener('click', function () { decide([{ praiseId: p.praiseId, decision: 'approve' }]); });
    }
    if (m.status !== 'rejected') {
      var f = actions.appendChild(el('div', 'field'));
      var l = f.appendChild(el('label', null, t('mod.reason')));
      var sel = f.appendChild(el('select'));
      sel.id = 'reason-' + p.praiseId;
      l.htmlFor = sel.id;
      // No reason is preselected: the organiser chooses one (the API refuses a rejection without it).
      sel.appendChild(el('option', null, t('mod.reason.choose'))).value = '';
      REASONS.forEach(function (r) { sel.appendChild(el('option', null, t('mod.reason.' + r))).value = r; });
      var need = f.appendChild(el('p', 'field-error'));
      need.id = 'reason-err-' + p.praiseId;
      need.hidden = true;
      sel.addEventListener('change', function () { need.hidden = true; sel.removeAttribute('aria-invalid'); });
      var no = actions.appendChild(el('button', 'secondary', t('mod.reject')));
      no.type = 'button';
      no.addEventListener('click', function () {
        if (!sel.value) {
          need.textContent = t('mod.reason.needed');
          need.hidden = false;
          sel.setAttribute('aria-invalid', 'true');
          sel.setAttribute('aria-describedby', need.id);
          sel.focus();
          return;
        }
        decide([{ praiseId: p.praiseId, decision: 'reject', reason: sel.value }]);
      });
    }
    if (p.text && !erased) {
      var hide = actions.appendChild(el('button', 'secondary', t('mod.redact')));
      hide.type = 'button';
      hide.setAttribute('aria-expanded', String(redacting === p.praiseId));
      hide.addEventListener('click', function () {
        // The words selected in this card's text, if any, are the proposal.
        var chosen = String(window.getSelection ? window.getSelection() : '');
        redacting = redacting === p.praiseId ? null : p.praiseId;
        draft = chosen && p.text.indexOf(chosen) >= 0 ? chosen : '';
        render();
        var input = $('redact-part-' + p.praiseId);
        if (input) input.focus();
      });
      if (redacting === p.praiseId) li.appendChild(redactForm(p));
    }
    return li;
  }

  // Hide a part of the text: the words as they are written, every occurrence, shown before it is saved.
  function redactForm(p) {
    var box = el('div', 'redact');
    var f = box.appendChild(el('div', 'field'));
    var input = el('input');
    input.type = 'text';
    input.id = 'redact-part-' + p.praiseId;
    input.autocomplete = 'off';
    input.spellcheck = false;
    var hint = el('p', 'hint', t('mod.redact.hint'));
    hint.id = 'redact-hint-' + p.praiseId;
    var lab = f.appendChild(el('label', null, t('mod.redact.part')));
    lab.htmlFor = input.id;
    f.appendChild(hint);
    f.appendChild(input);
    input.setAttribute('aria-describedby', hint.id);
    var err = f.appendChild(el('p', 'field-error'));
    err.id = 'redact-err-' + p.praiseId;
    err.hidden = true;
    box.appendChild(el('p', 'meta', t('mod.redact.preview')));
    var pre = box.appendChild(el('p', 'item-text redact-preview'));
    pre.id = 'redact-preview-' + p.praiseId;
    if (p.lang) pre.lang = p.lang;
    // What was typed survives a re-render (another language, an answer of the list).
    input.value = draft;
    pre.textContent = draft && p.text.indexOf(draft) >= 0 ? p.text.split(draft).join('[…]') : p.text;
    input.addEventListener('input', function () { draft = input.value; err.hidden = true; input.removeAttribute('aria-invalid'); preview(p); });
    var acts = box.appendChild(el('div', 'actions'));
    var go = acts.appendChild(el('button', 'primary', t('mod.redact.save')));
    go.type = 'button';
    go.id = 'redact-save-' + p.praiseId;
    go.addEventListener('click', function () { redact(p, input, err); });
    var cancel = acts.appendChild(el('button', 'secondary', t('er.cancel')));
    cancel.type = 'button';
    cancel.addEventListener('click', function () { redacting = null; draft = ''; render(); });
    return box;
  }

  function preview(p) {
    var input = $('redact-part-' + p.praiseId), pre = $('redact-preview-' + p.praiseId);
    if (!input || !pre) return;
    var part = input.value;
    pre.textContent = part && p.text.indexOf(part) >= 0 ? p.text.split(part).join('[…]') : p.text;
  }

  async function redact(p, input, err) {
    var part = input.value;
    if (!part.trim() || p.text.indexOf(part) < 0) {
      err.textContent = t(part.trim() ? 'mod.redact.notFound' : 'mod.redact.empty');
      err.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'redact-hint-' + p.praiseId + ' ' + err.id);
      input.focus();
      return;
    }
    $('mod-status').textContent = t('a.saving');
    var res = await Admin.api('/api/admin/praise/redact', { json: { praiseId: p.praiseId, part: part } });
    if (!App.ok(res)) { $('mod-status').textContent = ''; Admin.showError($('mod-error'), res); return; }
    Admin.clearError($('mod-error'));
    p.text = res.body.text;
    redacting = null;
    draft = '';
    render();
    $('mod-status').textContent = t('mod.redact.done', { n: Admin.int(res.body.replaced) });
  }

  function render() {
    renderCounts();
    var ul = $('mod-items');
    ul.textContent = '';
    items.forEach(function (p) { ul.appendChild(item(p)); });
    $('mod-more').hidden = !cursor;
    $('mod-status').textContent = items.length ? t('mod.shown', { n: Admin.int(items.length) }) : t('mod.empty');
    $('select-all').checked = items.length > 0 && items.every(function (p) { return selected[p.praiseId]; });
  }

  async function load(more) {
    var q = new URLSearchParams({ status: state.status, limit: '50' });
    if (state.participant) q.set('participant', state.participant);
    if (more && cursor) q.set('cursor', cursor);
    if (!more) { selected = {}; }
    $('mod-status').textContent = t('loading');
    var mine = ++seq;
    var res = await Admin.api('/api/admin/moderation?' + q);
    if (mine !== seq) return; // a later filter, tab or page asked since: its answer is the one to show
    if (!App.ok(res) || !Array.isArray(res.body.items)) { $('mod-status').textContent = ''; Admin.showError($('mod-error'), res); items = []; renderCounts(); return; }
    Admin.clearError($('mod-error'));
    counts = res.body.counts || counts;
    items = more ? items.concat(res.body.items) : res.body.items;
    cursor = res.body.nextCursor || null;
    // A filter from a link names only the id: its praise names the participant.
    var named = items.find(function (p) { return p.participantId === state.participant && p.participantName; });
    if (named && pick.get() && pick.get().name === state.participant) pick.set({ id: state.participant, name: named.participantName });
    render();
  }

  async function decide(decisions) {
    $('mod-status').textContent = t('a.saving');
    var res = await Admin.api('/api/admin/moderation/decisions', { json: { decisions: decisions } });
    if (!App.ok(res)) { $('mod-status').textContent = ''; Admin.showError($('mod-error'), res); return; }
    var done = decisions.length;
    if (res.body.counts) counts = res.body.counts;
    await load(false);
    $('mod-status').textContent = t('mod.done', { n: Admin.int(done) });
  }

  document.querySelectorAll('.tabs button[data-status]').forEach(function (b) {
    b.addEventListener('click', function () { state.status = b.dataset.status; load(false); });
  });
  $('mod-filter').addEventListener('submit', function (ev) { ev.preventDefault(); });
  $('mod-all').addEventListener('click', function () { filterBy(null); $('mod-search').focus(); });
  $('select-all').addEventListener('change', function () {
    var on = $('select-all').checked;
    items.forEach(function (p) { if (on) selected[p.praiseId] = true; else delete selected[p.praiseId]; });
    render();
  });
  $('bulk-approve').addEventListener('click', function () {
    decide(Object.keys(selected).map(function (id) { return { praiseId: id, decision: 'approve' }; }));
  });
  $('mod-more').addEventListener('click', function () { load(true); });

  // Erasure at a person's request: by id or by e-mail address, one of the two, after a confirmation step.
  var erasing = null;
  $('erase-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var id = $('erase-id').value.trim(), email = $('erase-email').value.trim();
    // Sent as typed (both or neither too): the API names the field at fault.
    erasing = {};
    if (id) erasing.praiseId = id;
    if (email) erasing.email = email;
    Admin.clearError($('erase-error'));
    $('erase-status').textContent = '';
    $('erase-question').textContent = id && !email ? t('er.confirm.id', { id: id })
      : email && !id ? t('er.confirm.email', { email: email }) : t('er.hint');
    $('erase-confirm').hidden = false;
    $('erase-yes').focus();
  });
  $('erase-no').addEventListener('click', function () { erasing = null; $('erase-confirm').hidden = true; $('erase-id').focus(); });
  $('erase-yes').addEventListener('click', async function () {
    if (!erasing) return;
    var body = erasing;
    erasing = null;
    $('erase-confirm').hidden = true;
    $('erase-status').textContent = t('a.saving');
    var res = await Admin.api('/api/admin/praise/erase', { json: body });
    if (!App.ok(res)) { $('erase-status').textContent = ''; Admin.showError($('erase-error'), res); return; }
    $('erase-id').value = '';
    $('erase-email').value = '';
    $('erase-status').textContent = t('er.done', { n: Admin.int(res.body.erased), already: Admin.int(res.body.alreadyErased),
      published: Admin.int(res.body.published) });
    load(false);
  });
  I18N.onChange(render);
  renderCounts();
  Admin.withVocabulary(function () { load(false); });
});
