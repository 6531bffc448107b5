/* The console's sign-in (the local run's development login, or Cognito's hosted UI in AWS) and, once
   signed in, the dashboard: the campaign and links to every page. */
I18N.ready(function () {
  'use strict';
  var t = I18N.t, el = App.el, $ = function (id) { return document.getElementById(id); };
  var PKCE = 'praise.console.pkce';
  var params = new URLSearchParams(location.search);

  function next() {
    var n = params.get('next');
    // The participant's view opened from the console (/my/?participant=) comes back there too.
    return n && /^\/(admin\/[a-z-]+\.html|my\/)(\?[^#]*)?$/.test(n) ? n : null;
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
    Admin.exportButtons();
    var dash = await Admin.api('/api/admin/dashboard');
    var fstatus = $('figures-status');
    fstatus.removeAttribute('data-i18n');
    fstatus.textContent = '';
    fstatus.hidden = true;
    if (!App.ok(dash)) { Admin.showError($('figures-error'), dash); return; }
    Admin.live(function () { renderFigures(dash.body, c); });
    var redraw;
    window.addEventListener('resize', function () { clearTimeout(redraw); redraw = setTimeout(function () { drawChart(dash.body.trend); }, 150); });
  }

  // --- the figures (GET /api/admin/dashboard: precomputed counts only) ---

  function renderFigures(d, c) {
    var p = d.praise, list = $('figure-list');
    list.textContent = '';
    [['a.dash.f.submitted', p.submitted], ['a.dash.f.confirmed', p.confirmed], ['a.dash.f.awaiting', p.awaitingConfirmation],
      ['a.dash.f.never', p.neverConfirmed], ['a.dash.f.review', p.awaitingReview, '/admin/moderation.html']].forEach(function (f) {
      var li = list.appendChild(el('li'));
      var value = el('span', 'figure-value', Admin.int(f[1]));
      var label = el('span', 'figure-label', t(f[0]));
      if (f[2]) {
        var a = li.appendChild(el('a'));
        a.href = f[2];
        a.id = 'moderation-waiting-link';
        a.appendChild(value);
        a.appendChild(label);
      } else {
        li.appendChild(value);
        li.appendChild(label);
      }
    });
    list.hidden = false;
    $('figures-note').hidden = false;
    renderTrend(d.trend || []);
    renderIndustries(d.topIndustries || [], c);
    renderRecalculation(d.recalculation);
    renderLetters(d.letters);
  }

  function renderTrend(days) {
    $('trend').hidden = false;
    var body = $('trend-table').tBodies[0], l = I18N.lang();
    body.textContent = '';
    days.forEach(function (d) {
      var tr = body.appendChild(el('tr'));
      var th = tr.appendChild(el('th', null, Dates.date(l, d.date)));
      th.scope = 'row';
      tr.appendChild(el('td', 'num', Admin.int(d.submitted)));
      tr.appendChild(el('td', 'num', Admin.int(d.confirmed)));
    });
    $('trend-details').hidden = !days.length;
    drawChart(days);
  }

  // The daily trend as inline SVG drawn here (no library): a bar per day of praise submitted, the confirmed part
  // of it darker; the table above is its text alternative. Drawn for the box's width, again when it changes.
  var SVG = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function drawChart(days) {
    var box = $('trend-chart'), l = I18N.lang();
    box.textContent = '';
    if (!days.length) { box.appendChild(el('p', 'hint', t('a.dash.trendEmpty'))); return; }
    var width = Math.max(280, Math.floor(box.clientWidth || 640)), height = 220;
    var left = 40, right = 8, top = 12, bottom = 28, plotW = width - left - right, plotH = height - top - bottom;
    var max = 1, peak = days[0], submitted = 0, confirmed = 0;
    days.forEach(function (d) {
      max = Math.max(max, d.submitted, d.confirmed);
      if (d.submitted > peak.submitted) peak = d;
      submitted += d.submitted;
      confirmed += d.confirmed;
    });
    var scale = niceMax(max), step = plotW / days.length, barW = Math.max(1, Math.min(28, step * 0.7));
    var summary = t('a.dash.trendSummary', { from: Dates.date(l, days[0].date), to: Dates.date(l, days[days.length - 1].date),
      submitted: Admin.int(submitted), confirmed: Admin.int(confirmed), peak: Admin.int(peak.submitted), date: Dates.date(l, peak.date) });
    var chart = svg('svg', { width: width, height: height, viewBox: '0 0 ' + width + ' ' + height, 'class': 'chart-svg',
      role: 'img', 'aria-label': summary, id: 'trend-svg' });
    chart.appendChild(svg('title', {}, summary));
    [0, 0.5, 1].forEach(function (f) {
      var y = top + plotH - f * plotH;
      chart.appendChild(svg('line', { x1: left, y1: y, x2: width - right, y2: y, 'class': f === 0 ? 'chart-axis' : 'chart-grid' }));
      chart.appendChild(svg('text', { x: left - 6, y: y, 'class': 'chart-label' }, Admin.int(scale * f)));
    });
    // Day labels where they fit: about one per 64 px, always the first day.
    var every = Math.max(1, Math.ceil(64 / step));
    days.forEach(function (d, i) {
      var x = left + i * step + (step - barW) / 2;
      var hs = d.submitted / scale * plotH, hc = d.confirmed / scale * plotH;
      if (hs > 0) chart.appendChild(svg('rect', { x: x, y: top + plotH - hs, width: barW, height: hs, 'class': 'bar-submitted', 'data-date': d.date }));
      if (hc > 0) chart.appendChild(svg('rect', { x: x, y: top + plotH - hc, width: barW, height: hc, 'class': 'bar-confirmed', 'data-date': d.date }));
      if (i % every === 0) {
        chart.appendChild(svg('text', { x: left + i * step + step / 2, y: height - bottom / 2 + 2, 'class': 'chart-day' },
          shortDay(l, d.date)));
      }
    });
    box.appendChild(chart);
  }

  // "5. mar." is not Dates' form: the axis names the day and the month's number ("5.3." / "5/3"), short enough for a phone.
  function shortDay(l, iso) {
    var p = Dates.isoDay(iso).split('-');
    var day = parseInt(p[2], 10), month = parseInt(p[1], 10);
    return l === 'en' ? day + '/' + month : day + '.' + month + '.';
  }

  // The axis' top: the day's most, rounded up to a round number (254 → 300, 1 240 → 1 500), even so that its half is too.
  function niceMax(n) {
    if (n <= 10) return Math.ceil(n / 2) * 2;
    var pow = Math.pow(10, Math.floor(Math.log10(n))), m = n / pow;
    var top = [1, 1.2, 1.6, 2, 3, 4, 5, 6, 8, 10].filter(function (x) { return x >= m; })[0] * pow;
    return Math.round(top);
  }

  function renderIndustries(top, c) {
    var list = $('industry-list');
    list.textContent = '';
    top.forEach(function (e) {
      var li = list.appendChild(el('li'));
      li.appendChild(el('span', 'industry-name', e.industry ? App.localName(c.industries, e.industry) : t('a.dash.noIndustry')));
      li.appendChild(el('span', 'industry-count', Admin.int(e.praise)));
    });
    list.hidden = !top.length;
    $('industries-none').hidden = !!top.length;
    $('industries').hidden = false;
  }

  function renderRecalculation(r) {
    $('recalc').hidden = false;
    $('recalc-none').hidden = !!r;
    $('recalc-facts').hidden = !r;
    if (!r) return;
    $('r-at').textContent = Admin.dateTime(r.generatedAt);
    $('r-not-evaluated').textContent = t('a.dash.ofTotal', { n: Admin.int(r.notEvaluated), total: Admin.int(r.participants) });
    $('r-eligible').textContent = t('a.dash.ofTotal', { n: Admin.int(r.eligible), total: Admin.int(r.participants) });
  }

  function renderLetters(letters) {
    $('letters').hidden = false;
    $('letters-text').textContent = !letters || !letters.total ? t('a.dash.lettersNone') : t('a.dash.lettersState', {
      sent: Admin.int(letters.sent), total: Admin.int(letters.total), failed: Admin.int(letters.failed),
      pending: Admin.int(letters.pending), noContact: Admin.int(letters.noContact) });
  }

  var s = Admin.session();
  if (s) showDashboard(s); else showSignIn();
});
