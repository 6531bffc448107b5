/* QR posters: one participant's (and branch's) poster as PDF, PNG or SVG, or all of them as a ZIP.
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
  $('poster-zip').addEventListener('click', function () { fetchFile('/api/admin/posters', 'posters.zip', $('poster-zip')); });
  I18N.onChange(function () { fillBranches(pick.get()); });
  fillBranches(null);
});
