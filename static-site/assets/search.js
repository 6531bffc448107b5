/* The participant search (home page, praise form, the console): on top of common.js. */
(function () {
  'use strict';
  var t = I18N.t, el = App.el;

  // Two participants of the same name (the API says sameName): their branches tell them apart.
  function namesake(p) {
    if (!p.sameName) return '';
    var b = p.branches || [];
    return b.length ? t('search.branches', { n: b.length, list: b.slice(0, 2).join(', ') + (b.length > 2 ? '…' : '') }) : t('search.noBranches');
  }

  function meta(p, c) {
    c = c || {};
    return [App.localName(c.categories, p.category), App.localName(c.industries, p.industry), namesake(p)].filter(Boolean).join(' · ');
  }

  var metaSeq = 0;
  // One search hit: the participant's link or button, then its category and industry.
  function resultItem(p, c, main) {
    var li = el('li');
    var m = el('span', 'meta', meta(p, c));
    m.id = 'meta-' + (++metaSeq);
    main.setAttribute('aria-describedby', m.id);
    li.append(main, m);
    return li;
  }

  // Debounced search; late answers to older queries are dropped so results match the field.
  function liveSearch(input, status, render) {
    var timer = 0, seq = 0, last = null;
    function show() {
      if (!last) { status.textContent = ''; render(null); return; }
      if (last.error) { status.textContent = App.message(last.error); render([]); return; }
      status.textContent = last.list.length ? t('search.count', { n: last.list.length }) : t('search.none');
      render(last.list);
    }
    var ctl = { clear: function () { input.value = ''; seq++; last = null; show(); }, refresh: show };
    async function run() {
      var q = input.value.trim(), mine = ++seq;
      if (!q) { last = null; show(); return; }
      var res = await App.api('/api/participants?q=' + encodeURIComponent(q) + '&limit=20');
      if (mine !== seq) return;
      last = App.ok(res) ? { list: res.body.participants || [] } : { error: App.errorCode(res) };
      show();
    }
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 200); });
    I18N.onChange(show);
    if (input.value.trim()) run(); // the browser may restore the field on back navigation
    return ctl;
  }

  App.meta = meta;
  App.resultItem = resultItem;
  App.liveSearch = liveSearch;
}());
