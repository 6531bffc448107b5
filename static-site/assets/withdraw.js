/* The personal link of the confirmation e-mail: withdraws the praise, but only on a click – a mail scanner that
   opens links must not withdraw anything. */
I18N.ready(function () {
  'use strict';
  var t = I18N.t;
  var heading = document.getElementById('withdraw-result');
  var detail = document.getElementById('withdraw-detail');
  var button = document.getElementById('withdraw-button');
  var outcome = null;

  function render() {
    if (!outcome) return;
    var s = outcome.status;
    heading.dataset.status = s;
    heading.removeAttribute('data-i18n');
    detail.removeAttribute('data-i18n');
    button.hidden = true;
    if (s === 'withdrawn' || s === 'already_withdrawn') {
      heading.textContent = t('wd.' + s);
      detail.textContent = t('wd.done.p', { name: outcome.name || '' });
    } else {
      heading.textContent = t('wd.failed');
      detail.textContent = I18N.has('wd.err.' + s) ? t('wd.err.' + s) : App.message(s);
    }
  }

  button.addEventListener('click', async function () {
    var token = (App.param('token') || '').trim();
    button.disabled = true;
    if (!token) {
      outcome = { status: 'invalid_token' };
    } else {
      var res = await App.api('/api/praise/withdraw', { token: token });
      outcome = App.ok(res) ? { status: res.body.status, name: res.body.participantName } : { status: App.errorCode(res) };
    }
    render();
    heading.focus();
  });
  I18N.onChange(render);
});
