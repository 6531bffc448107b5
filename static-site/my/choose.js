/* The choice of participant on /my/, loaded only for a contact of several participants (my.js). */
(function () {
  'use strict';
  var M = My;
  // Names from the public participant route; the ids meanwhile.
  My.choose = function (ids) {
    M.show('choose');
    M.say('');
    var ul = M.$('choices');
    ul.textContent = '';
    ids.forEach(function (id) {
      var b = M.el('button', 'secondary', id, M.el('li', null, null, ul));
      b.type = 'button';
      b.onclick = function () { history.replaceState(null, '', '?id=' + encodeURIComponent(id)); M.load(id); };
      M.call('/api/participants/' + encodeURIComponent(id), { anon: true }).then(function (r) { if (r.body && r.body.name) b.textContent = r.body.name; });
    });
  };
}());
