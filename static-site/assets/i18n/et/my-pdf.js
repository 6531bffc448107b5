/* Estonian strings of the PDF downloads of /my/ (loaded when first used). */
I18N.define('et', {
  'my.dl.busy': 'PDF-i koostamine…',
  'my.dl.done': 'Alla laaditud: {name}'
});
