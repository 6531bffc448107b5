/* Merging two spellings of an employee on /my/, and undoing a merge, loaded when first used (my.js): the view draws
   the form and an undo button per merge (the insight lists them), this sends them. */
(function () {
  'use strict';
  var M = My, t = M.t, $ = M.$;
  M.merge = function () {
    var a = $('merge-from').value, b = $('merge-into').value;
    if (a === b) return M.say(t('my.merge.same'));
    post({ merge: a, into: b }, true);
  };
  M.unmerge = function (key) { post({ unmerge: key }, false); };
  async function post(json, merged) {
    M.say(t('my.merge.busy'));
    var r = await M.call(M.base() + '/employees', { body: json });
    if (r.gone) return;
    if (r.status === 200 && r.body && Array.isArray(r.body.employees || r.body)) {
      M.d.employees = r.body.employees || r.body;
      M.render();
      M.say(t(merged ? 'my.merge.done' : 'my.merge.undone'));
      var h = $('h-employees');
      h.tabIndex = -1;
      h.focus();
    } else M.say(M.failure(r));
  }
}());
