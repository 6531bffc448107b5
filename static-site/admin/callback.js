/* Back from Cognito's hosted UI: the authorization code is exchanged (with the PKCE verifier) for the
   tokens; the ID token, which carries cognito:groups, is the console's bearer token. */
I18N.ready(function () {
  'use strict';
  var t = I18N.t, $ = function (id) { return document.getElementById(id); };
  var PKCE = 'praise.console.pkce';

  function fail(key) {
    $('cb-status').hidden = true;
    var box = $('cb-error');
    Admin.live(function () { box.textContent = t(key); });
    box.hidden = false;
    $('cb-again').hidden = false;
  }

  function claims(jwt) {
    var part = String(jwt).split('.')[1] || '';
    var bin = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = Uint8Array.from(bin, function (c) { return c.charCodeAt(0); });
    return JSON.parse(new TextDecoder().decode(bytes));
  }

  async function run() {
    var q = new URLSearchParams(location.search);
    var saved = null;
    try { saved = JSON.parse(sessionStorage.getItem(PKCE)); } catch (e) { saved = null; }
    sessionStorage.removeItem(PKCE);
    if (q.get('error')) return fail('a.cb.denied');
    if (!saved || !q.get('code') || q.get('state') !== saved.state) return fail('a.cb.state');
    var r;
    try {
      r = await fetch(saved.domain + '/oauth2/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'authorization_code', client_id: saved.clientId, code: q.get('code'),
          redirect_uri: location.origin + '/admin/callback.html', code_verifier: saved.verifier })
      });
    } catch (e) { return fail('err.network'); }
    var body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok || !body || typeof body.id_token !== 'string') return fail('a.cb.failed');
    var c;
    try { c = claims(body.id_token); } catch (e) { return fail('a.cb.failed'); }
    var groups = c['cognito:groups'] || [];
    // The evaluators' page (/evaluate/) signs in through this same registered callback, to its own session.
    if (saved.role === 'evaluator') {
      if (groups.indexOf('evaluators') < 0) return fail('a.cb.notEvaluator');
      sessionStorage.setItem('praise.evaluate.session', JSON.stringify({ token: body.id_token, expiresAt: new Date(c.exp * 1000).toISOString(),
        email: String(c.email || '').toLowerCase(), auth: 'cognito', domain: saved.domain, clientId: saved.clientId }));
      location.replace('/evaluate/');
      return;
    }
    if (groups.indexOf('organisers') < 0) return fail('a.cb.notOrganiser');
    Admin.save({ token: body.id_token, expiresAt: new Date(c.exp * 1000).toISOString(), email: c.email || '',
      auth: 'cognito', domain: saved.domain, clientId: saved.clientId });
    location.replace(saved.next || '/admin/index.html');
  }
  run();
});
