/* The console's API calls: the bearer token of the session (admin-session.js), a 401 leads back to the sign-in,
   and <body aria-busy> while an answer is awaited. */
I18N.ready(function () {
  'use strict';
  var Admin = window.Admin = window.Admin || {};

  // Never throws. opt: method, json (a body to send as JSON), csv (a File or text), blob (answer as a file).
  async function api(path, opt) {
    opt = opt || {};
    var s = Admin.session();
    if (!s) return Admin.toSignIn('expired');
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
    if (r.status === 401) return Admin.toSignIn('expired');
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

  Admin.api = api;
});
