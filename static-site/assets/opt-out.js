/* The weekly digest's opt-out link (issue 18): the contact stops getting digests, but only on a press of the
   button – a mail scanner that opens links must not opt anyone out. States: asking, sending, done, bad link, error. */
I18N.ready(function () {
  'use strict';
  var t = I18N.t;
  var heading = document.getElementById('opt-out-result');
  var detail = document.getElementById('opt-out-detail');
  var button = document.getElementById('opt-out-button');
  var token = (App.param('token') || '').trim();
  // Without a token the link is broken before anything is sent.
  var outcome = token ? null : 'invalid_token';

  function show(status, head, text) {
    heading.dataset.status = status;
    heading.removeAttribute('data-i18n');
    detail.removeAttribute('data-i18n');
    heading.textContent = head;
    detail.textContent = text;
  }

  function render() {
    if (outcome === null) return;
    if (outcome === 'sending') {
      show('sending', t('oo.ask'), t('oo.sending'));
      button.disabled = true;
      return;
    }
    if (outcome === 'done') {
      button.hidden = true;
      show('done', t('oo.done'), t('oo.done.p'));
    } else if (outcome === 'invalid_token') {
      button.hidden = true;
      show('invalid_token', t('oo.bad'), t('oo.bad.p'));
    } else {
      // A network or server failure: nothing is known to have changed, so the button stays to try again.
      button.hidden = false;
      button.disabled = false;
      show('error', t('oo.failed'), outcome === 'network' ? App.message('network') : t('oo.failed.p'));
    }
  }

  button.addEventListener('click', async function () {
    outcome = 'sending';
    render();
    var res = await App.api('/api/my/digest/opt-out', { token: token });
    outcome = App.ok(res) && res.body.optedOut === true ? 'done' : App.errorCode(res);
    render();
    heading.focus();
  });
  I18N.onChange(render);
  render();
});
