/* Home page: campaign state, after publication the category winners (before a new campaign opens, those of the
   last published year: the archived state), and participant search. */
I18N.ready(function () {
  'use strict';
  var t = I18N.t, el = App.el;
  var campaign = null, open = false, results = null;
  var $ = function (id) { return document.getElementById(id); };
  var list = $('results');

  var search = App.liveSearch($('search'), $('search-status'), function (found) {
    list.textContent = '';
    (found || []).forEach(function (p) {
      var id = encodeURIComponent(p.id);
      var name = el('a', null, p.name);
      name.href = '/participant.html?id=' + id;
      var li = App.resultItem(p, campaign, name);
      if (open) { // no way to praise once praise can't be given
        var praise = el('a', 'praise-link button', t('nav.praise'));
        praise.href = '/praise.html?p=' + id;
        praise.appendChild(el('span', 'vh', ' – ' + p.name)); // "Praise" alone is ambiguous in a list of links
        li.appendChild(praise);
      }
      list.appendChild(li);
    });
  });

  // Published: the results lead the page, a winner per category (in the campaign's order) and the way to the TOP-N.
  function showcase() {
    if (!results) return;
    var r = results, order = (campaign.categories || []).map(function (c) { return c.code; });
    $('showcase-heading').textContent = t('home.winners', { year: r.campaignYear });
    var ul = $('showcase-list');
    ul.textContent = '';
    (r.categoryWinners || []).slice().sort(function (a, b) {
      return (order.indexOf(a.category) + 99) % 99 - (order.indexOf(b.category) + 99) % 99 || a.rank - b.rank;
    }).forEach(function (w) {
      var li = ul.appendChild(el('li'));
      li.dataset.category = w.category;
      var a = el('a', null, w.name);
      a.href = '/participant.html?id=' + encodeURIComponent(w.participantId);
      li.append(el('span', 'meta', App.localName(campaign.categories, w.category)), a,
        el('span', 'meta', t('home.rank', { rank: w.rank, topN: r.topN })));
    });
    var top = $('showcase-top');
    // Archived: the link names its year, as the results are not the current campaign's.
    top.textContent = r.campaignYear === campaign.year ? t('home.top', { topN: r.topN })
      : t('home.top.year', { topN: r.topN, year: r.campaignYear });
    top.href = '/results.html?year=' + r.campaignYear;
    $('showcase').hidden = false;
  }

  App.campaign().then(function (res) {
    open = App.canPraise(res);
    if (App.ok(res)) { campaign = res.body; search.refresh(); }
    $('praise-cta').hidden = !open;
    // "Say thank you with praise" only while it can be said, or soon.
    $('index-lead').hidden = !!campaign && !open && campaign.state !== 'upcoming';
    App.showState($('campaign-state'), res);
    if (campaign && campaign.state === 'published') {
      App.api('/api/results/' + campaign.year).then(function (r) {
        if (App.ok(r)) { results = r.body; showcase(); }
      });
    } else if (campaign && campaign.state === 'upcoming') {
      lastPublished(campaign.year - 1, campaign.year - MAX_GAP).then(function (r) {
        if (!r) return;
        results = r;
        campaign.lastPublishedYear = r.campaignYear; // state.js then names both years
        App.showState($('campaign-state'), res);
        showcase();
      });
    }
  });

  // A new campaign is created only after the one before it is published, at most MAX_GAP years later
  // (CampaignYears.MAX_YEARS_AHEAD): the nearest year back with results is the last published one.
  var MAX_GAP = 5;
  async function lastPublished(year, oldest) {
    for (; year >= oldest; year--) {
      var r = await App.api('/api/results/' + year);
      if (App.ok(r)) return r.body;
      if (App.errorCode(r) !== 'not_found') return null; // unknown: say nothing rather than something wrong
    }
    return null;
  }
  I18N.onChange(showcase);
});
