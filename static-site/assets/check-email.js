/* After a praise is sent: names the participant and the address (masked), and sends the e-mail again on request.
   praise.js leaves what is needed in this tab's sessionStorage, never in the address bar. Sending again is
   the same POST /api/praise: the same answer whatever the address did before (no oracle), and the same
   limits per address and e-mail; its new link works as well as the first. */
I18N.ready(function () {
  'use strict';
  var t = I18N.t, $ = function (id) { return document.getElementById(id); };
  var sent = null, said = null, busy = false, tries = 0;
  var MAX_TRIES = 3; // more is what the server's limits are for; the page stops offering it sooner
  try { sent = JSON.parse(sessionStorage.getItem('praised')); } catch (e) { /* storage blocked or empty */ }
  if (!sent || typeof sent.name !== 'string' || typeof sent.email !== 'string') return; // the general text stays

  function render() {
    $('ce-sent').removeAttribute('data-i18n');
    $('ce-sent').textContent = t('ce.sent', { name: sent.name, email: sent.email });
    $('resend').disabled = busy;
    $('resend-status').textContent = said ? t(said.key, said.vars) : '';
    $('resend').hidden = tries >= MAX_TRIES;
  }

  $('resend').addEventListener('click', async function () {
    if (busy || !sent.body) return;
    busy = true; said = null; render();
    var res = await App.api('/api/praise', sent.body);
    busy = false;
    if (res.status === 202) {
      tries++;
      said = { key: 'ce.resent', vars: { email: sent.email } };
    } else if (res.status === 429 && App.errorCode(res) === 'limit_reached') {
      said = { key: 'ce.limit', vars: { n: Math.max(1, Math.ceil((parseInt(res.retryAfter, 10) || 60) / 60)) } };
    } else {
      said = { key: 'ce.resend.failed', vars: { reason: App.message(App.errorCode(res)) } };
    }
    render();
  });

  $('ce-resend').hidden = !sent.body;
  I18N.onChange(render);
  render();
});
