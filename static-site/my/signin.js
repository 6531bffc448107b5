/* The participant's sign-in on /my/, loaded only when not signed in (my.js): the address to POST /api/my/signin,
   then Cognito's USER_AUTH + EMAIL_OTP at the endpoint of /api/console/config (locally /_local/cognito). */
(function () {
  'use strict';
  var M = My, t = M.t, $ = M.$, mail = '', cog = null, sess = null;
  // The forms, drawn here so that a signed-in visit doesn't fetch them (the strings come with this part).
  var FORMS = [
    '<h1 id="signin-h" data-i18n="my.in.title"></h1>',
    '<p data-i18n="my.in.intro"></p>',
    '<form id="f-email" novalidate>',
    '<div class="field">',
    '<label for="email" data-i18n="my.in.email"></label>',
    '<input id="email" type="email" autocomplete="email" required aria-describedby="err-email">',
    '<p id="err-email" class="field-error" hidden></p>',
    '</div>',
    '<button type="submit" class="primary" data-i18n="my.in.send"></button>',
    '</form>',
    '<form id="f-code" novalidate hidden>',
    '<p id="sent" class="notice"></p>',
    '<div class="field">',
    '<label for="code" data-i18n="my.in.code"></label>',
    '<input id="code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="8" required aria-describedby="err-code">',
    '<p id="err-code" class="field-error" hidden></p>',
    '</div>',
    '<div class="actions"><button type="submit" class="primary" data-i18n="my.in.go"></button>',
    '<button type="button" id="again" class="secondary" data-i18n="my.in.again"></button></div>',
    '</form>'
  ].join('\n');
  var box = $('signin');
  box.append.apply(box, Array.from(new DOMParser().parseFromString(FORMS, 'text/html').body.childNodes));
  I18N.apply(box);

  M.signin = function (reason) {
    M.show('signin');
    $('f-email').hidden = false;
    $('f-code').hidden = true;
    M.say(reason ? t(reason) : '');
  };
  function fieldError(id, key) {
    var p = $('err-' + id);
    p.textContent = key ? t(key) : '';
    p.hidden = !key;
    $(id).setAttribute('aria-invalid', String(!!key));
    if (key) $(id).focus();
  }
  function cognito(target, body) {
    return M.call(cog.endpoint, { anon: true, body: body, headers: { 'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': 'AWSCognitoIdentityProviderService.' + target } });
  }
  // Cognito's JSON 1.1 errors, by their __type.
  function cognitoError(res, field) {
    var ty = String(res.body && res.body.__type || '');
    if (/TooMany|LimitExceeded/.test(ty) || res.status === 429) return fieldError(field, 'my.in.tooMany');
    if (/CodeMismatch/.test(ty)) return fieldError(field, 'my.in.wrong');
    if (/Expired|NotAuthorized/.test(ty)) { M.signin(); return fieldError('email', 'my.in.expiredCode'); }
    M.alarm(M.failure(res.status === 404 ? { status: 503 } : res));
  }
  function busy(form, on) { form.querySelectorAll('button').forEach(function (b) { b.disabled = on; }); M.say(on ? t('my.in.sending') : ''); }

  $('f-email').addEventListener('submit', async function (ev) {
    ev.preventDefault();
    M.alarm('');
    var v = $('email').value.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) return fieldError('email', v ? 'my.in.badEmail' : 'my.in.noEmail');
    fieldError('email', null);
    busy(this, true);
    // The page's language is the code e-mail's (the account's locale, which the pool's message trigger reads).
    var r = await M.call('/api/my/signin', { anon: true, body: { email: v, lang: I18N.lang() } });
    if (r.status === 202 || r.status === 200) {
      if (!cog) {
        var c = await M.call('/api/console/config', { anon: true }), p = c.body && c.body.participants;
        cog = p && p.endpoint && p.clientId ? p : null;
      }
      r = cog ? await cognito('InitiateAuth', { AuthFlow: 'USER_AUTH', ClientId: cog.clientId,
        AuthParameters: { USERNAME: v, PREFERRED_CHALLENGE: 'EMAIL_OTP' } }) : { status: 503 };
    }
    busy(this, false);
    if (r.body && r.body.Session) {
      sess = r.body.Session;
      mail = v;
      this.hidden = true;
      $('f-code').hidden = false;
      $('sent').textContent = t('my.in.sent', { email: v });
      $('code').value = '';
      fieldError('code', null);
      $('code').focus();
    } else if (r.status === 429) fieldError('email', 'my.in.tooMany');
    else if (r.status === 400) fieldError('email', 'my.in.badEmail');
    else cognitoError(r, 'email');
  });

  $('f-code').addEventListener('submit', async function (ev) {
    ev.preventDefault();
    M.alarm('');
    var v = $('code').value.replace(/\s/g, '');
    if (!/^\d{6,8}$/.test(v)) return fieldError('code', 'my.in.badCode');
    busy(this, true);
    var r = await cognito('RespondToAuthChallenge', { ChallengeName: 'EMAIL_OTP', ClientId: cog.clientId, Session: sess,
      ChallengeResponses: { USERNAME: mail, EMAIL_OTP_CODE: v } });
    busy(this, false);
    var tk = r.body && r.body.AuthenticationResult && r.body.AuthenticationResult.IdToken;
    if (tk) { M.store(M.KEY, tk); M.start(); return; }
    // A wrong code may be answered with the challenge again, and a new session.
    if (r.body && r.body.Session) { sess = r.body.Session; return fieldError('code', 'my.in.wrong'); }
    cognitoError(r, 'code');
  });
  $('again').addEventListener('click', function () { M.signin(); $('email').focus(); });
}());
