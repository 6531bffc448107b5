/* A participant's public card. */
(function () {
  'use strict';
  var t = I18N.t;
  var id = App.param('id');
  var heading = document.getElementById('participant-name');
  var status = document.getElementById('participant-status');
  var card = document.getElementById('card');
  var p = null, campaign = null, failure = null;

  function text(elId, value) { document.getElementById(elId).textContent = value; }

  function render() {
    if (failure || p) heading.removeAttribute('data-i18n'); // the heading now names the result, not "loading"
    if (failure) {
      var missing = failure === 'not_found';
      heading.textContent = t(missing ? 'pt.notfound' : 'unavailable.title');
      status.textContent = missing ? t('pt.notfound.p') : App.message(failure);
      status.hidden = false;
      card.hidden = true;
      return;
    }
    if (!p) return;
    var c = campaign || {};
    heading.textContent = p.name;
    document.title = p.name + ' – ' + t('site.name');
    text('praise-count', String(p.confirmedPraiseCount || 0));
    text('pt-category', App.localName(c.categories, p.category));
    text('pt-industry', App.localName(c.industries, p.industry));
    text('pt-size', App.localName(c.sizeClasses, p.sizeClass));
    card.hidden = false;
  }

  async function load() {
    if (!id) { failure = 'not_found'; render(); return; }
    var both = await Promise.all([App.api('/api/participants/' + encodeURIComponent(id)), App.campaign()]);
    var res = both[0];
    if (App.ok(both[1])) campaign = both[1].body;
    if (!App.ok(res)) { failure = App.errorCode(res); render(); return; }
    p = res.body;
    var branches = Array.isArray(p.branches) ? p.branches : [];
    var ul = document.getElementById('pt-branches');
    branches.forEach(function (b) { ul.appendChild(App.el('li', null, b)); });
    document.getElementById('pt-branches-section').hidden = !branches.length;
    document.getElementById('praise-button').href = '/praise.html?p=' + encodeURIComponent(p.id);
    render();
  }

  I18N.onChange(render);
  load();
}());
