/* Merging two spellings of an employee on /my/, and its undo, loaded when first used (my.js): the view draws the
   form, this sends it and offers the undo. */
(function () {
  'use strict';
  var M = My, t = M.t, $ = M.$;
  M.merge = function () {
    var a = $('merge-from').value, b = $('merge-into').value;
    if (a === b) return M.say(t('my.merge.same'));
    post({ merge: a, into: b }, { key: a, name: $('merge-from').selectedOptions[0].textContent });
  };
  // The undo of the last merge, in the form the view draws again after every change.
  M.mergeActions = function (acts) {
    if (!M.undo) return;
    var b = M.el('button', 'secondary', t('my.merge.undo', { name: M.undo.name }), acts), u = M.undo;
    b.type = 'button';
    b.onclick = function () { post({ unmerge: u.key }, null); };
  };
  async function post(json, merged) {
    M.say(t('my.merge.busy'));
    var r = await M.call(M.base() + '/employees', { body: json });
    if (r.gone) return;
    if (r.status === 200 && r.body && Array.isArray(r.body.employees || r.body)) {
      M.d.employees = r.body.employees || r.body;
      M.undo = merged;
      M.render();
      M.say(t(merged ? 'my.merge.done' : 'my.merge.undone'));
      var h = $('h-employees');
      h.tabIndex = -1;
      h.focus();
    } else M.say(M.failure(r));
  }
}());
