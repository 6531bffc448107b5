/* The visit plan (docs/evaluations.md): one visit by hand, "spread evenly" over evaluators, a CSV of rows
   (all or nothing), and the list of planned visits with filters by status, evaluator and participant. */
I18N.ready(function () {
  'use strict';
  if (!Admin.page('visits')) return;
  var t = I18N.t, el = App.el, $ = function (id) { return document.getElementById(id); };
  var CHANNELS = ['visit', 'phone', 'e-mail', 'web'], STATUSES = ['planned', 'submitted', 'returned', 'approved'];
  var year = null, visits = [], seq = 0, rowOf = {};

  function lines(text) { return text.split(/[\s,;]+/).map(function (x) { return x.trim(); }).filter(Boolean); }

  // The API names a row's field (visits[0].channel, spread.evaluators, rows[3].evaluator): the field's own
  // name is shown, and a CSV row's number before it.
  function showErr(box, res) {
    var f = App.errorField(res) || '', m = /^(?:visits\[\d+\]|spread|rows\[(\d+)\])\.(.+)$/.exec(f);
    var shown = res;
    if (m) shown = { status: res.status, body: { error: Object.assign({}, res.body.error, { field: m[2] }) } };
    rowOf[box.id] = m && m[1] ? m[1] : null;
    Admin.showError(box, shown);
    rowLine(box);
  }
  function rowLine(box) {
    var old = box.querySelector('.row-no');
    if (old) old.remove();
    if (rowOf[box.id] && !box.hidden) box.insertBefore(el('p', 'err-main row-no', t('vp.csv.row', { n: rowOf[box.id] })), box.firstChild);
  }

  function fillChannels() {
    var sel = $('a-channel'), v = sel.value;
    sel.textContent = '';
    CHANNELS.forEach(function (c) { sel.appendChild(el('option', null, t('vs.ch.' + c))).value = c; });
    sel.value = v || 'visit';
    var box = $('s-channels');
    if (!box.children.length) {
      CHANNELS.forEach(function (c) {
        var w = box.appendChild(el('div', 'check')), i = w.appendChild(el('input')), l = w.appendChild(el('label'));
        i.type = 'checkbox'; i.id = 's-ch-' + c; i.value = c; i.checked = c === 'visit';
        l.htmlFor = i.id; l.dataset.i18n = 'vs.ch.' + c;
      });
    }
    I18N.apply(box);
    var fs = $('f-status'), sv = fs.value;
    fs.textContent = '';
    fs.appendChild(el('option', null, t('vp.all'))).value = '';
    STATUSES.forEach(function (s) { fs.appendChild(el('option', null, t('vs.st.' + s))).value = s; });
    fs.value = sv;
  }

  async function post(form, body, box, status, done) {
    var b = form.querySelector('button[type="submit"]');
    b.disabled = true;
    Admin.clearError($(box)); rowOf[box] = null;
    $(status).textContent = t('a.saving');
    var res = await Admin.api('/api/admin/visits', body);
    b.disabled = false;
    if (!App.ok(res)) { $(status).textContent = ''; showErr($(box), res); return; }
    $(status).textContent = t('vp.created', { n: Admin.int(res.body.created != null ? res.body.created : (res.body.ids || []).length) });
    // A plan sent again (a double click, a retry) plans nothing twice: the rows planned before are counted apart.
    if (res.body.existing) $(status).textContent += ' ' + t('vp.existing', { n: Admin.int(res.body.existing) });
    if (done) done();
    load();
  }

  $('add-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var v = { participantId: $('a-participant').value.trim(), channel: $('a-channel').value, evaluator: $('a-evaluator').value.trim().toLowerCase(),
      dueFrom: $('a-from').value, dueTo: $('a-to').value };
    if ($('a-branch').value.trim()) v.branch = $('a-branch').value.trim();
    post($('add-form'), { json: { year: year, visits: [v] } }, 'add-error', 'add-status');
  });

  $('spread-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var chans = CHANNELS.filter(function (c) { return $('s-ch-' + c).checked; });
    post($('spread-form'), { json: { year: year, spread: { participantIds: lines($('s-participants').value), channels: chans,
      evaluators: lines($('s-evaluators').value.toLowerCase()), dueFrom: $('s-from').value, dueTo: $('s-to').value } } }, 'spread-error', 'spread-status');
  });

  $('csv-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var f = $('csv-file').files[0];
    if (!f) { $('csv-status').textContent = t('imp.noFile'); return; }
    post($('csv-form'), { csv: f }, 'csv-error', 'csv-status', function () { $('csv-file').value = ''; });
  });

  function render() {
    var tb = $('visits-rows');
    tb.textContent = '';
    visits.forEach(function (v) {
      var tr = tb.appendChild(el('tr'));
      tr.dataset.visitId = v.id;
      var th = tr.appendChild(el('th', null, v.participantName || v.participantId));
      th.scope = 'row';
      if (v.branch) th.appendChild(el('div', 'hint', v.branch));
      tr.appendChild(el('td', null, t('vs.ch.' + v.channel)));
      tr.appendChild(el('td', null, v.evaluator));
      tr.appendChild(el('td', null, Admin.date(v.dueFrom) + ' – ' + Admin.date(v.dueTo)));
      var st = tr.appendChild(el('td'));
      st.appendChild(el('span', 'badge-state', t('vs.st.' + v.status)));
      if (v.status === 'returned' && v.returnComment) st.appendChild(el('div', 'hint', v.returnComment));
      tr.appendChild(el('td', 'num', v.submission ? Admin.num(v.submission.score) : '–'));
      var act = tr.appendChild(el('td'));
      // Only a planned visit never submitted can be cancelled (a submission is kept for good); two clicks.
      if (v.status === 'planned' && !v.submission) {
        var b = act.appendChild(el('button', null, t('vp.cancel')));
        b.type = 'button';
        b.addEventListener('click', function () { cancel(v, b); });
      }
    });
    $('list-status').textContent = t('vp.count', { n: Admin.int(visits.length) });
  }

  async function cancel(v, b) {
    if (!b.dataset.armed) { b.dataset.armed = '1'; b.textContent = t('vp.cancel.confirm'); return; }
    b.disabled = true;
    Admin.clearError($('list-error'));
    var res = await Admin.api('/api/admin/visits/' + encodeURIComponent(v.id) + '/review', { json: { decision: 'cancel' } });
    if (!App.ok(res) && res.status !== 404) { b.disabled = false; Admin.showError($('list-error'), res); return; }
    $('list-status').textContent = t('vp.cancelled');
    load();
  }

  async function load() {
    var n = ++seq, q = new URLSearchParams({ year: year });
    if ($('f-status').value) q.set('status', $('f-status').value);
    if ($('f-evaluator').value.trim()) q.set('evaluator', $('f-evaluator').value.trim().toLowerCase());
    if ($('f-participant').value.trim()) q.set('participantId', $('f-participant').value.trim());
    var res = await Admin.api('/api/admin/visits?' + q);
    if (n !== seq) return; // a later filter's answer wins
    if (!App.ok(res)) { Admin.showError($('list-error'), res); return; }
    Admin.clearError($('list-error'));
    visits = res.body.visits || [];
    render();
  }

  var timer = null;
  $('filters').addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(load, 250); });
  $('filters').addEventListener('submit', function (ev) { ev.preventDefault(); load(); });
  I18N.onChange(function () { fillChannels(); render(); ['add-error', 'spread-error', 'csv-error'].forEach(function (b) { rowLine($(b)); }); });
  fillChannels();
  App.campaign().then(function (res) {
    if (!App.ok(res)) { Admin.showError($('list-error'), res); return; }
    year = res.body.year;
    load();
  });
});
