/* Home page: campaign state and participant search. */
I18N.ready(function () {
  'use strict';
  var campaign = null;
  var results = document.getElementById('results');

  var search = App.liveSearch(document.getElementById('search'), document.getElementById('search-status'), function (list) {
    results.textContent = '';
    (list || []).forEach(function (p) {
      var id = encodeURIComponent(p.id);
      var name = App.el('a', null, p.name);
      name.href = '/participant.html?id=' + id;
      var li = App.resultItem(p, campaign, name);
      var praise = App.el('a', 'praise-link button', I18N.t('nav.praise'));
      praise.href = '/praise.html?p=' + id;
      praise.appendChild(App.el('span', 'vh', ' – ' + p.name)); // "Praise" alone is ambiguous in a list of links
      li.appendChild(praise);
      results.appendChild(li);
    });
  });

  App.campaign().then(function (res) {
    if (App.ok(res)) { campaign = res.body; search.refresh(); }
    document.getElementById('praise-cta').hidden = !campaign || campaign.state !== 'open';
    App.showState(document.getElementById('campaign-state'), res);
  });
});
