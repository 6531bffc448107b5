/* Nominations: organisations named in praise that are not participants, with counts (never scored). */
I18N.ready(function () {
  'use strict';
  if (!Admin.page('nominations')) return;
  var t = I18N.t, el = App.el, $ = function (id) { return document.getElementById(id); };
  var items = null;
  function render() {
    var s = $('nom-status');
    s.removeAttribute('data-i18n');
    if (!items) return;
    s.textContent = items.length ? t('nom.count', { n: Admin.int(items.length) }) : t('nom.none');
    $('nom-table').hidden = !items.length;
    var tbody = $('nom-rows');
    tbody.textContent = '';
    items.slice().sort(function (a, b) { return (b.count || 0) - (a.count || 0); }).forEach(function (n) {
      var tr = tbody.appendChild(el('tr'));
      var th = tr.appendChild(el('th', null, n.name));
      th.scope = 'row';
      tr.appendChild(el('td', 'num', Admin.int(n.count || 0)));
      tr.appendChild(el('td', null, Admin.dateTime(n.lastAt)));
    });
  }
  Admin.api('/api/admin/nominations').then(function (res) {
    if (App.ok(res) && Array.isArray(res.body.items)) { items = res.body.items; render(); return; }
    $('nom-status').textContent = '';
    Admin.showError($('nom-error'), res);
  });
  I18N.onChange(render);
});
