/* Opens the e-mailed link: confirms the praise (or, with kind=nomination, the nomination) once and
   explains the outcome. */
I18N.ready(function () {
  'use strict';
  var t = I18N.t;
  var heading = document.getElementById('confirm-result');
  var detail = document.getElementById('confirm-detail');
  var linkBox = document.getElementById('confirm-link');
  var link = document.getElementById('confirm-href');
  var reviewed = document.getElementById('confirm-reviewed');
  var nomination = App.param('kind') === 'nomination';
  // A nomination's own wording where it differs: cf.n.* and err.n.*, else the praise's.
  var k = function (key) { return nomination && I18N.has(key.replace(/^(cf|err)\./, '$1.n.')) ? key.replace(/^(cf|err)\./, '$1.n.') : key; };
  var outcome = null;

  function title() {
    var el = document.querySelector('title');
    if (nomination && el) {
      el.dataset.title = 'cf.n.title';
      el.textContent = t('cf.n.title') + ' – ' + t('site.name');
    }
  }

  function render() {
    title();
    if (!outcome) return;
    var s = outcome.status, b = outcome.body || {};
    heading.dataset.status = s;
    heading.removeAttribute('data-i18n'); // from now on this script owns the text
    linkBox.hidden = false;
    reviewed.hidden = true;
    if (s === 'confirmed' || s === 'already_confirmed') {
      heading.textContent = t(k('cf.' + s));
      detail.textContent = t(k('cf.' + s + '.p'), { name: (nomination ? b.name : b.participantName) || '' });
      link.textContent = t(k('cf.link'));
      link.href = nomination ? '/praise.html' : '/participant.html?id=' + encodeURIComponent(b.participantId || '');
      // A praise's text is read by the organisers before it is shown: said here, so its absence is no surprise.
      reviewed.textContent = t('cf.reviewed');
      reviewed.hidden = nomination;
    } else {
      heading.textContent = t(I18N.has(k('cf.' + s)) ? k('cf.' + s) : k('cf.failed'));
      detail.textContent = I18N.has(k('err.' + s)) && k('err.' + s) !== 'err.' + s ? t(k('err.' + s)) : App.message(s);
      linkBox.hidden = s !== 'token_expired' && s !== 'invalid_token';
      link.textContent = t(k('cf.again'));
      link.href = nomination ? '/nominate.html' : '/praise.html';
    }
  }

  async function confirm() {
    // A blank token is a broken link: said as such, rather than sent and refused as 'invalid'.
    var token = (App.param('token') || '').trim();
    if (!token) {
      outcome = { status: 'invalid_token' };
    } else {
      var res = await App.api(nomination ? '/api/nominations/confirm' : '/api/praise/confirm', { token: token });
      var ok = App.ok(res) && (res.body.status === 'confirmed' || res.body.status === 'already_confirmed');
      outcome = ok ? { status: res.body.status, body: res.body } : { status: App.errorCode(res) };
    }
    render();
    heading.focus();
  }

  I18N.onChange(render);
  title();
  confirm();
});
