/* Shared by every page with a script: API calls, campaign data, error messages (dates: dates.js; the campaign's
   state: state.js).
   search.js (participant search) and form-errors.js (a form's errors) add to App where needed. */
(function () {
  'use strict';
  var t = I18N.t;

  // Never throws: pages branch on status (0 = network failure) and on body (null = not JSON).
  async function api(path, body) {
    var opt = { headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      opt.method = 'POST';
      opt.headers['Content-Type'] = 'application/json';
      opt.body = JSON.stringify(body);
    }
    var r;
    try { r = await fetch(path, opt); } catch (e) { return { status: 0, body: null }; }
    var b = null;
    try { b = await r.json(); } catch (e) { /* e.g. an HTML error page from a proxy */ }
    return { status: r.status, body: b, retryAfter: r.headers.get('Retry-After') };
  }

  function ok(res) { return res.status >= 200 && res.status < 300 && res.body !== null && typeof res.body === 'object'; }

  // A failure without the API's error shape means the API itself is not there.
  function errorCode(res) {
    if (res.status === 0) return 'network';
    var e = res.body && res.body.error;
    if (e && typeof e.code === 'string') return e.code;
    // API Gateway's own throttling answers 429 {"message":"Too Many Requests"}, not the API's error shape.
    return res.status === 429 ? 'throttled' : 'unavailable';
  }

  function errorField(res) {
    var e = res.body && res.body.error;
    return e && typeof e.field === 'string' ? e.field : null;
  }

  function message(code, field, vars) {
    if (code === 'invalid' && field && I18N.has('inv.' + field)) return t('inv.' + field);
    if (field && I18N.has('err.' + code + '.' + field)) return t('err.' + code + '.' + field, vars);
    return t(I18N.has('err.' + code) ? 'err.' + code : 'err.unavailable', vars);
  }

  var campaignPromise = null;
  function campaign(fresh) {
    campaignPromise = (!fresh && campaignPromise) || api('/api/campaign').then(function (res) {
      if (!ok(res)) campaignPromise = null;
      return res;
    });
    return campaignPromise;
  }

  function localName(list, code) {
    var item = (list || []).find(function (x) { return x.code === code; });
    return item && item.name ? item.name[I18N.lang()] || item.name.lv || code : code || '';
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function param(name) { return new URLSearchParams(location.search).get(name); }

  window.App = {
    api: api, ok: ok, errorCode: errorCode, errorField: errorField, message: message,
    campaign: campaign, localName: localName,
    el: el, param: param
  };
}());
