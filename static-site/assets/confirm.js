/* Opens the e-mailed link: confirms the praise once and explains the outcome. */
I18N.ready(function () {
  'use strict';
  var t = I18N.t;
  var heading = document.getElementById('confirm-result');
  var detail = document.getElementById('confirm-detail');
  var linkBox = document.getElementById('confirm-link');
  var link = document.getElementById('confirm-href');
  var outcome = null;

  function render() {
    if (!outcome) return;
    var s = outcome.status, b = outcome.body || {};
    heading.dataset.status = s;
    heading.removeAttribute('data-i18n'); // from now on this script owns the text
    linkBox.hidden = false;
    if (s === 'confirmed' || s === 'already_confirmed') {
      heading.textContent = t('cf.' + s);
      detail.textContent = t('cf.' + s + '.p', { name: b.participantName || '' });
      link.textContent = t('cf.link');
      link.href = '/participant.html?id=' + encodeURIComponent(b.participantId || '');
    } else {
      heading.textContent = t(I18N.has('cf.' + s) ? 'cf.' + s : 'cf.failed');
      detail.textContent = App.message(s);
      linkBox.hidden = s !== 'token_expired' && s !== 'invalid_token';
      link.textContent = t('cf.again');
      link.href = '/praise.html';
    }
  }

  async function confirm() {
    // A blank token is a broken link: said as such, rather than sent and refused as 'invalid'.
    var token = (App.param('token') || '').trim();
    if (!token) {
      outcome = { status: 'invalid_token' };
    } else {
      var res = await App.api('/api/praise/confirm', { token: token });
      var ok = App.ok(res) && (res.body.status === 'confirmed' || res.body.status === 'already_confirmed');
      outcome = ok ? { status: res.body.status, body: res.body } : { status: App.errorCode(res) };
    }
    render();
    heading.focus();
  }

  I18N.onChange(render);
  confirm();
});
