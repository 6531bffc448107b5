/* An organiser's visit to /my/ from the console (?participant=<id>), loaded only then (my.js): the console's token
   and the /api/admin twins; an expired token goes back to the console's sign-in. */
(function () {
  'use strict';
  var M = My;
  M.token = function () {
    var s = null;
    try { s = JSON.parse(M.read('praise.console.session')); } catch (e) { /* none */ }
    return s && s.token && !(s.expiresAt && Date.parse(s.expiresAt) <= Date.now()) ? s.token : null;
  };
  M.base = function () { return '/api/admin/participants/' + encodeURIComponent(M.pid); };
  M.expired = function () { location.replace('/admin/index.html?reason=expired&next=' + encodeURIComponent(location.pathname + location.search)); };
}());
