/* Calibration (docs/evaluations.md, docs/scoring.md): per evaluator the visits done and outstanding, mean and
   spread, and the mean difference from the other evaluators on the same participants ± its standard error,
   flagged by the documented rule. The chart (inline SVG) shows the differences; the table says the same in words. */
I18N.ready(function () {
  'use strict';
  if (!Admin.page('calibration')) return;
  var t = I18N.t, el = App.el, $ = function (id) { return document.getElementById(id); };
  var NS = 'http://www.w3.org/2000/svg', rows = null;

  function svg(tag, attrs, text) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function diff(r) {
    return r.meanDifference == null ? '–' : (r.meanDifference > 0 ? '+' : '') + Admin.num(r.meanDifference)
      + (r.standardError == null ? '' : ' ± ' + Admin.num(r.standardError));
  }

  function table() {
    var tb = $('cal-rows');
    tb.textContent = '';
    rows.forEach(function (r) {
      var tr = tb.appendChild(el('tr', r.flagged ? 'flagged' : ''));
      tr.dataset.evaluator = r.evaluator;
      var th = tr.appendChild(el('th', null, r.evaluator));
      th.scope = 'row';
      tr.appendChild(el('td', 'num', Admin.int(r.done)));
      tr.appendChild(el('td', 'num', Admin.int(r.outstanding)));
      tr.appendChild(el('td', 'num', Admin.num(r.mean)));
      tr.appendChild(el('td', 'num', Admin.num(r.sd)));
      tr.appendChild(el('td', 'num', Admin.int(r.compared || 0)));
      tr.appendChild(el('td', 'num', diff(r)));
      var f = tr.appendChild(el('td'));
      // Fewer than 2 participants shared with others: the rule can't judge, which is not the same as "OK".
      if (!r.flagged && (r.compared || 0) < 2) f.textContent = t('cal.few');
      else f.appendChild(el('span', r.flagged ? 'no-mark' : 'ok-mark', t(r.flagged ? 'cal.flagged' : 'cal.notFlagged')));
    });
  }

  // One row per evaluator compared: a dot at the mean difference, a bar of ±2 SE, the ±10-point lines.
  function chart() {
    var list = rows.filter(function (r) { return r.meanDifference != null; });
    var box = $('cal-chart');
    box.textContent = '';
    $('cal-chart-box').hidden = !list.length;
    if (!list.length) return;
    var maxAbs = 20;
    list.forEach(function (r) { maxAbs = Math.max(maxAbs, Math.abs(r.meanDifference) + 2 * (r.standardError || 0)); });
    maxAbs = Math.min(100, Math.ceil(maxAbs / 10) * 10);
    // Drawn at the box's own width, so that its text stays readable on a phone: there the names go above their bars.
    var narrow = box.clientWidth < 500, W = Math.max(300, Math.min(box.clientWidth || 640, 768));
    var L = narrow ? 16 : 250, R = 20, rowH = narrow ? 52 : 34, top = 30, H = top + rowH * list.length + 10;
    function x(v) { v = Math.max(-maxAbs, Math.min(maxAbs, v)); return L + (v + maxAbs) / (2 * maxAbs) * (W - L - R); }
    // Labelled ticks about 60 px apart at least; the ±10-point lines of the rule are drawn whatever the step.
    var step = [10, 20, 25, 50, 100].find(function (st) { return (W - L - R) / (2 * maxAbs / st) >= 60; }) || 100;
    var s = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-labelledby': 'cal-chart-h', 'aria-describedby': 'cal-chart-desc', class: 'cal-chart' });
    for (var v = -Math.floor(maxAbs / step) * step; v <= maxAbs; v += step) {
      s.appendChild(svg('line', { x1: x(v), x2: x(v), y1: top - 6, y2: H - 10, class: v === 0 ? 'axis' : 'grid' }));
      s.appendChild(svg('text', { x: x(v), y: top - 12, 'text-anchor': 'middle', class: 'tick' }, (v > 0 ? '+' : '') + Admin.int(v)));
    }
    [-10, 10].forEach(function (v) { s.appendChild(svg('line', { x1: x(v), x2: x(v), y1: top - 6, y2: H - 10, class: 'limit' })); });
    list.forEach(function (r, i) {
      var y = top + rowH * i + (narrow ? 36 : rowH / 2), se = r.standardError || 0, cls = r.flagged ? 'flag' : 'ok';
      s.appendChild(svg('text', narrow ? { x: L, y: y - 14, class: 'name ' + cls } : { x: L - 8, y: y + 5, 'text-anchor': 'end', class: 'name ' + cls },
        r.evaluator.length > 26 ? r.evaluator.slice(0, 25) + '…' : r.evaluator));
      if (se) s.appendChild(svg('line', { x1: x(r.meanDifference - 2 * se), x2: x(r.meanDifference + 2 * se), y1: y, y2: y, class: 'bar ' + cls }));
      s.appendChild(svg(r.flagged ? 'rect' : 'circle', r.flagged
        ? { x: x(r.meanDifference) - 6, y: y - 6, width: 12, height: 12, class: 'dot ' + cls }
        : { cx: x(r.meanDifference), cy: y, r: 6, class: 'dot ' + cls }));
    });
    box.appendChild(s);
  }

  function render() {
    if (!rows) return;
    table();
    chart();
    var flagged = rows.filter(function (r) { return r.flagged; }).length;
    $('cal-status').textContent = rows.length ? t('cal.count', { n: Admin.int(rows.length), flagged: Admin.int(flagged) }) : t('cal.none');
  }

  I18N.onChange(render);
  App.campaign().then(async function (c) {
    var st = $('cal-status');
    st.removeAttribute('data-i18n');
    if (!App.ok(c)) { st.textContent = ''; Admin.showError($('cal-error'), c); return; }
    var res = await Admin.api('/api/admin/calibration?year=' + encodeURIComponent(c.body.year));
    if (!App.ok(res)) { st.textContent = ''; Admin.showError($('cal-error'), res); return; }
    rows = res.body.evaluators || [];
    $('cal-table-box').hidden = !rows.length;
    render();
  });
});
