/* The participant's charts (/my/): inline SVG drawn here, placed in % so text keeps its size at any width, and
   hidden from screen readers, who get the same figures as a table. Colours come from classes (the CSP forbids
   inline styles); loaded with the view's part of /my/ (my/my.js). days: bars per day; hbars: one bar per row; compare: several series per row (the participant
   against its groups), a missing value drawn as none. */
var Chart = (function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  function s(tag, a, text) {
    var e = document.createElementNS(NS, tag);
    for (var k in a) e.setAttribute(k, a[k]);
    if (text != null) e.textContent = text;
    return e;
  }
  var h = My.el; // the page's own element helper (my/my.js): tag, class, text, parent
  function svg(height) { return s('svg', { width: '100%', height: height, 'aria-hidden': 'true', focusable: 'false', 'class': 'ch' }); }
  function max(vals) { return Math.max.apply(null, vals.filter(function (v) { return v != null; }).concat([0])) || 1; }
  // Long labels shortened in the drawing only: the table keeps them whole.
  function cut(x) { return x.length > 34 ? x.slice(0, 33) + '…' : x; }
  function table(o, rows) {
    // In a hidden box: a table is never narrower than its text, the box clips it.
    var box = h('div', 'vh'), tb = h('table', null, null, box), tr;
    h('caption', null, o.caption, tb);
    [o.heads].concat(rows).forEach(function (r, n) {
      tr = h('tr', null, null, tb);
      r.forEach(function (c, i) { var x = h(n && i ? 'td' : 'th', null, c, tr); if (!n || !i) x.scope = n ? 'row' : 'col'; });
    });
    return box;
  }
  function fig(g, tb, legend) {
    var f = h('figure', 'chart');
    if (legend) f.appendChild(legend);
    f.append(g, tb);
    return f;
  }
  // rows: {label (table), tick (drawing, or null), value, text}
  function days(rows, o) {
    var H = 160, B = 24, T = 20, m = max(rows.map(function (r) { return r.value; })), w = 100 / (rows.length || 1), g = svg(H);
    g.appendChild(s('text', { x: 0, y: 10, 'class': 'ch-m' }, o.top(m)));
    g.appendChild(s('line', { x1: 0, x2: '100%', y1: T, y2: T, 'class': 'ch-g' }));
    rows.forEach(function (r, i) {
      var bh = (H - B - T) * r.value / m;
      if (bh) g.appendChild(s('rect', { x: (i + 0.15) * w + '%', width: w * 0.7 + '%', y: H - B - bh, height: bh, 'class': 'ch-b' }));
      // A tick near the right edge ends at its bar, so that it stays inside.
      var e = i > rows.length * 0.8;
      if (r.tick) g.appendChild(s('text', { x: (i + (e ? 0.85 : 0.15)) * w + '%', y: H - 6, 'class': e ? 'ch-t ch-e' : 'ch-t' }, r.tick));
    });
    g.appendChild(s('line', { x1: 0, x2: '100%', y1: H - B, y2: H - B, 'class': 'ch-a' }));
    return fig(g, table(o, rows.map(function (r) { return [r.label, r.text]; })));
  }
  // rows: {label, value, text}; o.max fixes the scale (e.g. 100 for scores)
  function hbars(rows, o) {
    var R = 42, g = svg(rows.length * R), m = o.max || max(rows.map(function (r) { return r.value; }));
    rows.forEach(function (r, i) {
      var y = i * R;
      g.appendChild(s('text', { x: 0, y: y + 15, 'class': 'ch-l' }, cut(r.label)));
      g.appendChild(s('text', { x: '100%', y: y + 15, 'class': 'ch-v' }, r.text));
      g.appendChild(s('rect', { x: 0, y: y + 22, width: '100%', height: 12, 'class': 'ch-k' }));
      if (r.value) g.appendChild(s('rect', { x: 0, y: y + 22, width: 100 * r.value / m + '%', height: 12, 'class': 'ch-b' }));
    });
    return fig(g, table(o, rows.map(function (r) { return [r.label, r.text]; })));
  }
  // rows: {label, values: [number|null], texts: [string]}; o.series: names; o.none: text of a missing value
  function compare(rows, o) {
    var n = o.series.length, R = 24 + n * 18, g = svg(rows.length * R + 4), legend = h('ul', 'legend'),
      m = o.max || max([].concat.apply([], rows.map(function (r) { return r.values; })));
    o.series.forEach(function (x, j) { h('span', 'sw s' + j, null, h('li', null, null, legend)).after(x); });
    legend.setAttribute('aria-hidden', 'true');
    rows.forEach(function (r, i) {
      var y = i * R;
      g.appendChild(s('text', { x: 0, y: y + 15, 'class': 'ch-l' }, cut(r.label)));
      r.values.forEach(function (v, j) {
        var yy = y + 22 + j * 18;
        if (v != null) g.appendChild(s('rect', { x: 0, y: yy, width: 80 * v / m + '%', height: 13, 'class': 'ch-b s' + j }));
        g.appendChild(s('text', { x: '100%', y: yy + 7, 'class': 'ch-v' + (v == null ? ' ch-n' : '') }, v == null ? o.none : r.texts[j]));
      });
    });
    return fig(g, table({ caption: o.caption, heads: [o.head].concat(o.series) },
      rows.map(function (r) { return [r.label].concat(r.values.map(function (v, j) { return v == null ? o.none : r.texts[j]; })); })), legend);
  }
  return { days: days, hbars: hbars, compare: compare };
}());
