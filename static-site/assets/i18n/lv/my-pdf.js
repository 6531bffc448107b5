/* Latvian strings of the PDF downloads of /my/ (loaded when first used). */
I18N.define('lv', {
  'my.dl.busy': 'Sagatavo PDF…',
  'my.dl.done': 'Lejupielādēts: {name}'
});
