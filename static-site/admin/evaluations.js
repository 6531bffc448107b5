/* Expert and mystery-shopper evaluations: the CSV import with its report. */
I18N.ready(function () {
  'use strict';
  if (!Admin.page('evaluations')) return;
  AdminImport.mount(document.getElementById('evaluations-import'), '/api/admin/evaluations/import');
});
