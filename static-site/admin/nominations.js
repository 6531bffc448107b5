/* Nominations: organisations named in praise that are not participants (never scored): every spelling of
   one name together, with the count of people, what they wrote (newest first), and one step to add it. */
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
      var others = (n.spellings || []).filter(function (x) { return x !== n.name; });
      if (others.length) th.appendChild(el('div', 'hint nom-spellings', t('nom.spellings', { list: others.join(' · ') })));
      tr.appendChild(el('td', 'num', Admin.int(n.count || 0)));
      tr.appendChild(el('td', null, Admin.dateTime(n.lastAt)));
      var reasons = tr.appendChild(el('td', 'nom-reasons'));
      if (!(n.reasons || []).length) reasons.textContent = t('nom.noReasons');
      else {
        var ul = reasons.appendChild(el('ul'));
        n.reasons.forEach(function (r) {
          var li = ul.appendChild(el('li'));
          li.appendChild(el('q', null, r.text));
          li.appendChild(el('span', 'hint', ' — ' + Admin.dateTime(r.at) + (r.name !== n.name ? ' (' + r.name + ')' : '')));
        });
      }
      var act = tr.appendChild(el('td'));
      var a = act.appendChild(el('a', 'button secondary nom-add', t('nom.add')));
      a.href = '/admin/participants.html?add=' + encodeURIComponent(n.name);
      a.setAttribute('aria-label', t('nom.add.label', { name: n.name }));
    });
  }
  Admin.api('/api/admin/nominations').then(function (res) {
    if (App.ok(res) && Array.isArray(res.body.items)) { items = res.body.items; render(); return; }
    $('nom-status').textContent = '';
    Admin.showError($('nom-error'), res);
  });
  I18N.onChange(render);
});
