/* The participant's view on /my/ (sections and charts), loaded once signed in (my.js), with assets/dates.js and
   assets/chart.js. The merge of spellings and the downloads load their own parts when first used, the lower sections
   (my/lower.js) when they come near the screen. */
(function () {
  'use strict';
  var M = My, t = M.t, L = I18N.lang, $ = M.$, el = M.el, d, camp;

  function num(s, dec) {
    var n = Number(s);
    return s == null || isNaN(n) ? '' : n.toLocaleString(L(), { minimumFractionDigits: dec, maximumFractionDigits: dec });
  }
  function vocab(list, code) {
    var x = camp && (camp[list] || []).find(function (v) { return v.code === code; });
    return x && x.name ? x.name[L()] || x.name.lv : code;
  }
  function named(prefix, code) { return I18N.has(prefix + code) ? t(prefix + code) : code; }
  var GROUPS = M.GROUPS = { industry: 'industries', category: 'categories', sizeClass: 'sizeClasses' };
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

  // What the lower sections' part (my/lower.js) shares.
  M.v = { num: num, vocab: vocab, named: named, p: p };
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
      // A tick a week apart where four fit ("16. februāris" is wide); on a phone a tick every other week.
      var step = matchMedia('(min-width: 40em)').matches ? 7 : 14;
      s.appendChild(Chart.days(days.map(function (x, i) {
        return { label: Dates.dayMonth(L(), x.date), tick: i % step || i > days.length - 5 ? null : Dates.dayMonth(L(), x.date), value: x.count, text: String(x.count) };
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
    var lower = [sec('benchmarks', 'my.benchmarks'), sec('mystery', 'my.mystery')];

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

    lower.push(sec('years', 'my.years'));
    later(lower);
  }

  // The lower sections (benchmarks, mystery shopping, earlier years) are drawn by a part of their own (my/lower.js,
  // PageWeightTest weighs it apart), fetched when one of them comes near the screen, or at once where the browser
  // can't tell (no IntersectionObserver). Until drawn, a section is aria-busy. A part that can't be fetched leaves
  // the page's error notice in each section, with a button that tries again (the observer would only on a scroll).
  function later(secs) {
    var io, busy, go = function () {
      if (busy) return;
      busy = true;
      M.need('lower').then(function () { if (io) io.disconnect(); if (secs[0].isConnected) M.lower(secs); }, function () {
        if (io) io.disconnect();
        var ns = secs.map(function (s) {
          s.removeAttribute('aria-busy');
          var n = p(s, t('err.network') + ' ', 'notice notice-error');
          button(n, 'my.retry', function () {
            // The button goes with its notice: keyboard focus moves to the section's heading, which stays.
            var h = s.querySelector('h2');
            h.tabIndex = -1;
            h.focus();
            ns.forEach(function (x) { x.remove(); });
            secs.forEach(function (x) { x.setAttribute('aria-busy', 'true'); });
            busy = false;
            go();
          });
          return n;
        });
      });
    };
    if (M.io) M.io.disconnect();
    secs.forEach(function (s) { s.setAttribute('aria-busy', 'true'); });
    if (M.lower || !window.IntersectionObserver) return go();
    io = M.io = new IntersectionObserver(function (es) { if (es.some(function (e) { return e.isIntersecting; })) go(); }, { rootMargin: '600px 0px' });
    secs.forEach(function (s) { io.observe(s); });
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

}());
