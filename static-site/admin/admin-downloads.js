/* Files from the API: a download of an authorised fetch's answer, and the CSV export buttons (data-export). */
I18N.ready(function () {
  'use strict';
  var Admin = window.Admin = window.Admin || {};
  var t = I18N.t, el = App.el;

  // A file the browser downloads (the answer of an authorised fetch: no plain link can carry the header).
  function download(blob, filename) {
    var url = URL.createObjectURL(blob);
    var a = el('a');
    a.href = url;
    a.download = filename || 'download';
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  // The CSV export buttons (data-export = the kind, data-participant for one participant's praise): an authorised
  // fetch of GET /api/admin/export saved under the server's file name; an export of several parts (over 4 MB)
  // downloads them one after another. Status and errors go to the .export-status / .export-error of its section.
  function exportButtons() {
    document.querySelectorAll('button[data-export]').forEach(function (b) {
      if (b.dataset.wired) return;
      b.dataset.wired = '1';
      b.addEventListener('click', async function () {
        var box = b.closest('section') || document.body;
        var status = box.querySelector('.export-status'), error = box.querySelector('.export-error');
        var q = new URLSearchParams({ kind: b.dataset.export });
        if (b.dataset.participant) q.set('participant', b.dataset.participant);
        if (error) Admin.clearError(error);
        b.disabled = true;
        if (status) status.textContent = t('a.export.working');
        var parts = 1, files = [];
        for (var part = 1; part <= parts; part++) {
          if (part > 1) q.set('part', String(part));
          var res = await Admin.api('/api/admin/export?' + q, { blob: true });
          if (!res.blob) {
            if (status) status.textContent = '';
            // "Nothing to export yet" (no standings, no awards) in the console's words, not as a field's error.
            var code = App.errorCode(res);
            if (App.errorField(res) === 'kind' && I18N.has('a.err.export_' + code)) {
              res = { status: res.status, body: { error: { code: 'export_' + code, field: null, message: '' } } };
            }
            if (error) Admin.showError(error, res);
            b.disabled = false;
            return;
          }
          parts = res.parts;
          files.push(res.filename);
          download(res.blob, res.filename);
        }
        if (status) status.textContent = t('a.export.done', { file: files.join(', ') });
        b.disabled = false;
      });
    });
  }

  Admin.download = download;
  Admin.exportButtons = exportButtons;
});
