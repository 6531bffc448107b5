/* Standings: the latest snapshot as a sortable table, "recalculate now", and each participant's breakdown. */
I18N.ready(function () {
  'use strict';
  if (!Admin.page('standings')) return;
  var t = I18N.t, el = App.el, $ = function (id) { return document.getElementById(id); };
  var campaign = null, data = null, rows = [], sort = { key: 'rank', dir: 'ascending' }, open = {};
  var TEXT_KEYS = { name: 1, category: 1 }, criteria = {};

  // The place in what is shown: in the category (and size class) when filtered by it, else overall.
  function rankOf(r) {
    var rk = r.ranks || {}, c = $('f-st-category').value, s = $('f-st-size').value;
    var v = c && s ? rk.categoryAndSize : c ? rk.category : rk.overall;
    return v == null ? null : v;
  }

  function comp(r, k) { return r.components && r.components[k] ? r.components[k] : null; }
  function value(r, key) {
    switch (key) {
      case 'rank': var k = rankOf(r); return k != null ? k : Infinity;
      case 'name': return r.name || '';
      case 'category': return App.localName(campaign && campaign.categories, r.category) || '';
      case 'total': return r.total == null ? -Infinity : Number(r.total);
      case 'online': case 'branch': case 'mystery': return comp(r, key) ? Number(comp(r, key).score) : -Infinity;
      case 'praise': return r.confirmedPraiseCount || 0;
      case 'eligible': return r.eligible ? 0 : 1;
    }
    return 0;
  }

  function sorted() {
    var list = rows.map(function (r, i) { return { r: r, i: i }; });
    var sign = sort.dir === 'ascending' ? 1 : -1;
    list.sort(function (a, b) {
      var x = value(a.r, sort.key), y = value(b.r, sort.key), c;
      if (TEXT_KEYS[sort.key]) c = String(x).localeCompare(String(y), I18N.lang());
      else c = x === y ? 0 : (x < y ? -1 : 1);
      return c !== 0 ? sign * c : a.i - b.i;
    });
    return list.map(function (x) { return x.r; });
  }

  function scoreCell(c) { return c ? Admin.num(c.score) : '–'; }

  function breakdown(r) {
    var rules = data.rules || {}, w = rules.weights || {}, C = rules.priorWeight, means = data.campaignMeans || {};
    var box = el('div');
    var grid = box.appendChild(el('div', 'breakdown'));
    ['online', 'branch', 'mystery'].forEach(function (k) {
      var s = grid.appendChild(el('section'));
      s.appendChild(el('h4', null, t('st.b.' + k, { w: w[k] != null ? w[k] : '–' })));
      var c = comp(r, k);
      if (!c) { s.appendChild(el('p', 'hint', t(k === 'mystery' ? 'st.b.noMystery' : k === 'branch' ? 'st.b.noBranches' : 'st.b.none'))); return; }
      var dl = s.appendChild(el('dl', 'facts'));
      function fact(label, v) { dl.appendChild(el('dt', null, label)); dl.appendChild(el('dd', null, v)); }
      if (k === 'mystery') {
        fact(t('st.b.evaluations'), Admin.int(c.n));
      } else {
        fact(t('st.b.n'), Admin.int(c.n));
        fact(t('st.b.S'), Admin.int(c.S));
        var m = means[k];
        if (m && C != null) {
          fact(t('st.b.prior'), t('st.b.priorText', { C: C, m: Admin.num(m.mean, 2) }));
          var bayes = (Number(c.S) + C * Number(m.mean)) / (Number(c.n) + C);
          fact(t('st.b.mean'), Admin.num(bayes, 2) + ' / 5');
        }
      }
      fact(t('st.b.score'), Admin.num(c.score));
    });
    if (r.criteria && r.criteria.overall && r.criteria.overall.length) box.appendChild(criteriaTable(r));
    var total = box.appendChild(el('p', 'why'));
    total.textContent = t('st.b.total', { total: Admin.num(r.total) });
    var why = box.appendChild(el('p'));
    if (r.eligible) {
      var rk = r.ranks || {};
      why.textContent = t('st.b.eligible', { overall: rk.overall || '–', category: rk.category || '–', size: rk.categoryAndSize || '–', industry: rk.industry || '–' });
    } else {
      why.textContent = I18N.tn('st.reason.' + (I18N.has('st.reason.' + r.reason) ? r.reason : 'other'), r.confirmedPraiseCount || 0, { threshold: Admin.num(rules.qualityThreshold, 0),
        minimum: Admin.int(rules.minimumPraise || 0), n: Admin.int(r.confirmedPraiseCount || 0) });
    }
    return box;
  }

  // The rows of the chosen category and size class (either may be "all").
  function shown() {
    var c = $('f-st-category').value, s = $('f-st-size').value;
    return rows.filter(function (r) { return (!c || r.category === c) && (!s || r.sizeClass === s); });
  }

  function renderFilters() {
    Admin.fillTerms($('f-st-category'), campaign && campaign.categories, 'pl.any');
    Admin.fillTerms($('f-st-size'), campaign && campaign.sizeClasses, 'pl.any');
    $('standings-filter').hidden = !data;
  }

  // Per-criterion results of the approved visits (kept at the latest recalculation): mean f×100 overall and per channel.
  function criteriaTable(r) {
    var c = r.criteria, chans = Object.keys(c.byChannel || {}).sort(), branches = Object.keys(c.byBranch || {}).sort();
    var wrap = el('div', 'table-scroll crit-table');
    wrap.tabIndex = 0;
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', t('st.crit.caption', { n: Admin.int(c.visits || 0) }));
    var tab = wrap.appendChild(el('table', 'data'));
    tab.appendChild(el('caption', null, t('st.crit.caption', { n: Admin.int(c.visits || 0) })));
    var hr = tab.appendChild(el('thead')).appendChild(el('tr'));
    [t('st.crit.criterion'), t('st.crit.all')].concat(chans.map(function (ch) { return t('vs.ch.' + ch); }),
      branches.map(function (b) { return t('st.crit.branch', { branch: b }); })).forEach(function (h, i) {
      var th = hr.appendChild(el('th', i ? 'num' : null, h));
      th.scope = 'col';
    });
    var tb = tab.appendChild(el('tbody'));
    function cell(list, id) {
      var x = (list || []).find(function (y) { return y.criterion === id; });
      return x ? t('st.crit.cell', { mean: Admin.num(x.mean), n: Admin.int(x.n) }) : '–';
    }
    // In the questionnaire's order (the API lists them by id).
    var order = Object.keys(criteria);
    function at(id) { var i = order.indexOf(id); return i < 0 ? order.length : i; }
    c.overall.slice().sort(function (a, b) { return at(a.criterion) - at(b.criterion); }).forEach(function (x) {
      var tr = tb.appendChild(el('tr'));
      var q = criteria[x.criterion], w = q && q.wording;
      var th = tr.appendChild(el('th', null, w ? w[I18N.lang()] || w.lv : x.criterion));
      th.scope = 'row';
      tr.appendChild(el('td', 'num', cell(c.overall, x.criterion)));
      chans.forEach(function (ch) { tr.appendChild(el('td', 'num', cell(c.byChannel[ch], x.criterion))); });
      branches.forEach(function (b) { tr.appendChild(el('td', 'num', cell(c.byBranch[b], x.criterion))); });
    });
    return wrap;
  }

  function render() {
    if (!data) return;
    renderFilters();
    var tz = campaign && campaign.timeZone, list = shown();
    // The standings' day (yyyy-mm-dd): "on" it in the caption, after a label in the line under it. The caption
    // is also shown above the table's box, where a phone's width can't clip it (the table scrolls sideways).
    // "n of all participants": the noun follows the whole (lv "5 no 21 dalībnieka").
    var caption = list.length === rows.length ? I18N.tn('st.caption', list.length, { date: Dates.on(I18N.lang(), data.date), n: Admin.int(list.length) })
      : I18N.tn('st.captionFiltered', rows.length,
      { date: Dates.on(I18N.lang(), data.date), n: Admin.int(list.length), all: Admin.int(rows.length) });
    $('standings-caption').textContent = caption;
    $('standings-caption-text').textContent = caption;
    $('standings-meta').textContent = t('st.meta', { date: Admin.date(data.date), at: Admin.dateTime(data.generatedAt, tz), formula: data.formulaVersion || '',
      eligible: Admin.int(data.counts ? data.counts.eligible : 0), participants: Admin.int(data.counts ? data.counts.participants : rows.length) })
      + (data.counts ? ' ' + t('st.meta.why', { notEvaluated: Admin.int(data.counts.notEvaluated || 0),
        tooFewPraise: Admin.int(data.counts.tooFewPraise || 0), belowThreshold: Admin.int(data.counts.belowThreshold || 0) }) : '');
    document.querySelectorAll('#standings-table th[data-sort]').forEach(function (th) {
      if (th.dataset.sort === sort.key) th.setAttribute('aria-sort', sort.dir); else th.removeAttribute('aria-sort');
    });
    var tbody = $('standings-rows');
    tbody.textContent = '';
    var keep = {};
    list.forEach(function (r) { keep[r.id] = true; });
    sorted().filter(function (r) { return keep[r.id]; }).forEach(function (r) {
      var tr = tbody.appendChild(el('tr'));
      tr.dataset.participantId = r.id;
      tr.appendChild(el('td', 'num', rankOf(r) != null ? String(rankOf(r)) : '–'));
      var th = tr.appendChild(el('th'));
      th.scope = 'row';
      var b = th.appendChild(el('button', 'expand', r.name));
      b.type = 'button';
      var detailId = 'detail-' + r.id;
      b.setAttribute('aria-expanded', String(!!open[r.id]));
      b.setAttribute('aria-controls', detailId);
      b.addEventListener('click', function () {
        open[r.id] = !open[r.id];
        render();
        var again = document.querySelector('#standings-rows tr[data-participant-id="' + CSS.escape(r.id) + '"] .expand');
        if (again) again.focus();
      });
      tr.appendChild(el('td', null, App.localName(campaign && campaign.categories, r.category)));
      tr.appendChild(el('td', 'num', Admin.num(r.total)));
      tr.appendChild(el('td', 'num', scoreCell(comp(r, 'online'))));
      tr.appendChild(el('td', 'num', scoreCell(comp(r, 'branch'))));
      tr.appendChild(el('td', 'num', scoreCell(comp(r, 'mystery'))));
      tr.appendChild(el('td', 'num', Admin.int(r.confirmedPraiseCount || 0)));
      var e = tr.appendChild(el('td'));
      e.appendChild(el('span', r.eligible ? 'ok-mark' : 'no-mark', r.eligible ? t('st.yes') : t('st.no.' + (I18N.has('st.no.' + r.reason) ? r.reason : 'other'))));
      var detail = tbody.appendChild(el('tr', 'detail'));
      detail.id = detailId;
      detail.hidden = !open[r.id];
      if (open[r.id]) {
        var td = detail.appendChild(el('td'));
        td.colSpan = 9;
        td.appendChild(breakdown(r));
      }
    });
  }

  document.querySelectorAll('#standings-table th[data-sort] .sort').forEach(function (b) {
    b.addEventListener('click', function () {
      var key = b.parentNode.dataset.sort;
      if (sort.key === key) sort.dir = sort.dir === 'ascending' ? 'descending' : 'ascending';
      else sort = { key: key, dir: key === 'rank' || TEXT_KEYS[key] || key === 'eligible' ? 'ascending' : 'descending' };
      render();
    });
  });

  async function load() {
    var status = $('standings-status');
    status.removeAttribute('data-i18n');
    var res = await Admin.api('/api/admin/standings');
    if (res.status === 404 && App.errorField(res) === 'date') {
      data = null;
      $('standings-table').hidden = true;
      $('standings-caption-text').textContent = '';
      $('standings-filter').hidden = true;
      Admin.clearError($('standings-error'));
      status.dataset.key = 'st.none';
      status.textContent = t('st.none');
      return;
    }
    if (!App.ok(res)) { status.textContent = ''; Admin.showError($('standings-error'), res); return; }
    Admin.clearError($('standings-error'));
    data = res.body;
    rows = data.rows || [];
    status.dataset.key = '';
    status.textContent = '';
    $('standings-table').hidden = false;
    render();
  }

  var last = null;
  function renderRecalc() {
    var s = $('recalc-status');
    if (!last) { s.textContent = ''; return; }
    if (last.busy) { s.textContent = t('st.recalc.busy'); return; }
    var r = last.body;
    s.textContent = t('st.recalc.done', { participants: I18N.tn('cnt.participants', r.participants || 0, { n: Admin.int(r.participants) }), counted: Admin.int(r.countedPraise), read: Admin.int(r.praisesRead),
      eligible: Admin.int(r.eligible), seconds: Admin.num((r.durationMs || 0) / 1000, 1), date: Admin.date(r.date) });
  }

  $('f-st-category').addEventListener('change', render);
  $('f-st-size').addEventListener('change', render);
  $('standings-filter').addEventListener('submit', function (ev) { ev.preventDefault(); });

  $('recalculate').addEventListener('click', async function () {
    var b = $('recalculate');
    b.disabled = true;
    b.setAttribute('aria-busy', 'true');
    Admin.clearError($('recalc-error'));
    last = { busy: true };
    renderRecalc();
    var res = await Admin.api('/api/admin/scores/recalculate', { method: 'POST' });
    b.disabled = false;
    b.removeAttribute('aria-busy');
    if (!App.ok(res)) { last = null; renderRecalc(); Admin.showError($('recalc-error'), res); return; }
    last = { body: res.body };
    renderRecalc();
    await load();
  });

  I18N.onChange(function () {
    render();
    renderRecalc();
    var s = $('standings-status');
    if (s.dataset.key) s.textContent = t(s.dataset.key);
  });

  App.campaign().then(async function (res) {
    if (App.ok(res)) {
      campaign = res.body;
      // The criteria's wording for the per-criterion results; without it they show by id.
      var q = await Admin.api('/api/admin/questionnaire?year=' + encodeURIComponent(campaign.year));
      if (App.ok(q)) (q.body.criteria || []).forEach(function (c) { criteria[c.id] = c; });
    }
    load();
  });
});
