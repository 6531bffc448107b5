/* The lower sections of the participant's view on /my/: benchmarks, mystery shopping and earlier years, drawn into
   the sections view.js made (each aria-busy until then) once one of them comes near the screen, with the strings
   my-lower. */
(function () {
  'use strict';
  var M = My, t = M.t, L = I18N.lang, el = M.el, V = M.v, num = V.num, p = V.p, vocab = V.vocab, d;

  function pct(s) { return s == null ? '' : Math.round(Number(s) * 100).toLocaleString(L()) + '\u00a0%'; }
  function group(g) { return t('my.g.' + g) + ': ' + vocab(M.GROUPS[g], d.participant[g]); }

  M.lower = function (secs) {
    d = M.d;
    benchmarks(secs[0]);
    mystery(secs[1]);
    years(secs[2]);
    secs.forEach(function (s) { s.removeAttribute('aria-busy'); });
  };

  // Benchmarks: a group's figures only when it has enough participants; otherwise the words, never a figure.
  function benchmarks(s) {
    var list = d.benchmarks || [];
    if (!list.length) return p(s, t('my.none'), 'hint');
    p(s, t('my.bm.hint'), 'hint');
    list.forEach(function (b) {
      var box = el('div', 'bm', null, s);
      el('h3', null, group(b.group), box);
      if (!b.enough) return p(box, t('my.nodata', { n: 5 }), 'notice nodata');
      p(box, t('my.bm.size', { n: b.participants }), 'meta');
      var series = [t('my.you'), t('my.group')];
      box.appendChild(Chart.compare([{ label: t('my.meanStars'), values: [num0(b.participantMeanStars), num0(b.groupMeanStars)],
        texts: [num(b.participantMeanStars, 2), num(b.groupMeanStars, 2)] }].concat((b.aspects || []).map(function (a) {
        return { label: vocab('aspects', a.aspect), values: [num0(a.participant) * 5, num0(a.group) * 5], texts: [pct(a.participant), pct(a.group)] };
      })), { series: series, max: 5, caption: group(b.group), head: t('my.aspect'), none: t('my.nodata.short') }));
    });
  }
  function num0(s) { return s == null || isNaN(Number(s)) ? null : Number(s); }

  // Mystery shopping per criterion against each group with enough evaluated participants, and per channel.
  function mystery(s) {
    var m = d.mystery;
    if (!m || !(m.criteria || []).length) return p(s, t('my.noMystery'), 'hint');
    p(s, t('my.visits', { n: m.visits }), 'meta');
    // Only the groups with enough evaluated participants are drawn; the others are named once.
    var all = d.benchmarks || [], ok = function (b) { return b.enough && b.enoughEvaluated; }, groups = all.filter(ok),
      few = all.filter(function (b) { return !ok(b); }).map(function (b) { return group(b.group); }), series = [t('my.you')].concat(groups.map(function (b) { return group(b.group); }));
    el('h3', null, t('my.criteria'), s);
    if (few.length) p(s, t('my.nodataFor', { list: few.join('; ') }), 'hint');
    s.appendChild(Chart.compare(m.criteria.map(function (c) {
      var vals = [num0(c.overall)].concat(groups.map(function (b) { return num0((b.criteria || {})[c.id]); }));
      return { label: (c.wording || {})[L()] || (c.wording || {}).lv || c.id, values: vals, texts: vals.map(function (v) { return num(v, 2); }) };
    }), { series: series, max: 100, caption: t('my.criteria'), head: t('my.criterion'), none: t('my.nodata.short') }));
    var ch = Object.keys(m.byChannel || {});
    if (ch.length) {
      // Against the same groups; a channel too few of a group were evaluated in has no figure for it.
      el('h3', null, t('my.byChannel'), s);
      s.appendChild(Chart.compare(ch.map(function (k) {
        var vals = [num0(m.byChannel[k])].concat(groups.map(function (b) { return num0((b.channels || {})[k]); }));
        return { label: V.named('my.mc.', k), values: vals, texts: vals.map(function (v) { return num(v, 2); }) };
      }), { series: series, max: 100, caption: t('my.byChannel'), head: t('my.channel'), none: t('my.nodata.short') }));
    }
    if ((m.notes || []).length) {
      el('h3', null, t('my.notes'), s);
      var ul = el('ul', null, null, s);
      m.notes.forEach(function (n) { el('li', null, n, ul); });
    }
  }

  // Earlier years: one row each.
  function years(s) {
    if (!(d.years || []).length) p(s, t('my.noYears'), 'hint');
    else {
      // Scrolled sideways on a phone rather than squeezed.
      var box = el('div', 'scroll', null, s), tb = el('table', 'years', null, box), tr = el('tr', null, null, tb);
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', t('my.yearsTable'));
      ['my.year', 'my.approved', 'my.meanStars', 'my.sc.total', 'my.sc.rank', 'my.mark'].forEach(function (k) { el('th', null, t(k), tr).scope = 'col'; });
      d.years.forEach(function (y) {
        var r = el('tr', null, null, tb);
        el('th', null, String(y.year), r).scope = 'row';
        [String(y.approved), num(y.meanStars, 2), num(y.total, 2), y.rank == null ? '–' : String(y.rank), y.qualityMarkTitle || '–'].forEach(function (c) { el('td', null, c, r); });
      });
    }
  }
}());
