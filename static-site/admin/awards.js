/* Awards: the preview, closing the praise window early, publishing (typed confirmation), the certificate
   letters' progress (polled every 2 s while any are left) and resending the failed ones. */
I18N.ready(function () {
  'use strict';
  if (!Admin.page('awards')) return;
  var t = I18N.t, el = App.el, $ = function (id) { return document.getElementById(id); };
  var campaign = null, preview = null, status = null, publishing = false, polling = false;
  var errors = App.formErrors($('publish-form'), $('publish-errors'), 'aw.publish.errors');

  // Why publishing is refused now, from the preview's code and the campaign's dates (never its English sentence).
  function refusalText(p) {
    if (!p || !p.refusalCode) return '';
    var tz = campaign && campaign.timeZone;
    if (p.refusalCode === 'not_open_yet') return t('aw.refusal.not_open_yet', { date: Admin.dateTime(campaign && campaign.praiseOpensAt, tz) });
    if (p.refusalCode === 'not_closed') return t('aw.refusal.not_closed', { date: Admin.dateTime(campaign && campaign.praiseClosesAt, tz) });
    return I18N.has('a.err.' + p.refusalCode) ? t('a.err.' + p.refusalCode) : t('err.unavailable');
  }

  function renderState() {
    var box = $('awards-state');
    box.removeAttribute('data-i18n');
    if (!campaign) return;
    box.textContent = t('aw.state', { state: t('a.state.' + campaign.state), year: campaign.year });
    box.dataset.state = campaign.state;
    $('close-section').hidden = campaign.state !== 'open';
    $('publish-section').hidden = campaign.state !== 'closed';
    $('confirm-year-label').textContent = t('aw.publish.type', { year: campaign.year });
    $('publish-text').textContent = preview && !preview.publishable && preview.refusalCode
      ? refusalText(preview) : preview ? I18N.tn('aw.publish.text', preview.certificates || 0, { n: Admin.int(preview.certificates || 0) })
        : t('loading');
    var results = $('public-results');
    results.hidden = campaign.state !== 'published';
    results.href = '/results.html?year=' + encodeURIComponent(campaign.year);
    results.textContent = t('aw.publicResults', { year: campaign.year });
  }

  function renderPreview() {
    var sec = $('preview-section');
    if (!preview || !preview.results) { sec.hidden = true; return; }
    sec.hidden = false;
    var r = preview.results;
    $('preview-heading').textContent = t(preview.published ? 'aw.preview.published' : 'aw.preview.heading');
    var parts = [t('aw.preview.summary', { n: Admin.int(preview.certificates || 0), without: Admin.int(preview.withoutContact || 0) })];
    if (!preview.publishable && preview.refusalCode && !preview.published) parts.push(refusalText(preview));
    var c = r.counts || {};
    if (c.notEvaluated != null) {
      parts.push(t('aw.preview.why', { eligible: Admin.int(c.eligible || 0), participants: Admin.int(c.participants || 0),
        notEvaluated: Admin.int(c.notEvaluated), tooFewPraise: Admin.int(c.tooFewPraise || 0),
        belowThreshold: Admin.int(c.belowThreshold || 0),
        fewerThan: I18N.tn('cnt.fewerThanPraise', r.minimumPraise || 0, { n: Admin.int(r.minimumPraise || 0) }) }));
    }
    if (r.top && r.topN && r.top.length > r.topN) parts.push(I18N.tn('aw.preview.tie', r.top.length, { n: Admin.int(r.top.length), topN: Admin.int(r.topN) }));
    // Praise waiting for review counts, but an organiser may still reject it: say so before publishing.
    if (!preview.published && preview.reviewPending > 0) parts.push(I18N.tn('aw.preview.pending', preview.reviewPending, { n: Admin.int(preview.reviewPending) }));
    // One fact a line: the certificates, why publishing waits, who is eligible, a tie, praise still in review.
    var summary = $('preview-summary');
    summary.textContent = '';
    parts.forEach(function (text) { summary.appendChild(el('p', null, text)); });
    var recipients = {};
    (preview.recipients || []).forEach(function (x) { recipients[x.participantId] = x.contactEmail; });
    var ul = $('preview-winners');
    ul.textContent = '';
    (r.categoryWinners || []).forEach(function (w) {
      ul.appendChild(el('li', null, App.localName(campaign && campaign.categories, w.category) + ': ' + w.name + ' (' + Admin.num(w.total) + ')'));
    });
    $('preview-caption').textContent = t('aw.preview.caption', { n: Admin.int((r.top || []).length) });
    var tbody = $('preview-rows');
    tbody.textContent = '';
    (r.top || []).forEach(function (p) {
      var tr = tbody.appendChild(el('tr'));
      tr.appendChild(el('td', 'num', String(p.rank)));
      var th = tr.appendChild(el('th', null, p.name));
      th.scope = 'row';
      tr.appendChild(el('td', null, App.localName(campaign && campaign.categories, p.category)));
      tr.appendChild(el('td', 'num', Admin.num(p.total)));
      tr.appendChild(el('td', null, recipients[p.participantId] || t('aw.noContact')));
    });
  }

  // The publication job (the worker's run): queued/running with its step, done, failed or stalled.
  function jobRunning(s) { return !!(s && s.job && (s.job.state === 'queued' || s.job.state === 'running')); }

  function jobText(job) {
    if (!job) return '';
    if (job.state === 'stalled') return t('aw.job.stalled');
    if (job.state === 'failed') {
      var code = job.error || 'worker_failed';
      return t('aw.job.failed', { reason: I18N.has('a.err.' + code) ? t('a.err.' + code) : t('a.err.worker_failed') });
    }
    if (job.state === 'done') return t('aw.job.done');
    var step = job.state === 'queued' ? t('aw.job.queued') : (I18N.has('aw.job.' + job.step) ? t('aw.job.' + job.step) : t('aw.publishing'));
    if (job.error && job.attempts > 1) step += ' ' + t('aw.job.retry', { attempt: job.attempts - 1, max: job.maxAttempts });
    return step;
  }

  function renderProgress() {
    var sec = $('progress-section');
    var job = status && status.job;
    var js = $('job-status');
    js.textContent = jobText(job);
    js.dataset.state = job ? job.state : '';
    js.dataset.step = job ? job.step || '' : '';
    if (!status || !status.published || !status.certificates) {
      var show = publishing || jobRunning(status) || !!(job && job.state !== 'done');
      sec.hidden = !show;
      $('progress-text').textContent = publishing || jobRunning(status) ? t('aw.publishing') : '';
      return;
    }
    sec.hidden = false;
    var c = status.certificates, total = c.total || 0, left = c.pending || 0;
    var pct = total ? Math.floor(100 * (total - left) / total) : 100;
    var bar = $('mail-progress');
    bar.value = pct;
    bar.dataset.percent = String(pct);
    $('progress-text').textContent = t('aw.progress', { sent: Admin.int(c.sent || 0), failed: Admin.int(c.failed || 0), left: Admin.int(left),
      noContact: Admin.int(c.noContact || 0), total: Admin.int(total), pct: pct });
    $('progress-text').dataset.percent = String(pct);
    // Resending is offered only for letters that failed (waiting ones are still being sent).
    $('resend').hidden = !((c.failed || 0) > 0);
    var recipients = {};
    ((preview && preview.recipients) || []).forEach(function (x) { recipients[x.participantId] = x.contactEmail; });
    var tbody = $('letters-rows');
    tbody.textContent = '';
    (status.awards || []).forEach(function (a) {
      var tr = tbody.appendChild(el('tr'));
      tr.dataset.participantId = a.participantId;
      tr.appendChild(el('td', 'num', String(a.rank)));
      var th = tr.appendChild(el('th', null, a.name || a.participantId));
      th.scope = 'row';
      tr.appendChild(el('td', null, recipients[a.participantId] || t('aw.noContact')));
      tr.appendChild(el('td', null, I18N.has('aw.letter.' + a.state) ? t('aw.letter.' + a.state) : t('aw.letter.other')));
      tr.appendChild(el('td', 'num', Admin.int(a.attempts || 0)));
      tr.appendChild(el('td', null, a.lastError ? (I18N.has('aw.lastError.' + a.lastError) ? t('aw.lastError.' + a.lastError) : t('aw.lastError.other')) : ''));
      var code = tr.appendChild(el('td', 'digest'));
      if (a.certificateCode && a.pdf) {
        var link = code.appendChild(el('a', null, a.certificateCode));
        link.href = a.pdf;
        link.setAttribute('aria-label', t('aw.pdf', { code: a.certificateCode, name: a.name || '' }));
      } else {
        code.textContent = a.certificateCode || '';
      }
    });
  }

  function renderAll() { renderState(); renderPreview(); renderProgress(); }

  async function loadStatus() {
    var res = await Admin.api('/api/admin/awards/status');
    if (App.ok(res)) status = res.body;
    renderProgress();
    return status;
  }

  // Every 2 s while publishing runs or letters are left.
  async function poll() {
    if (polling) return;
    polling = true;
    for (;;) {
      var s = await loadStatus();
      var left = s && s.certificates ? s.certificates.pending || 0 : 0;
      if (!publishing && !jobRunning(s) && left === 0) break;
      await new Promise(function (ok) { setTimeout(ok, 2000); });
    }
    polling = false;
  }

  async function load() {
    var c = await App.campaign(true);
    if (!App.ok(c)) { Admin.showError($('awards-error'), c); return; }
    campaign = c.body;
    renderState();
    var p = await Admin.api('/api/admin/awards/preview');
    if (App.ok(p)) preview = p.body; else Admin.showError($('awards-error'), p);
    renderAll();
    if (campaign.state === 'published' || (preview && preview.published)) poll();
    else { await loadStatus(); if (jobRunning(status)) poll(); }
  }

  $('close-window').addEventListener('click', function () {
    $('close-confirm').hidden = false;
    $('close-confirm-text').focus();
  });
  $('close-no').addEventListener('click', function () { $('close-confirm').hidden = true; $('close-window').focus(); });
  $('close-yes').addEventListener('click', async function () {
    $('close-yes').disabled = true;
    $('close-status').textContent = t('aw.closing');
    var res = await Admin.api('/api/admin/campaign/close', { method: 'POST' });
    $('close-yes').disabled = false;
    $('close-confirm').hidden = true;
    if (!App.ok(res)) { $('close-status').textContent = ''; Admin.showError($('awards-error'), res); return; }
    Admin.clearError($('awards-error'));
    $('close-status').textContent = '';
    await load();
    $('publish-heading').setAttribute('tabindex', '-1');
    $('publish-heading').focus();
  });

  $('publish-form').addEventListener('submit', async function (ev) {
    ev.preventDefault();
    // An empty field and a wrong year are told apart: the one asks for the year, the other says it isn't it.
    var typed = $('confirm-year').value.trim();
    if (!campaign || typed !== String(campaign.year)) {
      errors.show([{ field: 'confirmYear', code: typed ? 'confirmYearWrong' : 'confirmYear',
        vars: { typed: typed, year: campaign ? campaign.year : '' } }]);
      return;
    }
    errors.clear();
    publishing = true;
    $('publish').disabled = true;
    renderProgress();
    poll();
    // 202 at once: the worker publishes; the job's progress comes with the status the poll reads.
    var res = await Admin.api('/api/admin/awards/publish', { method: 'POST' });
    publishing = false;
    $('publish').disabled = false;
    if (!App.ok(res)) { errors.show([{ field: null, code: App.errorCode(res) }]); renderProgress(); return; }
    if (status) status.job = res.body.job; else status = { job: res.body.job };
    renderProgress();
    await poll();
    await load();
    $('progress-heading').setAttribute('tabindex', '-1');
    $('progress-heading').focus();
  });

  $('resend').addEventListener('click', async function () {
    $('resend').disabled = true;
    $('resend-status').textContent = t('aw.resending');
    publishing = true;
    poll();
    var res = await Admin.api('/api/admin/awards/resend', { method: 'POST' });
    publishing = false;
    $('resend').disabled = false;
    $('resend-status').textContent = App.ok(res) ? t('aw.resent', { sent: Admin.int(res.body.certificates ? res.body.certificates.sent : 0) }) : Admin.errorText(res);
    poll();
  });

  I18N.onChange(renderAll);
  load();
});
