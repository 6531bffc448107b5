/* The organisers' console, shared by its pages: the sign-in state (sessionStorage), API calls with the
   bearer token (a 401 leads back to the sign-in), error display naming the field, the console's nav. */
I18N.ready(function () {
  'use strict';
  var t = I18N.t, el = App.el;
  var KEY = 'praise.console.session';
  var PAGES = [
    ['index', 'a.nav.home'], ['participants', 'a.nav.participants'], ['evaluations', 'a.nav.evaluations'],
    ['questionnaire', 'a.nav.questionnaire'], ['visits', 'a.nav.visits'], ['review', 'a.nav.review'], ['calibration', 'a.nav.calibration'],
    ['standings', 'a.nav.standings'], ['moderation', 'a.nav.moderation'], ['praise-entry', 'a.nav.praiseEntry'],
    ['nominations', 'a.nav.nominations'], ['posters', 'a.nav.posters'], ['awards', 'a.nav.awards'],
    ['campaign', 'a.nav.campaign']
  ];

  function session() {
    var s = null;
    try { s = JSON.parse(sessionStorage.getItem(KEY)); } catch (e) { s = null; }
    if (!s || typeof s.token !== 'string') return null;
    if (s.expiresAt && Date.parse(s.expiresAt) <= Date.now()) { clear(); return null; }
    return s;
  }
  function save(s) { sessionStorage.setItem(KEY, JSON.stringify(s)); }
  function clear() { try { sessionStorage.removeItem(KEY); } catch (e) { /* nothing stored */ } }

  var leaving = new Promise(function () { /* never settles: the page is navigating away */ });

  function toSignIn(reason) {
    clear();
    var q = new URLSearchParams({ reason: reason || 'signin' });
    var here = location.pathname + location.search;
    if (!/\/admin\/(index\.html)?$/.test(location.pathname)) q.set('next', here);
    location.replace('/admin/index.html?' + q);
    return leaving;
  }

  // Never throws. opt: method, json (a body to send as JSON), csv (a File or text), blob (answer as a file).
  async function api(path, opt) {
    opt = opt || {};
    var s = session();
    if (!s) return toSignIn('expired');
    var headers = { Accept: opt.blob ? '*/*' : 'application/json', Authorization: 'Bearer ' + s.token };
    var init = { method: opt.method || (opt.json !== undefined || opt.csv !== undefined ? 'POST' : 'GET'), headers: headers };
    if (opt.json !== undefined) { headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(opt.json); }
    if (opt.csv !== undefined) { headers['Content-Type'] = 'text/csv; charset=utf-8'; init.body = opt.csv; }
    busy(1);
    try {
      return await answer(path, init, opt);
    } finally {
      busy(-1);
    }
  }

  // While the console waits for the API, <body aria-busy="true">: assistive technology (and the browser tests) know
  // the page is still filling in.
  var inFlight = 0;
  function busy(delta) {
    inFlight += delta;
    document.body.setAttribute('aria-busy', inFlight > 0 ? 'true' : 'false');
  }

  async function answer(path, init, opt) {
    var r;
    try { r = await fetch(path, init); } catch (e) { return { status: 0, body: null }; }
    if (r.status === 401) return toSignIn('expired');
    if (opt.blob && r.ok) {
      var blob = await r.blob();
      var cd = r.headers.get('Content-Disposition') || '';
      var m = /filename="?([^";]+)"?/i.exec(cd);
      return { status: r.status, body: {}, blob: blob, filename: m ? m[1] : null,
        parts: parseInt(r.headers.get('X-Export-Parts') || '1', 10) || 1 };
    }
    var b = null;
    try { b = await r.json(); } catch (e) { /* not JSON */ }
    return { status: r.status, body: b };
  }

  // A field as the API names it, in words: "criteria[2].weight" → "Criteria no. 3 – Weight"; unknown names as they are.
  function fieldName(field, nested) {
    if (nested && I18N.has('afield.sub.' + field)) return t('afield.sub.' + field);
    if (I18N.has('afield.' + field)) return t('afield.' + field);
    if (I18N.has('field.' + field)) return t('field.' + field);
    var m = /^([A-Za-z]+)\[(\d+)\]\.?(.*)$/.exec(field);
    if (m) return t('a.field.item', { list: fieldName(m[1]), n: Number(m[2]) + 1 }) + (m[3] ? ' – ' + fieldName(m[3], true) : '');
    m = /^([A-Za-z]+)\.(.+)$/.exec(field);
    if (m && I18N.has('afield.' + m[1])) return t('afield.' + m[1]) + ' – ' + fieldName(m[2], true);
    return field;
  }

  // The API's error as a sentence in the page language, naming the field; the API's own (English) message after it.
  function errorText(res) {
    var code = App.errorCode(res), field = App.errorField(res);
    if (res.status === 404 && (code === 'unavailable' || field === 'path')) return t('a.err.noRoute');
    // A field's own sentence for 'invalid' (inv.<field>), else the console's for the code, else the site's.
    var text = code === 'invalid' && field && I18N.has('inv.' + field) ? t('inv.' + field)
      : I18N.has('a.err.' + code) ? t('a.err.' + code) : App.message(code, field);
    // The field named in the organiser's words; one the console has no name for (the API's own, such as
    // "campaign" or "authorization") is left out rather than shown raw.
    if (field && field !== 'body' && fieldName(field) !== field) text = t('a.err.field', { field: fieldName(field) }) + ' ' + text;
    return text;
  }

  var shown = [];
  // Only the translated text: the API's own message is English, for programs (it stays in the answer).
  function renderError(box) {
    var res = box.adminError;
    box.textContent = '';
    box.hidden = !res;
    if (!res) return;
    box.appendChild(el('p', 'err-main', errorText(res)));
  }
  function showError(box, res) {
    if (shown.indexOf(box) < 0) shown.push(box);
    box.adminError = res;
    renderError(box);
  }
  function clearError(box) { box.adminError = null; renderError(box); }

  // Text that follows the page language: fn is run now and after every change of language.
  function live(fn) { fn(); I18N.onChange(fn); }

  // A number in the page language's notation (91,68 in Latvian and Estonian, 91.68 in English), '–' for none.
  function num(n, digits) {
    var d = digits === undefined ? 2 : digits;
    return n === null || n === undefined ? '–'
      : new Intl.NumberFormat(I18N.lang(), { minimumFractionDigits: d, maximumFractionDigits: d }).format(Number(n));
  }
  function int(n) { return num(n, 0); }

  // A moment ("2027. gada 2. janvāris, 12:00") and a day, in the page language and the campaign's time zone
  // (Riga unless given): the site's formatter (assets/dates.js), '–' for none.
  function dateTime(iso, tz) { return iso ? Dates.dateTime(I18N.lang(), iso, tz) : '–'; }
  function date(iso, tz) { return iso ? Dates.date(I18N.lang(), iso, tz) : '–'; }

  // On a phone the nine links would wrap into five rows before the page's heading: there a button
  // (a disclosure naming the current page) shows and hides them; from 48rem up the list is always shown.
  function renderNav(current) {
    var nav = document.getElementById('console-nav');
    if (!nav) return;
    var ul = el('ul');
    ul.id = 'console-nav-list';
    var here = null;
    PAGES.forEach(function (p) {
      var a = el('a');
      a.href = '/admin/' + p[0] + '.html';
      a.dataset.i18n = p[1];
      a.textContent = t(p[1]);
      if (p[0] === current) { a.setAttribute('aria-current', 'page'); here = p[1]; }
      ul.appendChild(el('li')).appendChild(a);
    });
    var toggle = el('button', 'nav-toggle');
    toggle.type = 'button';
    toggle.id = 'console-nav-toggle';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', ul.id);
    var label = toggle.appendChild(el('span', 'nav-toggle-label'));
    var where = toggle.appendChild(el('span', 'nav-toggle-here'));
    function text() {
      label.textContent = t('a.nav.menu');
      where.textContent = here ? t(here) : '';
    }
    text();
    I18N.onChange(text);
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      nav.classList.toggle('open', open);
    });
    nav.addEventListener('keydown', function (ev) {
      if (ev.key === 'Escape' && nav.classList.contains('open')) {
        nav.classList.remove('open');
        toggle.setAttribute('aria-expanded', 'false');
        toggle.focus();
      }
    });
    nav.textContent = '';
    nav.appendChild(toggle);
    nav.appendChild(ul);
    nav.hidden = false;
  }

  // The campaign's vocabulary (categories, industries, aspects, size classes): a code's label in the page
  // language (the campaign item's lv/en/et names), the code itself only when the campaign has no such term.
  var vocabulary = null;
  var vocabularyLoaded = App.campaign().then(function (res) { if (App.ok(res)) vocabulary = res.body; return vocabulary; });
  function term(kind, code) { return App.localName(vocabulary && vocabulary[kind], code); }
  function withVocabulary(fn) { return vocabularyLoaded.then(fn); }

  function signOut() {
    var s = session();
    clear();
    if (s && s.auth === 'cognito' && s.domain && s.clientId) {
      location.assign(s.domain + '/logout?' + new URLSearchParams({ client_id: s.clientId, logout_uri: location.origin + '/admin/index.html' }));
    } else {
      location.assign('/admin/index.html?reason=signedout');
    }
  }

  function renderSession(s) {
    var box = document.getElementById('session');
    if (!box) return;
    box.hidden = !s;
    if (!s) return;
    document.getElementById('who').textContent = s.email || '';
    var b = document.getElementById('sign-out');
    if (!b.dataset.wired) { b.dataset.wired = '1'; b.addEventListener('click', signOut); }
  }

  // Every page but the sign-in: no session → the sign-in, else the header and nav.
  function page(current) {
    var s = session();
    if (!s) { toSignIn('signin'); return null; }
    renderSession(s);
    renderNav(current);
    exportButtons();
    return s;
  }

  // A file the browser downloads (the answer of an authorised fetch: no plain link can carry the header).
  function download(blob, filename) {
    var url = URL.createObjectURL(blob);
    var a = el('a');
    a.href = url;
    a.download = filename || 'download';
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  // The CSV export buttons (data-export = the kind, data-participant for one participant's praise): an authorised
  // fetch of GET /api/admin/export saved under the server's file name; an export of several parts (over 4 MB)
  // downloads them one after another. Status and errors go to the .export-status / .export-error of its section.
  function exportButtons() {
    document.querySelectorAll('button[data-export]').forEach(function (b) {
      if (b.dataset.wired) return;
      b.dataset.wired = '1';
      b.addEventListener('click', async function () {
        var box = b.closest('section') || document.body;
        var status = box.querySelector('.export-status'), error = box.querySelector('.export-error');
        var q = new URLSearchParams({ kind: b.dataset.export });
        if (b.dataset.participant) q.set('participant', b.dataset.participant);
        if (error) clearError(error);
        b.disabled = true;
        if (status) status.textContent = t('a.export.working');
        var parts = 1, files = [];
        for (var part = 1; part <= parts; part++) {
          if (part > 1) q.set('part', String(part));
          var res = await api('/api/admin/export?' + q, { blob: true });
          if (!res.blob) {
            if (status) status.textContent = '';
            // "Nothing to export yet" (no standings, no awards) in the console's words, not as a field's error.
            var code = App.errorCode(res);
            if (App.errorField(res) === 'kind' && I18N.has('a.err.export_' + code)) {
              res = { status: res.status, body: { error: { code: 'export_' + code, field: null, message: '' } } };
            }
            if (error) showError(error, res);
            b.disabled = false;
            return;
          }
          parts = res.parts;
          files.push(res.filename);
          download(res.blob, res.filename);
        }
        if (status) status.textContent = t('a.export.done', { file: files.join(', ') });
        b.disabled = false;
      });
    });
  }

  // A select of the campaign's vocabulary (categories, industries, size classes), with an optional first option.
  function fillTerms(select, list, emptyKey) {
    var value = select.value;
    select.textContent = '';
    if (emptyKey) select.appendChild(el('option', null, t(emptyKey))).value = '';
    (list || []).forEach(function (term) {
      var o = select.appendChild(el('option', null, App.localName(list, term.code)));
      o.value = term.code;
    });
    select.value = value;
    if (select.selectedIndex < 0) select.selectedIndex = 0;
  }

  // A participant chosen by name (the public search): onPick(participant) when one is chosen.
  function picker(prefix, onPick) {
    var input = document.getElementById(prefix + '-search'), results = document.getElementById(prefix + '-results');
    var picked = document.getElementById(prefix + '-picked'), chosen = null;
    var ctl = App.liveSearch(input, document.getElementById(prefix + '-search-status'), function (list) {
      results.textContent = '';
      (list || []).forEach(function (p) {
        var b = el('button', null, p.name);
        b.type = 'button';
        b.addEventListener('click', function () { choose(p); input.focus(); });
        results.appendChild(App.resultItem(p, vocabulary, b));
      });
    });
    function show() { picked.hidden = !chosen; if (chosen) picked.textContent = t('pick.chosen', { name: chosen.name }); }
    function choose(p) { chosen = p; ctl.clear(); show(); onPick(p); }
    I18N.onChange(show);
    return { get: function () { return chosen; }, reset: function () { chosen = null; ctl.clear(); show(); },
      // Chosen elsewhere (a link, a card's name): shown as chosen, without calling onPick.
      set: function (p) { chosen = p; ctl.clear(); show(); } };
  }

  window.Admin = {
    picker: picker,
    session: session, save: save, clear: clear, toSignIn: toSignIn, api: api, page: page,
    renderNav: renderNav, renderSession: renderSession, signOut: signOut,
    errorText: errorText, showError: showError, clearError: clearError, fieldName: fieldName,
    term: term, withVocabulary: withVocabulary,
    live: live, num: num, int: int, dateTime: dateTime, date: date, download: download, fillTerms: fillTerms,
    exportButtons: exportButtons
  };
  I18N.onChange(function () { shown.forEach(renderError); });
});
