/* "Send every participant its report" (issue 18): start the job (after publication only), follow its progress
   (polled every 2 s while it runs) and list the letters that did not go, with their reasons translated from codes. */
I18N.ready(function () {
  'use strict';
  if (!document.getElementById('reports-section') || !Admin.page('awards')) return;
  var t = I18N.t, el = App.el, $ = function (id) { return document.getElementById(id); };
  var status = null, polling = false;

  function running(s) { return !!(s && s.job && (s.job.state === 'queued' || s.job.state === 'running')); }

  function reason(code) {
    return code ? (I18N.has('aw.lastError.' + code) ? t('aw.lastError.' + code)
      : I18N.has('rep.error.' + code) ? t('rep.error.' + code) : t('aw.lastError.other')) : '';
  }

  function render() {
    var s = status, job = s && s.job, text = $('reports-job'), bar = $('reports-progress');
    text.dataset.state = job ? job.state : '';
    if (!job) text.textContent = t('rep.job.none');
    else if (job.state === 'queued') text.textContent = t('rep.job.queued');
    else if (job.state === 'running') text.textContent = t('rep.job.running', { done: Admin.int(job.done), total: Admin.int(job.total) });
    else if (job.state === 'done' && job.result && job.result.outOfTime === 'true') {
      // The worker's time ran out: what is left goes with the next start.
      text.textContent = t('rep.job.partial', { left: Admin.int(Number(job.result.left) || 0) });
    } else if (job.state === 'done') text.textContent = t('rep.job.done');
    else if (job.state === 'stalled') text.textContent = t('rep.job.stalled');
    else {
      var code = job.error || 'worker_failed';
      text.textContent = t('rep.job.failed', { reason: I18N.has('a.err.' + code) ? t('a.err.' + code) : t('a.err.worker_failed') });
    }
    bar.hidden = !running(s);
    if (job && job.total) {
      var pct = Math.floor(100 * job.done / job.total);
      bar.value = pct;
      bar.dataset.percent = String(pct);
    }
    var c = s && s.counts;
    $('reports-counts').textContent = c && c.total ? t('rep.counts', { sent: Admin.int(c.sent), failed: Admin.int(c.failed),
      left: Admin.int(c.pending), noContact: Admin.int(c.noContact), total: Admin.int(c.total) }) : '';
    var rows = $('reports-failures');
    rows.textContent = '';
    var failures = (s && s.failures) || [];
    failures.forEach(function (f) {
      var tr = el('tr');
      tr.appendChild(el('td', null, f.participantId));
      tr.appendChild(el('td', null, I18N.has('aw.letter.' + f.state) ? t('aw.letter.' + f.state) : t('aw.letter.other')));
      tr.appendChild(el('td', 'num', Admin.int(f.attempts)));
      tr.appendChild(el('td', null, reason(f.reason)));
      rows.appendChild(tr);
    });
    $('reports-failures-box').hidden = failures.length === 0;
    var more = s && s.failuresTotal > failures.length;
    $('reports-failures-more').hidden = !more;
    $('reports-failures-more').textContent = more ? t('rep.failuresMore', { shown: Admin.int(failures.length), total: Admin.int(s.failuresTotal) }) : '';
  }

  async function load() {
    var res = await Admin.api('/api/admin/reports');
    if (!App.ok(res)) { Admin.showError($('reports-error'), res); return null; }
    status = res.body;
    render();
    return status;
  }

  async function poll() {
    if (polling) return;
    polling = true;
    for (;;) {
      var s = await load();
      if (!running(s)) break;
      await new Promise(function (ok) { setTimeout(ok, 2000); });
    }
    polling = false;
  }

  $('reports-start').addEventListener('click', async function () {
    Admin.clearError($('reports-error'));
    $('reports-start').disabled = true;
    var res = await Admin.api('/api/admin/reports', { method: 'POST' });
    $('reports-start').disabled = false;
    if (!App.ok(res)) { Admin.showError($('reports-error'), res); return; }
    status = res.body;
    render();
    poll();
  });

  I18N.onChange(render);
  load().then(function (s) { if (running(s)) poll(); });
});
