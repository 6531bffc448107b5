/* A participant's own page, /my/ (issue 18, docs/insight.md): what every state needs (the token, the calls, the
   choice of participant) and the page's parts, each fetched only when it is shown or first used; this script's
   data-part-* attributes name each part's scripts and strings (PageWeightTest weighs them): signin when not signed
   in, view once signed in, choose for a contact of several participants, org when an organiser comes from the
   console (?participant=<id>), merge and pdf when first used, lower (benchmarks, mystery shopping, earlier years) when
   one of those sections comes near the screen (view.js). The ID token stays in sessionStorage. */
(function (me) {
  'use strict';
  I18N.ready(function () {
    var t = I18N.t, $ = function (id) { return document.getElementById(id); };
    var KEY = 'praise.my.token', q = new URLSearchParams(location.search), parts = {}, camp = null;
    var M = window.My = {
      t: t, $: $, q: q, KEY: KEY, org: q.get('participant'), el: el, store: store, read: read, call: call, failure: failure,
      alarm: alarm, say: say, show: show, start: start, use: use, need: need, load: load,
      token: function () { var tk = read(KEY), c = tk && claims(tk); return c && (!c.exp || c.exp * 1000 > Date.now()) ? tk : null; },
      base: function () { return '/api/my/participants/' + encodeURIComponent(M.pid); },
      expired: function () { store(KEY, null); signin('my.in.expired'); }
    };

    function el(tag, cls, text, parent) {
      var e = document.createElement(tag);
      if (cls) e.className = cls;
      if (text != null) e.textContent = text;
      if (parent) parent.appendChild(e);
      return e;
    }
    function store(k, v) { try { if (v) sessionStorage.setItem(k, v); else sessionStorage.removeItem(k); } catch (e) { /* blocked: this page only */ } }
    function read(k) { try { return sessionStorage.getItem(k); } catch (e) { return null; } }
    function claims(tk) {
      try { return JSON.parse(decodeURIComponent(escape(atob(tk.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))))); } catch (e) { return null; }
    }

    // Never throws; 0 = no answer. A 401 with a token: it expired, back to the sign-in. o.raw: the Response itself.
    async function call(path, o) {
      o = o || {};
      var h = Object.assign({ Accept: 'application/json' }, o.headers), tk = o.anon ? null : M.token(), r, b = null;
      if (tk) h.Authorization = 'Bearer ' + tk;
      if (o.body && !h['Content-Type']) h['Content-Type'] = 'application/json';
      try { r = await fetch(path, { method: o.body ? 'POST' : 'GET', headers: h, body: o.body && JSON.stringify(o.body) }); } catch (e) { return { status: 0 }; }
      if (r.status === 401 && !o.anon) { M.expired(); return { status: 401, gone: true }; }
      if (o.raw && r.ok) return { status: r.status, raw: r };
      try { b = await r.json(); } catch (e) { /* not JSON */ }
      return { status: r.status, body: b };
    }
    function failure(res) { return t(res.status === 0 ? 'err.network' : res.status === 429 ? 'err.throttled' : res.status === 404 ? 'my.notFound' : 'err.unavailable'); }
    function alarm(msg) { $('status').textContent = msg || ''; $('status').hidden = !msg; }
    // The note's first text ("loading") is the page's; from the first say on it is the script's, so that strings arriving
    // later (a part's, another language's) don't put the page's back (I18N applies data-i18n on each).
    function say(msg) { var n = $('note'); n.removeAttribute('data-i18n'); n.textContent = msg || ''; }
    function show(id) {
      ['signin', 'choose', 'view'].forEach(function (s) { $(s).hidden = s !== id; });
      $('session').hidden = id === 'signin';
      $('out').hidden = !!M.org;
      $('console').hidden = !M.org;
    }

    // A part's scripts (in order) and strings; one that can't be fetched is tried again on its next use.
    function need(name) {
      return parts[name] || (parts[name] = Promise.all(me.getAttribute('data-part-' + name).split(/\s+/).map(function (f) {
        if (f[0] !== '/') return I18N.need(f);
        return new Promise(function (ok, no) {
          var s = document.createElement('script');
          s.src = f;
          s.async = false;
          s.onload = ok;
          s.onerror = no;
          document.head.appendChild(s);
        });
      })).catch(function (e) { delete parts[name]; throw e; }));
    }
    // Runs fn once the part is in; "loading" meanwhile, and an alert if it can't be fetched.
    function use(name, fn) {
      say(t('loading'));
      need(name).then(function () { say(''); alarm(''); fn(); }, function () { say(''); alarm(t('err.network')); });
    }
    function signin(reason) { use('signin', function () { M.signin(reason); }); }

    function start() {
      alarm('');
      if (M.org) return use('org', function () { if (M.token()) load(M.org); else M.expired(); });
      var tk = M.token();
      if (!tk) return signin(read(KEY) ? 'my.in.expired' : null);
      var ids = String(claims(tk)['custom:participants'] || '').split(/\s+/).filter(Boolean);
      if (ids.indexOf(q.get('id')) >= 0) load(q.get('id'));
      else if (ids.length === 1) load(ids[0]);
      else if (!ids.length) { store(KEY, null); signin('my.in.none'); } else use('choose', function () { M.choose(ids); });
    }

    // The view's part comes while its data does.
    async function load(id) {
      M.pid = id;
      show('view');
      $('name').textContent = '';
      $('body').textContent = '';
      say(t('loading'));
      var r = await Promise.all([call(M.base() + (M.org ? '/insight' : '')), camp ? { body: camp } : call('/api/campaign', { anon: true }),
        need('view').catch(function () { return false; })]);
      if (r[0].gone) return;
      camp = M.camp = r[1].body && r[1].body.year ? r[1].body : null;
      say('');
      if (r[2] === false || r[0].status !== 200 || !r[0].body || !r[0].body.participant) {
        alarm(failure(r[2] === false ? { status: 0 } : r[0]));
        var b = el('button', 'secondary', t('my.retry'), el('p', null, null, $('body')));
        b.type = 'button';
        b.onclick = function () { alarm(''); load(id); };
        return;
      }
      M.d = r[0].body;
      M.render();
      $('name').focus();
    }

    $('out').addEventListener('click', function () { store(KEY, null); M.d = null; signin('my.in.out'); });
    // A language chosen while a part's strings were on their way: the view waits for them all (I18N.need).
    I18N.onChange(function () { if (M.d && !$('view').hidden) I18N.need('my-view').then(M.render); });
    start();
  });
}(document.currentScript));
