/* The participant's view on /my/ (sections and charts), loaded once signed in (my.js), with assets/dates.js and
   assets/chart.js. The merge of spellings and the downloads load their own parts when first used. */
(function () {
  'use strict';
  var M = My, t = M.t, L = I18N.lang, $ = M.$, el = M.el, d, camp;

  function num(s, dec) {
    var n = Number(s);
    return s == null || isNaN(n) ? '' : n.toLocaleString(L(), { minimumFractionDigits: dec, maximumFractionDigits: dec });
  }
  function pct(s) { return s == null ? '' : Math.round(Number(s) * 100).toLocaleString(L()) + '\u00a0%'; }
  function vocab(list, code) {
    var x = camp && (camp[list] || []).find(function (v) { return v.code === code; });
    return x && x.name ? x.name[L()] || x.name.lv : code;
  }
  function named(prefix, code) { return I18N.has(prefix + code) ? t(prefix + code) : code; }
  var GROUPS = { industry: 'industries', category: 'categories', sizeClass: 'sizeClasses' };
  function group(g) { return t('my.g.' + g) + ': ' + vocab(GROUPS[g], d.participant[g]); }
  function sec(id, key, parent) {
    var s = el('section', 'card', null, parent || $('body'));
    s.setAttribute('aria-labelledby', 'h-' + id);
    el('h2', null, t(key), s).id = 'h-' + id;
    return s;
  }
  function p(parent, text, cls) { return el('p', cls, text, parent); }
  function button(parent, key, fn, vars) { var b = el('button', 'secondary', t(key, vars), parent); b.type = 'button'; b.onclick = function () { fn(b); }; return b; }
  // A download's button: the PDF part comes with the first one.
  function pdf(path) { return function (b) { M.use('pdf', function () { M.download(M.base() + path, b); }); }; }
  function dl(parent, rows) {
    var x = el('dl', null, null, parent);
    rows.forEach(function (r) { if (r[1] !== '' && r[1] != null) { el('dt', null, r[0], x); el('dd', null, r[1], x); } });
  }

  M.render = render;
  function render() {
    d = M.d;
    camp = M.camp;
    var P = d.praise || {}, body = $('body'), pp = d.participant, sc = d.score || {};
    body.textContent = '';
    $('name').textContent = pp.name;
    p(body, ['category', 'industry', 'sizeClass'].map(function (g) { return vocab(GROUPS[g], pp[g]); }).filter(Boolean).join(' · '), 'meta');
    if (d.viewer && d.viewer.organiser) p(body, t('my.asOrganiser'), 'notice');
    p(body, t('my.st.' + d.campaignState, { year: d.campaignYear, date: camp ? Dates.on(L(), camp.closedAt || camp.praiseClosesAt) : '' }), 'notice');
    var dls = el('div', 'actions', null, body), lang = L() === 'lv' ? 'lv' : 'en';
    ['lv', 'en'].forEach(function (l) { button(dls, 'my.dl.report', pdf('/report?lang=' + l), { lang: l.toUpperCase() }); });

    // During March
    var s = sec('praise', 'my.praise'), days = P.perDay || [];
    dl(s, [[t('my.approved'), String(P.approved || 0)], [t('my.meanStars'), num(P.meanStars, 2)]]);
    if (!P.approved) p(s, t('my.empty'), 'notice');
    else {
      el('h3', null, t('my.perDay'), s);
      s.appendChild(Chart.days(days.map(function (x, i) {
        return { label: Dates.dayMonth(L(), x.date), tick: i % 7 || i > days.length - 5 ? null : Dates.dayMonth(L(), x.date), value: x.count, text: String(x.count) };
      }), { caption: t('my.perDay'), heads: [t('my.day'), t('my.count')], top: function (m) { return t('my.max', { n: m }); } }));
      var grid = el('div', 'grid', null, s);
      function bars(key, rows, head) {
        var b = el('div', null, null, grid);
        el('h3', null, t(key), b);
        if (!rows.length) return p(b, t('my.none'), 'hint');
        b.appendChild(Chart.hbars(rows, { caption: t(key), heads: [t(head), t('my.count')] }));
      }
      bars('my.stars', ['5', '4', '3', '2', '1'].map(function (k) { var n = (P.stars || {})[k] || 0; return { label: t('my.starsN', { n: k }), value: n, text: String(n) }; }), 'my.stars');
      bars('my.channels', Object.keys(P.channels || {}).map(function (k) { return { label: named('my.ch.', k), value: P.channels[k], text: String(P.channels[k]) }; }), 'my.channel');
      if ((pp.branches || []).length) bars('my.branches', (P.branches || []).map(function (x) { return { label: x.key, value: x.count, text: String(x.count) }; }), 'my.branch');
      bars('my.aspects', (P.aspects || []).map(function (x) { return { label: vocab('aspects', x.key), value: x.count, text: String(x.count) }; }), 'my.aspect');
    }

    // Approved texts, newest first
    s = sec('texts', 'my.texts');
    var texts = (d.texts || []).slice().sort(function (a, b) { return String(b.confirmedAt).localeCompare(String(a.confirmedAt)); });
    if (!texts.length) p(s, t('my.noTexts'), 'hint');
    var byId = {};
    var ol = el('ol', 'texts', null, s);
    texts.forEach(function (x) { byId[x.id] = x; ol.appendChild(textItem(x)); });
    if (d.moreTexts) p(s, t('my.moreTexts'), 'hint');

    employees(sec('employees', 'my.employees'), byId, lang);
    benchmarks(sec('benchmarks', 'my.benchmarks'), P);
    mystery(sec('mystery', 'my.mystery'));

    // The running score: components while the campaign lets them be seen, ranks only after publication.
    s = sec('score', 'my.score');
    if (!sc.visible) p(s, t('my.sc.hidden'), 'hint');
    else {
      dl(s, [[t('my.sc.online'), num(sc.online, 2)], [t('my.sc.branch'), num(sc.branch, 2)], [t('my.sc.mystery'), num(sc.mystery, 2)]].concat(sc.published ? [
        [t('my.sc.total'), num(sc.total, 2)], [t('my.sc.rank'), sc.rankOverall], [t('my.sc.rankCategory'), sc.rankInCategory],
        [t('my.sc.rankSize'), sc.rankInSizeClass], [t('my.sc.threshold', { n: num(sc.threshold, 2) }), num(sc.toThreshold, 2)],
        [t('my.sc.topN', { n: sc.topN || '' }), num(sc.toTopN, 2)]] : []));
      if (sc.published) p(s, sc.eligible ? t('my.sc.eligible') : t('my.sc.not') + (sc.reason && I18N.has('my.sc.r.' + sc.reason) ? ' ' + t('my.sc.r.' + sc.reason) : ''), 'notice');
      else p(s, t('my.sc.noRank'), 'hint');
    }

    s = sec('years', 'my.years');
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

  function textItem(x) {
    var li = el('li'), m = [Dates.date(L(), x.confirmedAt), t('my.starsOf', { n: x.stars }), named('my.ch.', x.channel)];
    if (x.branch) m.push(x.branch);
    if (x.employee) m.push(t('my.employee', { name: x.employee }));
    (x.aspects || []).forEach(function (a) { m.push(vocab('aspects', a)); });
    p(li, m.join(' · '), 'meta');
    el('blockquote', null, x.text, li);
    return li;
  }

  // Employees: their praise, a card each, merging two spellings and undoing a merge.
  function employees(s, byId, lang) {
    var list = d.employees || [];
    if (!list.length) return p(s, t('my.noEmployees'), 'hint');
    if (list.length > 1) button(el('div', 'actions', null, s), 'my.dl.cards', pdf('/cards?lang=' + lang));
    var ul = el('ul', 'employees', null, s);
    list.forEach(function (e) {
      var li = el('li', null, null, ul), det = el('details', null, null, li);
      el('summary', null, t('my.emp', { name: e.name, n: e.count }), det);
      if ((e.spellings || []).length > 1) p(det, t('my.spellings', { list: e.spellings.join(', ') }), 'hint');
      var ol = el('ol', 'texts', null, det);
      (e.praiseIds || []).forEach(function (id) { if (byId[id]) ol.appendChild(textItem(byId[id])); });
      button(li, 'my.dl.card', pdf('/cards?employee=' + encodeURIComponent(e.key) + '&lang=' + lang), { name: e.name });
      // Each merge into this name can be undone, also after a reload: the view says what was merged.
      (e.merged || []).forEach(function (m) {
        var b = el('button', 'secondary undo', t('my.merge.undo', { name: m.name }), li);
        b.type = 'button';
        b.onclick = function () { M.use('merge', function () { M.unmerge(m.key); }); };
      });
    });
    if (list.length < 2) return;
    var f = el('form', 'merge', null, s);
    el('h3', null, t('my.merge'), f);
    p(f, t('my.merge.hint'), 'hint');
    ['from', 'into'].forEach(function (k) {
      var w = el('div', 'field', null, f), sel = el('select', null, null, w), l = el('label', null, t('my.merge.' + k));
      l.htmlFor = sel.id = 'merge-' + k;
      w.insertBefore(l, sel);
      list.forEach(function (e, i) { var o = el('option', null, e.name, sel); o.value = e.key; o.selected = i === (k === 'into' ? 0 : 1); });
    });
    var acts = el('div', 'actions', null, f);
    el('button', 'primary', t('my.merge.go'), acts).type = 'submit';
    f.onsubmit = function (ev) { ev.preventDefault(); M.use('merge', function () { M.merge(); }); };
  }

  // Benchmarks: a group's figures only when it has enough participants; otherwise the words, never a figure.
  function benchmarks(s, P) {
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
        return { label: named('my.mc.', k), values: vals, texts: vals.map(function (v) { return num(v, 2); }) };
      }), { series: series, max: 100, caption: t('my.byChannel'), head: t('my.channel'), none: t('my.nodata.short') }));
    }
    if ((m.notes || []).length) {
      el('h3', null, t('my.notes'), s);
      var ul = el('ul', null, null, s);
      m.notes.forEach(function (n) { el('li', null, n, ul); });
    }
  }

}());
