/* The evaluators' page (docs/evaluations.md): sign-in, the caller's own visit plan, and recording a visit.
   A visit's draft lives in localStorage under the evaluator and visit, with one submissionId made when the draft
   is made: a submit that loses the connection stays queued and is sent again, with the same id, when the
   connection is back or the page opens again; the server answers a repeated id with the stored result. */
I18N.ready(function () {
  'use strict';
  var t = I18N.t, el = App.el, $ = function (id) { return document.getElementById(id); };
  var KEY = 'praise.evaluate.session', PKCE = 'praise.console.pkce';
  var SCALES = { yes_no: ['yes', 'no'], zero_two: [0, 1, 2], one_five: [1, 2, 3, 4, 5] };
  var me = null, year = null, plan = { visits: [], questionnaires: [] }, open = null, draft = null, sending = {};

  // --- session and API ---
  function session() {
    var s = null;
    try { s = JSON.parse(sessionStorage.getItem(KEY)); } catch (e) { s = null; }
    if (!s || typeof s.token !== 'string' || (s.expiresAt && Date.parse(s.expiresAt) <= Date.now())) return null;
    return s;
  }
  async function api(path, method, body) {
    var init = { method: method || 'GET', headers: { Accept: 'application/json', Authorization: 'Bearer ' + me.token } };
    if (body) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
    var r, b = null;
    try { r = await fetch(path, init); } catch (e) { return { status: 0, body: null }; }
    try { b = await r.json(); } catch (e) { /* not JSON */ }
    return { status: r.status, body: b };
  }
  function fieldName(f) {
    var m = /^answers\[(\d+)\]/.exec(f || '');
    if (m && draft && draft.order && draft.order[+m[1]]) return crit(draft.order[+m[1]]);
    return I18N.has('ev.f.' + f) ? t('ev.f.' + f) : f;
  }
  function crit(id) {
    var c = criteriaOf(open).find(function (x) { return x.id === id; });
    return c ? words(c) : id;
  }
  // The server's error in the page language, naming the field; never its English message alone.
  function errorText(res) {
    var code = App.errorCode(res), f = App.errorField(res);
    var text = I18N.has('ev.err.' + code) ? t('ev.err.' + code) : App.message(code, f);
    return f && f !== 'body' ? t('ev.err.field', { field: fieldName(f) }) + ' ' + text : text;
  }
  function showError(res) {
    var box = $('error');
    box.hidden = !res;
    box.textContent = res ? errorText(res) : '';
  }

  // --- sign-in ---
  function b64(bytes) {
    var s = '';
    new Uint8Array(bytes).forEach(function (x) { s += String.fromCharCode(x); });
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function random(n) { var a = new Uint8Array(n); crypto.getRandomValues(a); return a; }
  // The console's hosted UI and callback (its registered address); the callback brings an evaluator back here.
  async function hosted(cfg) {
    var verifier = b64(random(48)), state = b64(random(24));
    sessionStorage.setItem(PKCE, JSON.stringify({ verifier: verifier, state: state, next: '/evaluate/', role: 'evaluator', domain: cfg.domain, clientId: cfg.clientId }));
    var challenge = b64(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    location.assign(cfg.domain + '/oauth2/authorize?' + new URLSearchParams({ response_type: 'code', client_id: cfg.clientId,
      redirect_uri: location.origin + '/admin/callback.html', scope: 'openid email', state: state, code_challenge: challenge, code_challenge_method: 'S256' }));
  }

  async function showSignIn(reason) {
    $('signin').hidden = false;
    $('session').hidden = true;
    if (reason) { $('signin-reason').dataset.i18n = 'ev.reason.' + reason; I18N.apply($('signin')); $('signin-reason').hidden = false; }
    var res = await App.api('/api/console/config'), status = $('signin-status');
    status.hidden = true;
    if (App.ok(res) && res.body.auth === 'cognito') {
      $('signin-cognito').hidden = false;
      $('signin-hosted').onclick = function () { hosted(res.body); };
      return;
    }
    var local = false;
    if ((App.ok(res) && res.body.auth === 'local') || res.status === 404) {
      try { local = (await fetch('/_local/run')).status === 200; } catch (e) { local = false; }
    }
    if (!local) { showError(App.ok(res) ? { status: 503, body: null } : res); return; }
    var form = $('signin-local'), email = $('email'), err = $('err-email');
    form.hidden = false;
    form.onsubmit = async function (ev) {
      ev.preventDefault();
      var value = email.value.trim().toLowerCase();
      var bad = !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? { status: 400, body: { error: { code: 'invalid' } } } : null;
      if (!bad) {
        var r = await App.api('/_local/token', { email: value, evaluator: true });
        if (App.ok(r) && typeof r.body.token === 'string') {
          sessionStorage.setItem(KEY, JSON.stringify({ token: r.body.token, expiresAt: r.body.expiresAt, email: value, auth: 'local' }));
          location.replace('/evaluate/');
          return;
        }
        bad = r;
      }
      err.textContent = App.errorCode(bad) === 'invalid' ? t('ev.err.email') : errorText(bad);
      err.hidden = false;
      email.setAttribute('aria-invalid', 'true');
      email.focus();
    };
  }

  function signOut() {
    var s = me;
    sessionStorage.removeItem(KEY);
    if (s && s.auth === 'cognito' && s.domain) {
      location.assign(s.domain + '/logout?' + new URLSearchParams({ client_id: s.clientId, logout_uri: location.origin + '/evaluate/index.html' }));
    } else location.replace('/evaluate/?reason=signedout');
  }

  // --- the plan ---
  function words(c) { var w = c.wording || {}; return w[I18N.lang()] || w.lv || c.id; }
  function channel(ch) { return t('ev.ch.' + ch); }
  function version(v) {
    var n = v.questionnaireVersion || (v.submission && v.submission.version);
    var qs = plan.questionnaires || [];
    if (!Array.isArray(qs)) qs = Object.keys(qs).map(function (k) { return Object.assign({ version: +k }, qs[k]); });
    return qs.find(function (q) { return q.version === n; }) || qs.reduce(function (a, q) { return !a || q.version > a.version ? q : a; }, null);
  }
  function criteriaOf(v) {
    var q = v && version(v);
    return q ? q.criteria.filter(function (c) { return (c.channels || []).indexOf(v.channel) >= 0; }) : [];
  }
  function name(v) { return v.participantName || (v.participant && v.participant.name) || v.participantId; }
  function returnComment(v) { return v.returnComment || (v.review && v.review.comment) || ''; }
  function dueText(v) { return t('ev.due', { from: Dates.date(I18N.lang(), v.dueFrom), to: Dates.date(I18N.lang(), v.dueTo) }); }
  function scoreOf(v) { var s = v.score != null ? v.score : v.submission && v.submission.score; return s == null ? null : num(s); }
  function num(n) { return new Intl.NumberFormat(I18N.lang(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n); }

  async function loadPlan() {
    var c = await App.campaign();
    if (!App.ok(c)) { showError(c); return; }
    year = c.body.year;
    var res = await api('/api/evaluate/plan?year=' + encodeURIComponent(year));
    if (res.status === 401) { sessionStorage.removeItem(KEY); me = null; showSignIn('expired'); return; }
    if (!App.ok(res)) { $('plan').hidden = false; showError(res); return; }
    showError(null);
    plan = res.body;
    plan.visits = plan.visits || [];
    renderPlan();
    $('plan').hidden = false;
    plan.visits.forEach(function (v) { var d = loadDraft(v.id); if (d && d.queued) send(v, d); });
    var id = new URLSearchParams(location.search).get('visit');
    var v = id && plan.visits.find(function (x) { return x.id === id; });
    if (v && editable(v)) openVisit(v);
  }
  function editable(v) { return v.status === 'planned' || v.status === 'returned'; }

  function renderPlan() {
    var ul = $('visits');
    ul.textContent = '';
    plan.visits.slice().sort(function (a, b) { return (a.dueTo || '').localeCompare(b.dueTo || ''); }).forEach(function (v) {
      var li = ul.appendChild(el('li', 'visit-card st-' + v.status));
      li.dataset.visitId = v.id;
      li.appendChild(el('h2', null, name(v)));
      var p = li.appendChild(el('p', 'meta'));
      p.textContent = [v.branch, channel(v.channel), dueText(v)].filter(Boolean).join(' · ');
      var st = li.appendChild(el('p', 'status'));
      st.appendChild(el('span', 'badge', t('ev.st.' + v.status)));
      var s = scoreOf(v);
      if (s && v.status !== 'planned') st.appendChild(document.createTextNode(' ' + t('ev.scoreIs', { score: s })));
      var d = loadDraft(v.id);
      if (d && editable(v)) li.appendChild(el('p', 'hint', t(d.queued ? 'ev.card.queued' : 'ev.card.draft')));
      var rc = returnComment(v);
      if (v.status === 'returned' && rc) {
        var q = li.appendChild(el('p', 'notice'));
        q.appendChild(el('strong', null, t('ev.returnedWhy') + ' '));
        q.appendChild(document.createTextNode(rc));
      }
      if (editable(v)) {
        var b = li.appendChild(el('button', 'primary', t(v.status === 'returned' ? 'ev.correct' : 'ev.record')));
        b.type = 'button';
        b.setAttribute('aria-label', b.textContent + ': ' + name(v));
        b.onclick = function () { openVisit(v); };
      }
    });
    $('plan-status').textContent = plan.visits.length ? t('ev.plan.count', { n: plan.visits.length }) : t('ev.plan.none');
  }

  // --- the draft ---
  function draftKey(id) { return 'praise.evaluate.draft.' + me.email + '.' + id; }
  function loadDraft(id) { try { return JSON.parse(localStorage.getItem(draftKey(id))); } catch (e) { return null; } }
  function saveDraft() { if (draft) { draft.savedAt = new Date().toISOString(); localStorage.setItem(draftKey(open.id), JSON.stringify(draft)); } }
  function newDraft(v) {
    var d = { submissionId: crypto.randomUUID(), visitedAt: '', place: '', comment: '', answers: {}, queued: false };
    var last = v.submission;
    if (last) {
      d.visitedAt = (last.visitedAt || '').slice(0, 16);
      d.place = last.place || '';
      d.comment = last.comment || '';
      (last.answers || []).forEach(function (a) { d.answers[a.criterion] = { value: a.value, note: a.note || '' }; });
    }
    return d;
  }

  // --- the visit form ---
  function openVisit(v) {
    open = v;
    draft = loadDraft(v.id) || newDraft(v);
    showError(null);
    $('plan').hidden = true;
    $('visit').hidden = false;
    $('visit-h').textContent = name(v);
    $('visit-meta').textContent = [v.branch, channel(v.channel), dueText(v)].filter(Boolean).join(' · ');
    var rc = returnComment(v);
    $('visit-returned').hidden = !(v.status === 'returned' && rc);
    $('visit-returned').textContent = t('ev.returnedWhy') + ' ' + rc;
    $('visitedAt').value = draft.visitedAt;
    $('place').value = draft.place;
    $('comment').value = draft.comment;
    renderCriteria();
    history.replaceState(null, '', '/evaluate/?visit=' + encodeURIComponent(v.id));
    state(draft.queued ? 'offline' : loadDraft(v.id) ? 'saved' : 'new');
    if (draft.queued) send(v, draft);
    $('visit-h').focus();
    scrollTo(0, 0);
  }

  function closeVisit() {
    open = null; draft = null;
    $('visit').hidden = true;
    history.replaceState(null, '', '/evaluate/');
    renderPlan();
    $('plan').hidden = false;
    $('plan-h').focus();
  }

  function choice(name, value, label, checked) {
    var l = el('label', 'pick'), i = l.appendChild(el('input'));
    i.type = 'radio'; i.name = name; i.value = String(value); i.checked = checked;
    l.appendChild(el('span', null, label));
    return l;
  }

  function renderCriteria() {
    var box = $('criteria');
    box.textContent = '';
    criteriaOf(open).forEach(function (c, n) {
      var a = draft.answers[c.id] || {}, fs = box.appendChild(el('fieldset', 'criterion'));
      fs.dataset.criterion = c.id;
      fs.id = 'c-' + n;
      fs.appendChild(el('legend', null, (n + 1) + '. ' + words(c)));
      var row = fs.appendChild(el('div', 'picks'));
      if (c.scale === 'response_time') {
        var lab = row.appendChild(el('label', 'hours'));
        lab.appendChild(el('span', null, t('ev.hours')));
        var h = lab.appendChild(el('input'));
        h.type = 'text'; h.inputMode = 'decimal'; h.name = 'h-' + c.id; h.autocomplete = 'off';
        h.value = a.value != null && a.value !== 'na' ? String(a.value).replace('.', I18N.lang() === 'en' ? '.' : ',') : '';
        h.oninput = function () { var x = hours(h.value); setAnswer(c.id, h.value.trim() === '' ? null : x === null ? 'bad' : x); var na = fs.querySelector('input[value="na"]'); if (na) na.checked = false; };
        if (c.notApplicable) {
          var nl = row.appendChild(el('label', 'pick')), nb = nl.appendChild(el('input'));
          nb.type = 'checkbox'; nb.value = 'na'; nb.checked = a.value === 'na';
          nl.appendChild(el('span', null, t('ev.na')));
          nb.onchange = function () { if (nb.checked) h.value = ''; setAnswer(c.id, nb.checked ? 'na' : null); };
        }
      } else {
        SCALES[c.scale].forEach(function (x) {
          row.appendChild(choice('a-' + c.id, x, c.scale === 'yes_no' ? t('ev.' + x) : String(x), a.value === x));
        });
        if (c.notApplicable) row.appendChild(choice('a-' + c.id, 'na', t('ev.na'), a.value === 'na'));
        row.onchange = function (ev) {
          var v = ev.target.value;
          setAnswer(c.id, v === 'na' || v === 'yes' || v === 'no' ? v : Number(v));
        };
      }
      var det = fs.appendChild(el('details', 'note'));
      det.open = !!a.note;
      det.appendChild(el('summary', null, t('ev.note')));
      var nt = det.appendChild(el('textarea'));
      nt.maxLength = 1000;
      nt.setAttribute('aria-label', t('ev.noteFor', { criterion: words(c) }));
      nt.value = a.note || '';
      nt.oninput = function () { (draft.answers[c.id] = draft.answers[c.id] || {}).note = nt.value; changed(); };
    });
    preview();
  }

  function hours(text) {
    var s = String(text).trim().replace(',', '.');
    if (!/^\d+(\.\d+)?$/.test(s)) return null;
    var n = Number(s);
    return n <= 8760 ? n : null;
  }
  function setAnswer(id, value) {
    var a = draft.answers[id] = draft.answers[id] || {};
    if (value === null) delete a.value; else a.value = value;
    changed();
  }
  function changed() {
    if (!draft || !open) return;
    draft.visitedAt = $('visitedAt').value;
    draft.place = $('place').value;
    draft.comment = $('comment').value;
    if (!draft.queued) { saveDraft(); state('saved'); }
    preview();
  }

  // f of an answer (docs/evaluations.md): null when unanswered or N/A.
  function fraction(c, v) {
    if (v === undefined || v === 'na' || v === 'bad') return null;
    if (c.scale === 'yes_no') return v === 'yes' ? 1 : 0;
    if (c.scale === 'zero_two') return v / 2;
    if (c.scale === 'one_five') return (v - 1) / 4;
    var band = (c.bands || []).find(function (b) { return v <= b.maxHours; });
    return band ? band.points / 100 : 0;
  }
  function preview() {
    var sw = 0, swf = 0, left = 0;
    criteriaOf(open).forEach(function (c) {
      var v = (draft.answers[c.id] || {}).value, f = fraction(c, v);
      if (v === undefined || v === 'bad') left++;
      if (f !== null) { sw += Number(c.weight); swf += Number(c.weight) * f; }
    });
    $('score').textContent = sw ? num(100 * swf / sw) : '–';
    $('score-left').textContent = left ? t('ev.left', { n: left }) : '';
  }

  var last = ['new'];
  function state(s, res) {
    last = [s, res];
    var p = $('draft-state');
    p.dataset.state = s;
    p.className = 'state st-' + s;
    p.textContent = s === 'new' ? '' : s === 'failed' ? t('ev.state.failed', { reason: errorText(res) })
      : s === 'submitted' ? t('ev.state.submitted', { score: res || '–' }) : t('ev.state.' + s);
    $('retry').hidden = s !== 'offline' && !(s === 'failed' && draft && draft.queued);
    // What is queued or sent is what the server gets (a resend carries the same submissionId): no edits meanwhile.
    var locked = s === 'sending' || s === 'offline' || s === 'submitted';
    $('submit').disabled = locked;
    document.querySelectorAll('#visit input, #visit textarea').forEach(function (x) { x.disabled = locked; });
  }

  function check() {
    var missing = criteriaOf(open).filter(function (c) { var v = (draft.answers[c.id] || {}).value; return v === undefined || v === 'bad'; });
    document.querySelectorAll('#visit [aria-invalid]').forEach(function (x) { x.removeAttribute('aria-invalid'); });
    document.querySelectorAll('.criterion.missing').forEach(function (x) { x.classList.remove('missing'); });
    if (!draft.visitedAt) return { field: 'visitedAt', el: $('visitedAt'), code: 'ev.err.visitedAt' };
    if (missing.length) {
      missing.forEach(function (c) { document.querySelector('[data-criterion="' + c.id + '"]').classList.add('missing'); });
      var fs = document.querySelector('[data-criterion="' + missing[0].id + '"]');
      return { el: fs.querySelector('input'), code: 'ev.err.missing', n: missing.length };
    }
    return null;
  }

  async function submit(ev) {
    ev.preventDefault();
    changed();
    var bad = check();
    if (bad) {
      bad.el.setAttribute('aria-invalid', 'true');
      bad.el.setAttribute('aria-describedby', 'draft-state');
      var p = $('draft-state');
      p.dataset.state = 'incomplete';
      p.textContent = t(bad.code, { n: bad.n });
      bad.el.focus();
      return;
    }
    draft.queued = true;
    saveDraft();
    send(open, draft);
  }

  // Sends a queued draft (at most one request per visit at a time); on 200 the draft is gone.
  async function send(v, d) {
    if (sending[v.id]) return;
    sending[v.id] = true;
    var mine = open && open.id === v.id;
    if (mine) state('sending');
    var order = criteriaOf(v).map(function (c) { return c.id; });
    var body = { submissionId: d.submissionId, visitedAt: d.visitedAt, place: d.place, comment: d.comment,
      answers: order.map(function (id) { var a = d.answers[id] || {}, x = { criterion: id, value: a.value }; if (a.note) x.note = a.note; return x; }) };
    d.order = order;
    var res = await api('/api/evaluate/visits/' + encodeURIComponent(v.id), 'PUT', body);
    sending[v.id] = false;
    mine = open && open.id === v.id;
    if (res.status === 0) { if (mine) state('offline'); return; }
    if (res.status === 401) { sessionStorage.removeItem(KEY); me = null; $('visit').hidden = true; $('plan').hidden = true; showSignIn('expired'); return; }
    if (App.ok(res)) {
      localStorage.removeItem(draftKey(v.id));
      Object.assign(v, res.body, { status: res.body.status || 'submitted' });
      if (mine) { state('submitted', scoreOf(v)); } else renderPlan();
      return;
    }
    if (res.status < 500 && res.status !== 429) { d.queued = false; localStorage.setItem(draftKey(v.id), JSON.stringify(d)); }
    if (mine) {
      state('failed', res);
      var m = /^answers\[(\d+)\]/.exec(App.errorField(res) || ''), fs = m && document.querySelector('[data-criterion="' + order[+m[1]] + '"]');
      if (fs) { fs.classList.add('missing'); fs.querySelector('input').focus(); }
    } else renderPlan();
  }

  function retryAll() {
    if (!me) return;
    plan.visits.forEach(function (v) { var d = v === open ? draft : loadDraft(v.id); if (d && d.queued) send(v, d); });
  }

  // --- start ---
  $('visit').addEventListener('input', function (ev) { if (!ev.target.closest('.criterion')) changed(); });
  $('visit').addEventListener('submit', submit);
  $('back').onclick = closeVisit;
  $('retry').onclick = retryAll;
  $('sign-out').onclick = signOut;
  addEventListener('online', retryAll);
  I18N.onChange(function () {
    if (!me) return;
    renderPlan();
    if (!open) return;
    $('visit-meta').textContent = [open.branch, channel(open.channel), dueText(open)].filter(Boolean).join(' · ');
    $('visit-returned').textContent = t('ev.returnedWhy') + ' ' + returnComment(open);
    renderCriteria();
    state(last[0], last[1]);
  });

  me = session();
  if (!me) { showSignIn(new URLSearchParams(location.search).get('reason') === 'signedout' ? 'signedout' : null); return; }
  $('who').textContent = me.email;
  $('session').hidden = false;
  loadPlan();
});
