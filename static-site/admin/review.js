/* Review of submitted visits (docs/evaluations.md): each with its answers, notes, comment and score; approve,
   or return to the evaluator with a comment (required). Only approved visits count in the standings. */
I18N.ready(function () {
  'use strict';
  if (!Admin.page('review')) return;
  var t = I18N.t, el = App.el, $ = function (id) { return document.getElementById(id); };
  var year = null, visits = [], criteria = {}, done = [];

  function words(id) {
    var c = criteria[id], w = c && c.wording;
    return w ? w[I18N.lang()] || w.lv : id;
  }
  // A local date-time as the evaluator typed it (no zone): the day by the site's formatter, the clock as is.
  function local(text) {
    var m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)/.exec(text || '');
    return m ? Admin.date(m[1]) + ', ' + m[2] : text || '–';
  }
  function answer(a) {
    if (a.value === 'na') return t('vs.na');
    if (a.value === 'yes' || a.value === 'no') return t('vs.' + a.value);
    var c = criteria[a.criterion];
    if (c && c.scale === 'response_time') return t('rv.hours', { h: Admin.num(a.value, 1) });
    return c && c.scale === 'zero_two' ? a.value + ' / 2' : c && c.scale === 'one_five' ? a.value + ' / 5' : String(a.value);
  }

  function item(v) {
    var s = v.submission || {}, li = el('li', 'visit-review');
    li.dataset.visitId = v.id;
    var h = li.appendChild(el('h2', null, v.participantName || v.participantId));
    h.id = 'rv-h-' + v.id;
    li.appendChild(el('p', 'meta', [v.branch, t('vs.ch.' + v.channel), v.evaluator].filter(Boolean).join(' · ')));
    var dl = li.appendChild(el('dl', 'facts'));
    function fact(k, val) { dl.appendChild(el('dt', null, t(k))); dl.appendChild(el('dd', null, val)); }
    fact('rv.visitedAt', local(s.visitedAt));
    fact('rv.place', s.place || '–');
    fact('rv.score', Admin.num(s.score));
    fact('rv.version', String(s.version || v.questionnaireVersion || '–'));
    fact('rv.submittedAt', Admin.dateTime(s.submittedAt));
    var wrap = li.appendChild(el('div', 'table-scroll'));
    wrap.tabIndex = 0;
    wrap.setAttribute('role', 'region');
    // Named by the whole visit (a participant can have several submitted at once): landmarks need unique names.
    var named = [v.participantName || v.participantId, v.branch, t('vs.ch.' + v.channel), v.evaluator, local(s.visitedAt)]
      .filter(Boolean).join(' · ');
    wrap.setAttribute('aria-label', t('rv.answers', { name: named }));
    var tab = wrap.appendChild(el('table', 'data'));
    tab.appendChild(el('caption', 'vh', t('rv.answers', { name: named })));
    var hr = tab.appendChild(el('thead')).appendChild(el('tr'));
    ['rv.col.criterion', 'rv.col.answer', 'rv.col.note'].forEach(function (k) { var th = hr.appendChild(el('th', null, t(k))); th.scope = 'col'; });
    var tb = tab.appendChild(el('tbody'));
    (s.answers || []).forEach(function (a) {
      var tr = tb.appendChild(el('tr'));
      var th = tr.appendChild(el('th', null, words(a.criterion)));
      th.scope = 'row';
      tr.appendChild(el('td', null, answer(a)));
      tr.appendChild(el('td', 'note', a.note || ''));
    });
    if (s.comment) { li.appendChild(el('h3', null, t('rv.comment'))); li.appendChild(el('p', 'item-text', s.comment)); }
    (v.reviews || []).forEach(function (r) {
      li.appendChild(el('p', 'hint', t('rv.earlier.' + r.decision, { by: r.by || '', at: Admin.dateTime(r.at), comment: r.comment || '' })));
    });
    var okRow = li.appendChild(el('div', 'actions'));
    var ok = okRow.appendChild(el('button', 'primary', t('rv.approve')));
    ok.type = 'button';
    ok.setAttribute('aria-describedby', h.id);
    var form = li.appendChild(el('form', 'item-actions'));
    form.noValidate = true;
    var f = form.appendChild(el('div', 'field')), lab = f.appendChild(el('label', null, t('rv.returnComment'))), ta = f.appendChild(el('textarea'));
    ta.id = 'rv-c-' + v.id; lab.htmlFor = ta.id; ta.maxLength = 2000; ta.rows = 2;
    var back = form.appendChild(el('button', 'secondary', t('rv.return')));
    back.type = 'submit';
    back.setAttribute('aria-describedby', h.id);
    var err = li.appendChild(el('div', 'notice notice-error'));
    err.setAttribute('role', 'alert'); err.hidden = true;
    async function decide(decision) {
      var comment = ta.value.trim();
      if (decision === 'return' && !comment) {
        ta.setAttribute('aria-invalid', 'true');
        Admin.showError(err, { status: 400, body: { error: { code: 'invalid', field: 'comment' } } });
        ta.focus();
        return;
      }
      ok.disabled = back.disabled = true;
      var res = await Admin.api('/api/admin/visits/' + encodeURIComponent(v.id) + '/review', { json: { decision: decision, comment: comment } });
      ok.disabled = back.disabled = false;
      if (!App.ok(res)) { Admin.showError(err, res); return; }
      done.unshift({ name: v.participantName || v.participantId, decision: decision });
      visits = visits.filter(function (x) { return x.id !== v.id; });
      render();
      $('rv-status').focus();
    }
    ok.onclick = function () { decide('approve'); };
    form.onsubmit = function (ev) { ev.preventDefault(); decide('return'); };
    return li;
  }

  function render() {
    var ul = $('rv-list');
    ul.textContent = '';
    visits.forEach(function (v) { ul.appendChild(item(v)); });
    var st = $('rv-status');
    st.removeAttribute('data-i18n');
    st.textContent = (done.length ? t('rv.done.' + done[0].decision, { name: done[0].name }) + ' ' : '') + t('rv.count', { n: Admin.int(visits.length) });
  }

  async function load() {
    var q = await Admin.api('/api/admin/questionnaire?year=' + year);
    if (App.ok(q)) (q.body.criteria || []).forEach(function (c) { criteria[c.id] = c; });
    var res = await Admin.api('/api/admin/visits?year=' + year + '&status=submitted');
    if (!App.ok(res)) { $('rv-status').textContent = ''; Admin.showError($('rv-error'), res); return; }
    visits = res.body.visits || [];
    render();
  }

  $('rv-status').tabIndex = -1;
  I18N.onChange(render);
  App.campaign().then(function (res) {
    if (!App.ok(res)) { Admin.showError($('rv-error'), res); return; }
    year = res.body.year;
    load();
  });
});
