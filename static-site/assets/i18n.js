/* The language choice and the text lookup. ?lang= forces a language, localStorage remembers it,
   Latvian by default. The strings live in i18n/<lang>/<part>.js: site.js for every page, plus the
   parts a page names in this script's data-parts (or later in I18N.need). Only the active language is
   fetched; another is fetched when chosen. Page scripts start with I18N.ready(fn), which runs once the strings are in. */
(function () {
  'use strict';
  var LANGS = ['lv', 'en', 'et'];
  var me = document.currentScript;
  var base = me.src.replace(/[^/]*$/, '') + 'i18n/';
  var parts = ['site'].concat((me.dataset.parts || '').split(/\s+/).filter(Boolean));
  var D = { lv: {}, en: {}, et: {} };
  var fetched = {};
  var listeners = [], waiting = [], started = false;
  var lang = pick(), wanted = lang;

  function pick() {
    var forced = new URLSearchParams(location.search).get('lang');
    if (LANGS.indexOf(forced) >= 0) { remember(forced); return forced; }
    var saved = null;
    try { saved = localStorage.getItem('lang'); } catch (e) { /* storage blocked: fall back to default */ }
    return LANGS.indexOf(saved) >= 0 ? saved : 'lv';
  }

  function remember(l) {
    try { localStorage.setItem('lang', l); } catch (e) { /* private mode: choice lasts for this page only */ }
  }

  // A part that fails to arrive leaves its keys showing rather than a blank page; it is tried again next time.
  function fetchLang(l) {
    return Promise.all(parts.map(function (p) {
      var k = l + '/' + p;
      return fetched[k] || (fetched[k] = new Promise(function (done) {
        var s = document.createElement('script');
        s.src = base + k + '.js';
        s.onload = done;
        s.onerror = function () { delete fetched[k]; done(); };
        document.head.appendChild(s);
      }));
    }));
  }

  function has(key) { return Object.prototype.hasOwnProperty.call(D[lang], key); }

  function t(key, vars) {
    var s = has(key) ? D[lang][key] : key;
    return vars ? s.replace(/\{(\w+)\}/g, function (m, k) { return k in vars ? String(vars[k]) : m; }) : s;
  }

  function apply(root) {
    (root || document).querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = t(el.dataset.i18n); });
    (root || document).querySelectorAll('[data-i18n-label]').forEach(function (el) { el.setAttribute('aria-label', t(el.dataset.i18nLabel)); });
  }

  function applyPage() {
    document.documentElement.lang = lang;
    var title = document.querySelector('title');
    if (title) title.textContent = (title.dataset.title ? t(title.dataset.title) + ' – ' : '') + t('site.name');
    apply();
    document.querySelectorAll('button[data-lang]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
    });
  }

  function set(l) {
    if (LANGS.indexOf(l) < 0 || l === wanted) return;
    wanted = l;
    remember(l);
    fetchLang(l).then(function () {
      if (wanted !== l) return; // another button was pressed meanwhile
      lang = l;
      // A ?lang= left in the address would force the old language again on reload.
      var u = new URL(location.href);
      if (u.searchParams.has('lang')) { u.searchParams.set('lang', l); history.replaceState(history.state, '', u); }
      applyPage();
      listeners.forEach(function (fn) { fn(l); });
    });
  }

  document.addEventListener('click', function (ev) {
    var b = ev.target.closest && ev.target.closest('button[data-lang]');
    if (b) set(b.dataset.lang);
  });

  window.I18N = {
    t: t,
    has: has,
    apply: apply,
    set: set,
    // One language's strings (a file of i18n/, or the console's, which may come after the page is shown).
    define: function (l, strings) { Object.assign(D[l], strings); if (started && l === lang) applyPage(); },
    lang: function () { return lang; },
    onChange: function (fn) { listeners.push(fn); },
    // A part a page needs later (/my/): fetched now, and with any language chosen after.
    need: function (p) { if (parts.indexOf(p) < 0) parts.push(p); return fetchLang(lang); },
    // Runs fn once the page's strings are in (at once if they already are), in the order pages call it.
    ready: function (fn) { if (started) fn(); else waiting.push(fn); }
  };

  fetchLang(lang).then(function () {
    started = true;
    applyPage();
    waiting.splice(0).forEach(function (fn) { fn(); });
  });
}());
