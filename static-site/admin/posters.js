/* QR posters: one participant's (and branch's) poster as PDF, PNG or SVG, or all of them as a ZIP built by a worker.
   The routes need the bearer header, so each file is fetched and handed to the browser as an object URL. */
I18N.ready(function () {
  'use strict';
  if (!Admin.page('posters')) return;
  var t = I18N.t, el = App.el, $ = function (id) { return document.getElementById(id); };
  var preview = null;
  var pick = Admin.picker('poster', fillBranches);

  function fillBranches(p) {
    var s = $('poster-branch'), v = s.value;
    s.textContent = '';
    s.appendChild(el('option', null, t('po.noBranch'))).value = '';
    ((p && p.branches) || []).forEach(function (b) { s.appendChild(el('option', null, b)).value = b; });
    s.value = v;
    if (s.selectedIndex < 0) s.selectedIndex = 0;
  }

  async function fetchFile(path, fallbackName, button) {
    Admin.clearError($('poster-error'));
    button.disabled = true;
    $('poster-status').textContent = t('po.busy');
    var res = await Admin.api(path, { blob: true });
    button.disabled = false;
    if (!res.blob) { $('poster-status').textContent = ''; Admin.showError($('poster-error'), res); return null; }
    $('poster-status').textContent = t('po.done', { file: res.filename || fallbackName });
    Admin.download(res.blob, res.filename || fallbackName);
    return res.blob;
  }

  $('poster-form').addEventListener('submit', async function (ev) {
    ev.preventDefault();
    var p = pick.get();
    if (!p) { $('poster-status').textContent = t('inv.participantId'); $('poster-search').focus(); return; }
    var format = $('poster-format').value, branch = $('poster-branch').value;
    var q = new URLSearchParams({ format: format });
    if (branch) q.set('branch', branch);
    var blob = await fetchFile('/api/admin/posters/' + encodeURIComponent(p.id) + '?' + q, 'poster-' + p.id + '.' + format, $('poster-download'));
    if (preview) { URL.revokeObjectURL(preview); preview = null; }
    $('poster-preview').hidden = true;
    if (blob && format !== 'pdf') {
      preview = URL.createObjectURL(blob);
      $('poster-img').src = preview;
      $('poster-img').alt = t('po.preview', { name: p.name });
      $('poster-preview').hidden = false;
    }
  });
  // The campaign's ZIP is built by a worker (thousands of posters): start it, follow its progress, then
  // offer the short-lived link the status carries (it is asked for again when it has run out).
  var zipPolling = false;
  function zipRunning(s) { return !!(s && s.job && (s.job.state === 'queued' || s.job.state === 'running')); }
  function renderZip(s) {
    var job = s && s.job, bar = $('zip-progress'), text = $('zip-status'), link = $('zip-link');
    text.dataset.state = job ? job.state : '';
    link.hidden = true;
    bar.hidden = !zipRunning(s);
    if (!job) { text.textContent = ''; return; }
    if (job.state === 'queued') text.textContent = t('po.zip.queued');
    else if (job.state === 'running') {
      var pct = job.total ? Math.floor(100 * job.done / job.total) : 0;
      bar.value = pct;
      bar.dataset.percent = String(pct);
      text.textContent = t('po.zip.building', { done: Admin.int(job.done), total: Admin.int(job.total), pct: pct });
    } else if (job.state === 'failed') {
      var code = job.error || 'worker_failed';
      text.textContent = t('po.zip.failed', { reason: I18N.has('a.err.' + code) ? t('a.err.' + code) : t('a.err.worker_failed') });
    } else if (job.state === 'stalled') text.textContent = t('po.zip.stalled');
    else if (s.download) {
      var until = new Date(s.download.expiresAt);
      text.textContent = I18N.tn('po.zip.ready', s.download.posters || 0, { n: Admin.int(s.download.posters), time: until.toLocaleTimeString(I18N.lang(), { hour: '2-digit', minute: '2-digit' }) });
      link.href = s.download.url;
      link.hidden = false;
    } else text.textContent = '';
  }
  async function zipStatus() {
    var res = await Admin.api('/api/admin/posters');
    if (!App.ok(res)) { Admin.showError($('poster-error'), res); return null; }
    renderZip(res.body);
    return res.body;
  }
  async function pollZip() {
    if (zipPolling) return;
    zipPolling = true;
    for (;;) {
      var s = await zipStatus();
      if (!zipRunning(s)) break;
      await new Promise(function (ok) { setTimeout(ok, 2000); });
    }
    zipPolling = false;
  }
  $('poster-zip').addEventListener('click', async function () {
    Admin.clearError($('poster-error'));
    $('poster-zip').disabled = true;
    var res = await Admin.api('/api/admin/posters', { method: 'POST' });
    $('poster-zip').disabled = false;
    if (!App.ok(res)) { Admin.showError($('poster-error'), res); return; }
    renderZip({ job: res.body.job });
    pollZip();
  });
  // A link lives minutes: a click after that asks for a fresh one first.
  $('zip-link').addEventListener('click', async function (ev) {
    ev.preventDefault();
    var s = await zipStatus();
    if (s && s.download) window.location.href = s.download.url;
  });
  zipStatus().then(function (s) { if (zipRunning(s)) pollZip(); });
  I18N.onChange(function () { fillBranches(pick.get()); });
  fillBranches(null);
});
