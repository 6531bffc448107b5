/* The console's sign-in state, shared by its pages (the console's scripts are split by job: admin-session,
   admin-api, admin-errors, admin-format, admin-nav on every page; admin-downloads and admin-pickers where a page
   needs them – each adds its part to window.Admin). This one: the session in sessionStorage, the way back to the
   sign-in, signing out and the header naming who is signed in. */
I18N.ready(function () {
  'use strict';
  var Admin = window.Admin = window.Admin || {};
  var KEY = 'praise.console.session';

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

  Admin.session = session;
  Admin.save = save;
  Admin.clear = clear;
  Admin.toSignIn = toSignIn;
  Admin.signOut = signOut;
  Admin.renderSession = renderSession;
});
