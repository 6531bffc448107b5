/* The published results: TOP-N, category winners, score distribution; before that, when they come. */
I18N.ready(function () {
  'use strict';
  var t = I18N.t;
  function byId(id) { return document.getElementById(id); }
  var SVG = 'http://www.w3.org/2000/svg';
  var title = byId('results-title');
  var status = byId('results-status');
  var box = byId('results');
  var filter = byId('category-filter');
  var filterStatus = byId('filter-status');
  var rows = byId('top-rows');
  var chartBox = byId('dist-chart');

  var campaign = null, results = null, failure = null, pending = null;
  var chosen = App.param('category') || '';
  var chartWidth = 0, retries = 0;

  // The date in a <time> element: translatable text, machine-readable date.
  function withDate(target, key, iso, tz) {
    var parts = t(key, { date: '\u0000' }).split('\u0000');
    target.textContent = parts[0];
    var time = target.appendChild(App.el('time', null, Dates.on(I18N.lang(), iso, tz)));
    time.dateTime = Dates.isoDay(iso, tz);
    target.appendChild(document.createTextNode(parts[1] || ''));
  }

  // In the page language's notation (91,68 in lv and et).
  function fmtNum(n, d) {
    return new Intl.NumberFormat(I18N.lang(), { minimumFractionDigits: d, maximumFractionDigits: d }).format(Number(n));
  }

  function num(n) { return fmtNum(n, Number.isInteger(Number(n)) ? 0 : 2); }

  function categoryName(code) { return App.localName(campaign && campaign.categories, code); }

  function render() {
    status.removeAttribute('data-i18n'); // from now on this script owns the text
    if (failure) {
      status.className = 'notice notice-error';
      status.textContent = App.message(failure);
      status.hidden = false;
      box.hidden = true;
      return;
    }
    if (pending) {
      status.className = 'notice';
      status.dataset.state = pending;
      if (pending === 'upcoming') withDate(status, 'r.upcoming', campaign.awardsAt, campaign.timeZone);
      else status.textContent = t(pending === 'publishing' ? 'r.publishing' : 'r.soon');
      status.hidden = false;
      box.hidden = true;
      return;
    }
    if (!results) return;
    status.hidden = true;
    status.dataset.state = 'published';
    var r = results, topN = r.topN || (r.top || []).length;
    title.removeAttribute('data-i18n');
    title.textContent = r.qualityMarkTitle || campaign.qualityMarkTitle || t('r.title');
    document.title = title.textContent + ' – ' + t('site.name');
    byId('results-lead').textContent = t('r.lead', {
      topN: topN, year: r.campaignYear, date: Dates.on(I18N.lang(), r.publishedAt, campaign.timeZone)
    });
    byId('top-heading').textContent = t('r.top', { topN: topN });
    byId('top-caption').textContent = t('r.caption', { topN: topN });
    renderWinners(r.categoryWinners || []);
    renderFilter(r.top || []);
    renderRows(r.top || []);
    applyFilter(false);
    renderDistribution(r.distribution || [], r);
    var n = function (v) { return fmtNum(v || 0, 0); }, c = r.counts || {}, p = {
      minimum: n(r.minimumPraise), notEvaluated: n(c.notEvaluated), tooFewPraise: n(c.tooFewPraise),
      belowThreshold: n(c.belowThreshold), formula: r.formulaVersion || '', participants: n(c.participants),
      eligible: n(c.eligible), praise: n(c.countedPraise), evaluations: n(c.evaluations), threshold: fmtNum(r.threshold, 2)
    };
    p.rule = t(r.minimumPraise != null ? 'r.rule2' : 'r.rule', p);
    byId('method-text').textContent = t('r.method.text', p);
    byId('digest').textContent = r.inputDigest || '';
    byId('open-data').href = '/api/results/' + r.campaignYear + '/open-data';
    box.hidden = false;
    drawChart(true); // needs the box shown to measure its width
  }

  function participantLink(id, name) {
    var a = App.el('a', null, name);
    a.href = '/participant.html?id=' + encodeURIComponent(id);
    return a;
  }

  // In the campaign's order of categories; a tie for first place lists every winner.
  function renderWinners(list) {
    var ul = byId('winners');
    ul.textContent = '';
    var order = ((campaign && campaign.categories) || []).map(function (c) { return c.code; });
    list.slice().sort(function (a, b) {
      var ia = order.indexOf(a.category), ib = order.indexOf(b.category);
      return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.rank - b.rank;
    }).forEach(function (w) {
      var li = ul.appendChild(App.el('li'));
      li.dataset.category = w.category;
      li.append(App.el('span', 'w-cat', categoryName(w.category)), participantLink(w.participantId, w.name),
        App.el('span', 'w-total', t('r.points', { n: fmtNum(w.total, 2) })));
    });
    byId('winners-heading').parentNode.hidden = !list.length;
  }

  function renderFilter(top) {
    var codes = ((campaign && campaign.categories) || []).map(function (c) { return c.code; });
    top.forEach(function (p) { if (p.category && codes.indexOf(p.category) < 0) codes.push(p.category); });
    if (chosen && codes.indexOf(chosen) < 0) chosen = '';
    filter.textContent = '';
    filter.appendChild(new Option(t('r.filter.all'), ''));
    codes.forEach(function (code) { filter.appendChild(new Option(categoryName(code), code)); });
    filter.value = chosen;
  }

  function renderRows(top) {
    rows.textContent = '';
    top.forEach(function (p) {
      var tr = rows.appendChild(App.el('tr'));
      tr.dataset.participantId = p.participantId;
      tr.dataset.category = p.category;
      tr.appendChild(App.el('td', 'c-rank', String(p.rank)));
      var th = tr.appendChild(App.el('th', 'c-name'));
      th.scope = 'row';
      th.append(participantLink(p.participantId, p.name),
        App.el('span', 'row-meta', categoryName(p.category) + ' · ' + t('r.praise.n', { n: p.confirmedPraiseCount || 0 })));
      tr.appendChild(App.el('td', 'c-cat', categoryName(p.category)));
      tr.appendChild(App.el('td', 'c-num c-total', fmtNum(p.total, 2)));
      tr.appendChild(App.el('td', 'c-num c-praise', String(p.confirmedPraiseCount || 0)));
    });
  }

  function applyFilter(changed) {
    var all = rows.children, shown = 0;
    Array.prototype.forEach.call(all, function (tr) {
      tr.hidden = !!chosen && tr.dataset.category !== chosen;
      if (!tr.hidden) shown++;
    });
    filterStatus.textContent = chosen ? t('r.shown', { n: shown, total: all.length }) : t('r.shown.all', { total: all.length });
    if (changed) {
      var u = new URL(location.href);
      if (chosen) u.searchParams.set('category', chosen); else u.searchParams.delete('category');
      history.replaceState(history.state, '', u);
    }
  }

  // With eligible per range the caption names what the bars add up to.
  function countsEligible(bins) { return bins.length > 0 && bins.every(function (b) { return b.eligible != null; }); }

  function renderDistribution(bins, r) {
    var tbody = byId('dist-rows'), split = countsEligible(bins);
    tbody.textContent = '';
    byId('dist-eligible-col').hidden = !split;
    bins.forEach(function (b) {
      var tr = tbody.appendChild(App.el('tr'));
      var th = tr.appendChild(App.el('th', null, num(b.from) + '–' + num(b.to)));
      th.scope = 'row';
      tr.appendChild(App.el('td', null, String(b.count)));
      if (split) tr.appendChild(App.el('td', null, String(b.eligible)));
    });
    var sum = function (key) { return bins.reduce(function (s, b) { return s + (b[key] || 0); }, 0); };
    byId('dist-caption').textContent = split
      ? t('r.dist.caption2', { all: fmtNum(sum('count'), 0), eligible: fmtNum(sum('eligible'), 0) })
      : t('r.dist.caption', { threshold: fmtNum(r.threshold, 2) });
    byId('dist-heading').parentNode.hidden = !bins.length;
  }

  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // Horizontal bars, drawn at the box's own width so the text keeps its size on a phone.
  function drawChart(force) {
    if (!results || box.hidden) return;
    var width = Math.max(260, Math.floor(chartBox.clientWidth));
    if (!force && width === chartWidth) return;
    chartWidth = width;
    var bins = results.distribution || [];
    var max = bins.reduce(function (m, b) { return Math.max(m, b.count || 0); }, 0) || 1;
    var rowH = 32, barH = 22, labelW = 72, countW = 64, top = 4;
    var plotW = width - labelW - countW;
    var height = top * 2 + rowH * bins.length;
    var threshold = Number(results.threshold), split = countsEligible(bins);
    var chart = svg('svg', { width: width, height: height, viewBox: '0 0 ' + width + ' ' + height, 'class': 'chart-svg',
      'aria-hidden': 'true', focusable: 'false' });
    bins.forEach(function (b, i) {
      var y = top + i * rowH, w = Math.round(plotW * (b.count || 0) / max);
      var eligible = !isNaN(threshold) && Number(b.from) >= threshold;
      // A bar: everyone scored in the range; its highlighted part: the eligible.
      var we = split ? Math.round(plotW * (b.eligible || 0) / max) : 0;
      chart.appendChild(svg('text', { x: labelW - 8, y: y + rowH / 2, 'class': 'chart-label' }, num(b.from) + '–' + num(b.to)));
      if (w > 0) {
        chart.appendChild(svg('rect', { x: labelW, y: y + (rowH - barH) / 2, width: w, height: barH, rx: 2,
          'class': !split && eligible ? 'chart-bar chart-bar-eligible' : 'chart-bar' }));
      }
      if (we > 0) {
        chart.appendChild(svg('rect', { x: labelW, y: y + (rowH - barH) / 2, width: we, height: barH, rx: 2,
          'class': 'chart-bar chart-bar-eligible' }));
      }
      chart.appendChild(svg('text', { x: labelW + w + 6, y: y + rowH / 2, 'class': 'chart-count' }, split ? (b.eligible || 0) + ' / ' + (b.count || 0) : String(b.count || 0)));
    });
    chart.appendChild(svg('line', { x1: labelW, y1: top, x2: labelW, y2: height - top, 'class': 'chart-axis' }));
    chartBox.textContent = '';
    chartBox.appendChild(chart);
  }

  async function load() {
    var cres = await App.campaign(retries > 0);
    if (!App.ok(cres)) { failure = App.errorCode(cres); render(); return; }
    campaign = cres.body;
    // ?year=2026: an earlier year's results, kept for good.
    var past = +new URLSearchParams(location.search).get('year');
    if (past === campaign.year) past = 0;
    var res = await App.api('/api/results/' + (past || campaign.year));
    failure = null;
    pending = null;
    if (App.ok(res)) {
      results = res.body;
    } else if (!past && res.status === 404 && App.errorCode(res) === 'not_found') {
      var awards = new Date(campaign.awardsAt), now = new Date(campaign.now || Date.now());
      pending = campaign.state === 'published' ? 'publishing' : isNaN(awards) || awards <= now ? 'soon' : 'upcoming';
    } else {
      failure = App.errorCode(res);
    }
    render();
    // Being published right now: look again a few times, as the message promises.
    if (pending === 'publishing' && retries < 10) { retries++; setTimeout(load, 20000); }
  }

  filter.addEventListener('change', function () { chosen = filter.value; applyFilter(true); });
  var resizeTimer = 0;
  window.addEventListener('resize', function () { clearTimeout(resizeTimer); resizeTimer = setTimeout(function () { drawChart(false); }, 100); });
  I18N.onChange(render);
  load();
});
