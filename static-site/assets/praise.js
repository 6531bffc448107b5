/* The praise form: choose a participant, fill in, send, then go to check-email.html. */
I18N.ready(function () {
  'use strict';
  var t = I18N.t, el = App.el;
  var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
  var $ = function (id) { return document.getElementById(id); };
  var form = $('praise-form');
  var campaign = null, chosen = null, sending = false;
  var errors = App.formErrors(form, $('form-errors'), 'p.errors');

  // Stars: a real radio group; the label shows a star and names its value for screen readers.
  for (var n = 1; n <= 5; n++) {
    var star = el('span', 'star');
    var radio = el('input');
    radio.type = 'radio'; radio.name = 'stars'; radio.id = 'stars-' + n; radio.value = String(n);
    radio.required = true;
    radio.dataset.field = 'stars';
    var label = el('label');
    label.htmlFor = radio.id;
    label.appendChild(el('span', 'glyph')).setAttribute('aria-hidden', 'true');
    label.appendChild(el('span', 'vh')).dataset.n = String(n);
    star.append(radio, label);
    $('star-row').appendChild(star);
  }
  function paintStars() {
    var v = Number(checked('stars') || 0);
    // Filled versus hollow, not colour alone, shows the rating.
    document.querySelectorAll('.star').forEach(function (s, i) {
      s.classList.toggle('on', i < v);
      s.querySelector('.glyph').textContent = i < v ? '\u2605' : '\u2606';
    });
  }
  function starLabels() {
    document.querySelectorAll('.star .vh').forEach(function (s) {
      var k = Number(s.dataset.n);
      s.textContent = t(k === 1 ? 'stars.one' : 'stars.other', { n: k });
    });
  }
  $('star-row').addEventListener('change', paintStars);

  function checked(name) {
    var x = form.querySelector('input[name="' + name + '"]:checked');
    return x ? x.value : '';
  }

  // The limits are the server's (GET /api/campaign), counted as it counts: in code points, so an emoji is one.
  function limit(name) { return campaign && campaign.limits ? campaign.limits[name] : null; }
  function length(text) { return Array.from(text).length; }
  function counter() {
    var max = limit('text');
    $('text-counter').textContent = max ? t('p.counter', { n: length($('text').value), max: max }) : '';
  }
  $('text').addEventListener('input', counter);

  function buildAspects() {
    var box = $('aspect-list');
    if (box.children.length || !campaign) return;
    (campaign.aspects || []).forEach(function (a) {
      var l = el('label', 'choice');
      var cb = el('input');
      cb.type = 'checkbox'; cb.name = 'aspects'; cb.value = a.code; cb.id = 'aspect-' + a.code;
      cb.dataset.field = 'aspects';
      l.append(cb, el('span'));
      box.appendChild(l);
    });
    $('aspects-field').hidden = !box.children.length;
    aspectLabels();
  }
  function aspectLabels() {
    form.querySelectorAll('input[name="aspects"]').forEach(function (cb) {
      cb.nextSibling.textContent = App.localName(campaign.aspects, cb.value);
    });
  }

  // --- choosing the participant ---
  var results = $('participant-results');
  var search = App.liveSearch($('participant-search'), $('participant-status'), function (list) {
    results.textContent = '';
    (list || []).forEach(function (p) {
      var b = el('button', null, p.name);
      b.type = 'button';
      b.addEventListener('click', function () { choose(p, null, true); });
      results.appendChild(App.resultItem(p, campaign, b));
    });
  });

  // No branches: not "at a branch" (the API refuses it). The branch is asked only "at a branch".
  function atBranch() {
    var b = $('channel-branch'), some = !!chosen && (chosen.branches || []).length > 0;
    if (b.disabled = !!chosen && !some) b.checked = false;
    $('branch-field').hidden = !some || !b.checked;
  }
  form.addEventListener('change', function (ev) { if (ev.target.name === 'channel') atBranch(); });

  function chosenMeta() { if (chosen) $('chosen-meta').textContent = App.meta(chosen, campaign); }

  function choose(p, branch, moveFocus) {
    chosen = p;
    $('chosen-name').textContent = p.name;
    chosenMeta();
    $('picker').hidden = true;
    $('chosen-participant').hidden = false;
    var sel = $('branch'), branches = Array.isArray(p.branches) ? p.branches : [];
    sel.textContent = '';
    sel.appendChild(el('option', null, t('p.branch.none'))).value = '';
    branches.forEach(function (b) { sel.appendChild(el('option', null, b)).value = b; });
    sel.value = branches.indexOf(branch) >= 0 ? branch : '';
    if (sel.value) $('channel-branch').checked = true; // a branch's poster: served at that branch
    atBranch();
    if (moveFocus) { setChosen(p.id); $('chosen-participant').focus(); }
  }

  $('change-participant').addEventListener('click', function () {
    chosen = null;
    $('chosen-participant').hidden = true;
    atBranch();
    $('picker').hidden = false;
    search.clear();
    setChosen(null);
    $('participant-search').focus();
  });

  // Keeps the address shareable and makes a reload (or a language switch) keep the choice.
  function setChosen(id) {
    var u = new URL(location.href);
    if (id) u.searchParams.set('p', id); else u.searchParams.delete('p');
    u.searchParams.delete('b');
    history.replaceState(history.state, '', u);
  }

  // A bad ?p= is told beside the search field, where the person will pick another one,
  // rather than in the summary, which would take the focus on page load.
  var preError = null;
  function showPreError() {
    var st = $('participant-status');
    st.classList.toggle('bad', !!preError);
    if (preError) st.textContent = App.message(preError);
  }
  $('participant-search').addEventListener('input', function () { preError = null; showPreError(); });

  async function preselect(id, branch) {
    var res = await App.api('/api/participants/' + encodeURIComponent(id));
    if (App.ok(res)) { choose(res.body, branch, false); return; }
    preError = App.errorCode(res) === 'not_found' ? 'unknown_participant' : App.errorCode(res);
    showPreError();
  }

  // --- campaign state ---
  function isOpen() { return !!campaign && campaign.state === 'open'; }

  // Praise that can't be given is not offered: the state says why (and, once closed, where the results are).
  function applyState(res) {
    campaign = App.ok(res) ? res.body : null;
    App.showState($('campaign-state'), res);
    buildAspects();
    counter();
    form.hidden = !isOpen();
    $('praise-closed').hidden = isOpen() || !campaign || campaign.state === 'upcoming';
    atBranch();
    search.refresh();
    showPreError(); // the refresh empties the search's status, where a bad ?p= is told
    chosenMeta();
  }

  // --- sending ---
  function collect() {
    var d = {
      participantId: chosen ? chosen.id : '',
      branch: $('branch-field').hidden ? '' : $('branch').value,
      employee: $('employee').value.trim(),
      stars: Number(checked('stars')) || 0,
      aspects: Array.prototype.map.call(form.querySelectorAll('input[name="aspects"]:checked'), function (x) { return x.value; }),
      text: $('text').value.trim(),
      channel: checked('channel'),
      email: $('email').value.trim(),
      consent: $('consent').checked,
      lang: I18N.lang(),
      website: $('website').value
    };
    // Optional fields left empty are not sent at all, as the API expects.
    if (!d.branch) delete d.branch;
    if (!d.employee) delete d.employee;
    if (!d.aspects.length) delete d.aspects;
    return d;
  }

  // Mirrors the server's rules so most mistakes are caught without a round trip.
  function validate(d) {
    var e = [];
    function bad(field) { e.push({ field: field, code: 'invalid' }); }
    if (!d.participantId) bad('participantId');
    if (d.employee && length(d.employee) > limit('employee')) bad('employee');
    if (!(d.stars >= 1 && d.stars <= 5)) bad('stars');
    if (!d.text || length(d.text) > limit('text')) bad('text');
    if (d.channel !== 'online' && d.channel !== 'branch') bad('channel');
    if (d.email.length > 254 || !EMAIL.test(d.email)) bad('email');
    if (d.consent !== true) bad('consent');
    return e;
  }

  // a•••@g•••.com: enough to recognise one's own address, not enough to read it over a shoulder.
  function mask(email) {
    var at = email.lastIndexOf('@'), dot = email.lastIndexOf('.');
    return email.charAt(0) + '\u2022\u2022\u2022@' + email.charAt(at + 1) + '\u2022\u2022\u2022' + email.slice(dot);
  }

  function busy(on) {
    sending = on;
    $('submit').disabled = on;
    $('submit').dataset.i18n = on ? 'p.sending' : 'p.submit';
    I18N.apply($('submit').parentNode);
    form.setAttribute('aria-busy', String(on));
  }

  form.addEventListener('submit', async function (ev) {
    ev.preventDefault();
    if (sending || !isOpen()) return;
    var d = collect();
    var problems = validate(d);
    if (problems.length) { errors.show(problems); return; }
    errors.clear();
    busy(true);
    var res = await App.api('/api/praise', d);
    if (res.status >= 200 && res.status < 300) {
      // For check-email.html: the participant and the address, masked, and the praise to send again; in this tab only, never in the URL.
      try { sessionStorage.setItem('praised', JSON.stringify({ name: chosen.name, email: mask(d.email), body: d })); } catch (e) { /* storage blocked */ }
      location.assign('/check-email.html');
      return;
    }
    busy(false);
    var code = App.errorCode(res), field = App.errorField(res);
    if (code === 'unknown_participant') field = 'participantId';
    errors.show([{ field: field, code: code, vars: { n: App.waitMinutes(res) } }]);
    if (code === 'closed' || code === 'not_open_yet') App.campaign(true).then(applyState);
  });

  I18N.onChange(function () {
    starLabels();
    counter();
    if (campaign) aspectLabels();
    chosenMeta();
    var first = $('branch').options[0];
    if (first) first.textContent = t('p.branch.none');
    showPreError();
  });
  starLabels();
  paintStars();
  counter();

  App.campaign().then(applyState);
  var pre = App.param('p');
  if (pre) preselect(pre, App.param('b'));
});
