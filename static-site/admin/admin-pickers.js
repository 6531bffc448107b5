/* Choosing from the campaign: its vocabulary (categories, industries, aspects, size classes) in the page language,
   selects of it, and a participant chosen by name (the public search). */
I18N.ready(function () {
  'use strict';
  var Admin = window.Admin = window.Admin || {};
  var t = I18N.t, el = App.el;

  // A code's label in the page language (the campaign item's lv/en/et names), the code itself only when the
  // campaign has no such term.
  var vocabulary = null;
  var vocabularyLoaded = App.campaign().then(function (res) { if (App.ok(res)) vocabulary = res.body; return vocabulary; });
  function term(kind, code) { return App.localName(vocabulary && vocabulary[kind], code); }
  function withVocabulary(fn) { return vocabularyLoaded.then(fn); }

  // A select of the campaign's vocabulary (categories, industries, size classes), with an optional first option.
  function fillTerms(select, list, emptyKey) {
    var value = select.value;
    select.textContent = '';
    if (emptyKey) select.appendChild(el('option', null, t(emptyKey))).value = '';
    (list || []).forEach(function (term) {
      var o = select.appendChild(el('option', null, App.localName(list, term.code)));
      o.value = term.code;
    });
    select.value = value;
    if (select.selectedIndex < 0) select.selectedIndex = 0;
  }

  // A participant chosen by name (the public search): onPick(participant) when one is chosen.
  function picker(prefix, onPick) {
    var input = document.getElementById(prefix + '-search'), results = document.getElementById(prefix + '-results');
    var picked = document.getElementById(prefix + '-picked'), chosen = null;
    var ctl = App.liveSearch(input, document.getElementById(prefix + '-search-status'), function (list) {
      results.textContent = '';
      (list || []).forEach(function (p) {
        var b = el('button', null, p.name);
        b.type = 'button';
        b.addEventListener('click', function () { choose(p); input.focus(); });
        results.appendChild(App.resultItem(p, vocabulary, b));
      });
    });
    function show() { picked.hidden = !chosen; if (chosen) picked.textContent = t('pick.chosen', { name: chosen.name }); }
    function choose(p) { chosen = p; ctl.clear(); show(); onPick(p); }
    I18N.onChange(show);
    return { get: function () { return chosen; }, reset: function () { chosen = null; ctl.clear(); show(); },
      // Chosen elsewhere (a link, a card's name): shown as chosen, without calling onPick.
      set: function (p) { chosen = p; ctl.clear(); show(); } };
  }

  Admin.term = term;
  Admin.withVocabulary = withVocabulary;
  Admin.fillTerms = fillTerms;
  Admin.picker = picker;
});
