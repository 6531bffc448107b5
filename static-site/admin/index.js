/* The console's sign-in (the local run's development login, or Cognito's hosted UI in AWS) and, once
   signed in, the dashboard: the campaign and links to every page. */
I18N.ready(function () {
  'use strict';
  var t = I18N.t, $ = function (id) { return document.getElementById(id); };
  var PKCE = 'praise.console.pkce';
  var params = new URLSearchParams(location.search);

  function next() {
    var n = params.get('next');
    return n && /^\/admin\/[a-z-]+\.html(\?[^#]*)?$/.test(n) ? n : null;
  }

  // --- sign-in ---

  function randomString(bytes) {
    var a = new Uint8Array(bytes);
    crypto.getRandomValues(a);
    return base64url(a);
  }
  function base64url(bytes) {
    var s = '';
    new Uint8Array(bytes).forEach(function (b) { s += String.fromCharCode(b); });
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  async function hostedSignIn(cfg) {
    var verifier = randomString(48), state = randomString(24);
    sessionStorage.setItem(PKCE, JSON.stringify({ verifier: verifier, state: state, next: next(), domain: cfg.domain, clientId: cfg.clientId }));
    var challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    location.assign(cfg.domain + '/oauth2/authorize?' + new URLSearchParams({
      response_type: 'code', client_id: cfg.clientId, redirect_uri: location.origin + '/admin/callback.html',
      scope: 'openid email', state: state, code_challenge: challenge, code_challenge_method: 'S256'
    }));
  }

  async function localRun() {
    try { return (await fetch('/_local/run', { headers: { Accept: 'application/json' } })).status === 200; } catch (e) { return false; }
  }

  async function showSignIn() {
    $('signin').hidden = false;
    var reason = params.get('reason');
    if (reason && I18N.has('a.reason.' + reason)) {
      Admin.live(function () { $('signin-reason').textContent = t('a.reason.' + reason); });
      $('signin-reason').hidden = false;
    }
    var status = $('signin-status');
    var res = await App.api('/api/console/config');
    status.removeAttribute('data-i18n');
    status.textContent = '';
    if (App.ok(res) && res.body.auth === 'cognito') {
      $('signin-cognito').hidden = false;
      $('signin-hosted').addEventListener('click', function () { hostedSignIn(res.body); });
      return;
    }
    if ((App.ok(res) && res.body.auth === 'local') || res.status === 404) {
      if (await localRun()) { showDevLogin(); return; }
    }
    Admin.showError($('signin-error'), App.ok(res) ? { status: 503, body: null } : res);
  }

  function showDevLogin() {
    $('signin-local').hidden = false;
    var form = $('dev-login');
    var errors = App.formErrors(form, $('signin-errors'), 'a.signin.errors');
    var email = $('email');
    email.focus();
    form.addEventListener('submit', async function (ev) {
      ev.preventDefault();
      var value = email.value.trim();
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) { errors.show([{ field: 'email', code: 'invalid' }]); return; }
      errors.clear();
      var button = $('signin-submit');
      button.disabled = true;
      var res = await App.api('/_local/token', { email: value, organiser: true });
      button.disabled = false;
      if (!App.ok(res) || typeof res.body.token !== 'string') {
        errors.show([{ field: App.errorField(res) === 'email' ? 'email' : null, code: App.errorCode(res) }]);
        return;
      }
      Admin.save({ token: res.body.token, expiresAt: res.body.expiresAt, email: value, auth: 'local' });
      location.replace(next() || '/admin/index.html');
    });
  }

  // --- dashboard ---

  // The praise window; a window within one year names the year once: first in Latvian ("2026. gada 28. novembris –
  // 26. decembris"), last in English and Estonian ("28 November – 26 December 2026"). A line breaks at the dash,
  // never inside a date ("26. / decembris" on a phone).
  function windowText(c) {
    var l = I18N.lang(), tz = c.timeZone, opens = c.praiseOpensAt, closes = c.praiseClosesAt;
    var oneYear = Dates.isoDay(opens, tz).slice(0, 4) === Dates.isoDay(closes, tz).slice(0, 4);
    function whole(text) { return text.replace(/ /g, '\u00a0'); }
    return t('a.dash.windowText', {
      from: whole((oneYear && l !== 'lv' ? Dates.dayMonth : Dates.date)(l, opens, tz)),
      to: whole((oneYear && l === 'lv' ? Dates.dayMonth : Dates.date)(l, closes, tz))
    });
  }

  async function showDashboard(s) {
    Admin.renderSession(s);
    Admin.renderNav('index');
    $('dashboard').hidden = false;
    var res = await App.campaign();
    var status = $('campaign-status');
    status.removeAttribute('data-i18n');
    if (!App.ok(res)) { status.textContent = ''; Admin.showError($('campaign-error'), res); return; }
    var c = res.body;
    Admin.live(function () {
      $('c-year').textContent = String(c.year);
      $('c-state').textContent = t('a.state.' + c.state);
      $('c-window').textContent = windowText(c);
      $('c-awards').textContent = Admin.dateTime(c.awardsAt, c.timeZone);
    });
    $('campaign-facts').hidden = false;
    status.hidden = true;
    var mod = await Admin.api('/api/admin/moderation?status=pending&limit=1');
    if (App.ok(mod) && mod.body.counts) {
      Admin.live(function () { $('moderation-waiting-link').textContent = t('a.mod.waiting', { n: Admin.int(mod.body.counts.pending || 0) }); });
      $('moderation-waiting').hidden = false;
    }
  }

  var s = Admin.session();
  if (s) showDashboard(s); else showSignIn();
});
