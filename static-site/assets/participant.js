/* A participant's public card. */
I18N.ready(function () {
  'use strict';
  var t = I18N.t;
  var id = App.param('id');
  var heading = document.getElementById('participant-name');
  var status = document.getElementById('participant-status');
  var card = document.getElementById('card');
  var p = null, campaign = null, failure = null;

  function text(elId, value) { document.getElementById(elId).textContent = value; }

  function render() {
    if (failure || p) heading.removeAttribute('data-i18n'); // the heading now names the result, not "loading"
    if (failure) {
      var missing = failure === 'not_found';
      heading.textContent = t(missing ? 'pt.notfound' : 'unavailable.title');
      status.textContent = missing ? t('pt.notfound.p') : App.message(failure);
      status.hidden = false;
      card.hidden = true;
      return;
    }
    if (!p) return;
    var c = campaign || {};
    heading.textContent = p.name;
    document.title = p.name + ' – ' + t('site.name');
    text('praise-count', String(p.confirmedPraiseCount || 0));
    text('pt-category', App.localName(c.categories, p.category));
    text('pt-industry', App.localName(c.industries, p.industry));
    text('pt-size', App.localName(c.sizeClasses, p.sizeClass));
    document.getElementById('praise-action').hidden = c.state !== 'open'; // no praise to offer once it can't be given
    award(p.award);
    earlier(Array.isArray(p.earlier) ? p.earlier : []);
    card.hidden = false;
  }

  // An awardee: its quality mark, its place and its badge, which links to the certificate's verification.
  function award(a) {
    document.getElementById('award').hidden = !a;
    if (!a) return;
    var code = encodeURIComponent(a.code);
    text('award-heading', a.qualityMarkTitle);
    text('award-rank', t('pt.rank', { rank: a.rank, topN: a.topN }));
    document.getElementById('award-verify').href = '/verify.html?code=' + code;
    var img = document.getElementById('award-badge');
    img.src = '/api/certificates/' + code + '/badge.svg';
    img.alt = t('pt.badge', { title: a.qualityMarkTitle, name: p.name });
    document.getElementById('award-results').href = '/results.html?year=' + a.campaignYear;
  }

  // The marks the same participant won in earlier campaigns, newest first: each with its badge (the verification)
  // and that year's results.
  function earlier(marks) {
    var ul = document.getElementById('earlier-list');
    ul.replaceChildren.apply(ul, marks.map(function (m) {
      var code = encodeURIComponent(m.code), li = App.el('li');
      li.dataset.year = m.campaignYear;
      var verify = App.el('a');
      verify.href = '/verify.html?code=' + code;
      var img = App.el('img');
      img.src = '/api/certificates/' + code + '/badge.svg';
      img.alt = t('pt.badge', { title: m.qualityMarkTitle, name: p.name });
      img.width = 160; img.height = 80;
      verify.appendChild(img);
      var words = App.el('div');
      words.appendChild(App.el('p', null, t('pt.earlier.mark', { year: m.campaignYear, title: m.qualityMarkTitle })));
      words.appendChild(App.el('p', 'rank', t('pt.rank', { rank: m.rank, topN: m.topN })));
      var results = App.el('a', null, t('pt.earlier.results', { year: m.campaignYear }));
      results.href = '/results.html?year=' + m.campaignYear;
      words.appendChild(App.el('p')).appendChild(results);
      li.append(verify, words);
      return li;
    }));
    document.getElementById('earlier').hidden = !marks.length;
  }

  async function load() {
    if (!id) { failure = 'not_found'; render(); return; }
    var both = await Promise.all([App.api('/api/participants/' + encodeURIComponent(id)), App.campaign()]);
    var res = both[0];
    if (App.ok(both[1])) campaign = both[1].body;
    if (!App.ok(res)) { failure = App.errorCode(res); render(); return; }
    p = res.body;
    var branches = Array.isArray(p.branches) ? p.branches : [];
    var ul = document.getElementById('pt-branches');
    branches.forEach(function (b) { ul.appendChild(App.el('li', null, b)); });
    document.getElementById('pt-branches-section').hidden = !branches.length;
    document.getElementById('praise-button').href = '/praise.html?p=' + encodeURIComponent(p.id);
    render();
  }

  // --- the approved praise, newest first, a page at a time ---
  var PAGE = 10;
  var wall = { items: [], next: null, loaded: false, failed: false, busy: false };
  var wallList = document.getElementById('wall-list');
  var wallStatus = document.getElementById('wall-status');
  var more = document.getElementById('wall-more');

  function praiseItem(x) {
    var c = campaign || {};
    var li = App.el('li');
    var stars = Math.max(0, Math.min(5, Number(x.stars) || 0));
    var s = App.el('p', 'stars', '★★★★★'.slice(0, stars) + '☆☆☆☆☆'.slice(0, 5 - stars));
    s.setAttribute('role', 'img');
    s.setAttribute('aria-label', t('pw.stars', { n: stars }));
    li.appendChild(s);
    var quote = App.el('blockquote');
    quote.appendChild(App.el('p', null, String(x.text || '')));
    li.appendChild(quote);
    var aspects = Array.isArray(x.aspects) ? x.aspects : [];
    if (aspects.length) {
      var tags = App.el('ul', 'tags');
      aspects.forEach(function (a) { tags.appendChild(App.el('li', null, App.localName(c.aspects, a))); });
      li.appendChild(tags);
    }
    var meta = App.el('p', 'meta');
    meta.appendChild(App.el('span', null, I18N.has('pw.ch.' + x.channel) ? t('pw.ch.' + x.channel) : String(x.channel || '')));
    if (x.branch) meta.appendChild(App.el('span', null, String(x.branch)));
    if (x.employee) meta.appendChild(App.el('span', null, t('pw.employee', { name: String(x.employee) })));
    // The day the praise was confirmed (yyyy-mm-dd); within the campaign's own year the year goes without saying.
    var day = String(x.date || '');
    var when = App.el('time', null, (day.slice(0, 4) === String(c.year) ? Dates.dayMonth : Dates.date)(I18N.lang(), day));
    when.setAttribute('datetime', day);
    meta.appendChild(when);
    li.appendChild(meta);
    return li;
  }

  function renderWall() {
    wallList.replaceChildren.apply(wallList, wall.items.map(praiseItem));
    var note = wall.failed ? t('pw.failed') : !wall.loaded ? t('pw.loading') : wall.items.length ? '' : t('pw.empty');
    wallStatus.textContent = note;
    wallStatus.hidden = !note;
    more.hidden = !wall.next;
    more.disabled = wall.busy;
  }

  async function loadWall() {
    if (wall.busy) return;
    wall.busy = true; wall.failed = false; renderWall();
    var path = '/api/participants/' + encodeURIComponent(id) + '/praise?limit=' + PAGE
      + (wall.next ? '&cursor=' + encodeURIComponent(wall.next) : '');
    var res = await App.api(path);
    wall.busy = false;
    if (App.ok(res) && Array.isArray(res.body.items)) {
      var first = wall.items.length;
      wall.items = wall.items.concat(res.body.items);
      wall.next = typeof res.body.nextCursor === 'string' ? res.body.nextCursor : null;
      wall.loaded = true;
      renderWall();
      // After "show more", move focus to the first new praise so keyboard and screen-reader users continue there.
      var added = wallList.children[first];
      if (first > 0 && added) { added.tabIndex = -1; added.focus(); }
    } else {
      wall.failed = true;
      renderWall();
    }
  }

  more.addEventListener('click', loadWall);
  I18N.onChange(render);
  I18N.onChange(renderWall);
  load().then(function () { if (p) loadWall(); });
});
