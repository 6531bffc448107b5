/* Certificate verification: by the code typed in, or by ?code= (what the certificate's QR code opens). */
I18N.ready(function () {
  'use strict';
  var t = I18N.t;
  var ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford's base 32, as CertificateCode
  var form = document.getElementById('verify-form');
  var input = document.getElementById('code');
  var submit = document.getElementById('verify-submit');
  var fieldError = document.getElementById('err-code');
  var status = document.getElementById('verify-status');
  var validBox = document.getElementById('cert-valid');
  var invalidBox = document.getElementById('cert-invalid');
  var copyStatus = document.getElementById('copy-status');
  var campaign = null, outcome = null, seq = 0;

  function byId(id) { return document.getElementById(id); }

  /* The code as people read it (XXXX-XXXX-XXXX-XXXX), or null when the text cannot be a code: case,
     spaces and hyphens don't matter, and O, I, L are read as 0, 1, 1 – as the API reads it. */
  function normalise(typed) {
    var bare = '';
    var s = String(typed || '').toUpperCase();
    if (s.length > 64) return null;
    for (var i = 0; i < s.length; i++) {
      var c = s[i];
      if (c === '-' || c === ' ' || c === '\t') continue;
      c = c === 'O' ? '0' : c === 'I' || c === 'L' ? '1' : c;
      if (ALPHABET.indexOf(c) < 0) return null;
      bare += c;
    }
    return bare.length === 16 ? bare.match(/.{4}/g).join('-') : null;
  }

  function syncUrl(code) {
    var u = new URL(location.href);
    if (code) u.searchParams.set('code', code); else u.searchParams.delete('code');
    history.replaceState(history.state, '', u);
  }

  function render() {
    var o = outcome || {};
    var fieldProblem = o.status === 'empty' || o.status === 'malformed';
    fieldError.hidden = !fieldProblem;
    fieldError.textContent = fieldProblem ? t(o.status === 'empty' ? 'v.empty' : 'v.malformed') : '';
    if (fieldProblem) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
    status.hidden = o.status !== 'error';
    status.textContent = o.status === 'error' ? App.message(o.error) : '';
    submit.textContent = t(o.status === 'checking' ? 'v.checking' : 'v.submit');
    invalidBox.hidden = o.status !== 'invalid';
    if (o.status === 'invalid') byId('cert-invalid-text').textContent = t('v.invalid.p', { code: o.code });
    validBox.hidden = o.status !== 'valid';
    if (o.status === 'valid') renderValid(o.body);
  }

  function renderValid(c) {
    byId('cert-name').textContent = c.participantName || '';
    byId('cert-mark').textContent = c.qualityMarkTitle || '';
    byId('cert-year').textContent = String(c.campaignYear || '');
    byId('cert-rank').textContent = t('v.rank.value', { rank: c.rank, topN: c.topN });
    byId('cert-category').textContent = App.localName(campaign && campaign.categories, c.category);
    // issuedOn is a calendar date (yyyy-mm-dd): shown as that day, whatever the visitor's time zone.
    byId('cert-issued').textContent = Dates.date(I18N.lang(), c.issuedOn, campaign && campaign.timeZone);
    byId('cert-code').textContent = c.code || '';
    var pdf = byId('cert-pdf');
    pdf.href = c.pdfUrl || '#';
    pdf.hidden = !c.pdfUrl;
    byId('cert-participant').href = '/participant.html?id=' + encodeURIComponent(c.participantId || '');
    var img = byId('badge-img');
    if (c.badgeUrl && img.getAttribute('src') !== c.badgeUrl) img.src = c.badgeUrl;
    img.alt = t('v.badge.alt', { mark: c.qualityMarkTitle || '', name: c.participantName || '' });
    byId('badge-html').value = c.badgeHtml || '';
    byId('badge-heading').parentNode.hidden = !c.badgeHtml && !c.badgeUrl;
  }

  function focusResult() {
    var o = outcome || {};
    if (o.status === 'valid') byId('cert-valid-heading').focus();
    else if (o.status === 'invalid') byId('cert-invalid-heading').focus();
    else if (o.status === 'empty' || o.status === 'malformed') input.focus();
    else if (o.status === 'error') status.focus();
  }

  async function check(typed) {
    var mine = ++seq;
    var code = normalise(typed);
    copyStatus.textContent = '';
    if (!String(typed || '').trim()) {
      outcome = { status: 'empty' };
      syncUrl(null);
    } else if (!code) {
      outcome = { status: 'malformed' };
      syncUrl(String(typed).trim());
    } else {
      input.value = code;
      syncUrl(code);
      outcome = { status: 'checking' };
      render();
      var res = await App.api('/api/certificates/' + encodeURIComponent(code));
      if (mine !== seq) return; // a newer check has started
      if (App.ok(res) && res.body.valid === true) outcome = { status: 'valid', body: res.body };
      else if (res.status === 404 || (App.ok(res) && res.body.valid === false)) outcome = { status: 'invalid', code: code };
      else if (res.status === 400 && App.errorCode(res) === 'invalid') outcome = { status: 'malformed' };
      else outcome = { status: 'error', error: App.errorCode(res) };
    }
    render();
    focusResult();
  }

  async function copyBadge() {
    var area = byId('badge-html');
    var done = false;
    try {
      await navigator.clipboard.writeText(area.value);
      done = true;
    } catch (e) {
      area.select();
      try { done = document.execCommand('copy'); } catch (e2) { done = false; }
    }
    copyStatus.textContent = t(done ? 'v.copied' : 'v.copy.failed');
  }

  form.addEventListener('submit', function (ev) { ev.preventDefault(); check(input.value); });
  byId('badge-copy').addEventListener('click', copyBadge);
  status.tabIndex = -1;
  I18N.onChange(function () { render(); if (copyStatus.textContent) copyStatus.textContent = ''; });
  render();
  App.campaign().then(function (res) { if (App.ok(res)) { campaign = res.body; render(); } });
  var fromLink = App.param('code');
  if (fromLink !== null) { input.value = fromLink; check(fromLink); }
});
