/* English strings of the PDF downloads of /my/ (loaded when first used). */
I18N.define('en', {
  'my.dl.busy': 'Preparing the PDF…',
  'my.dl.done': 'Downloaded: {name}'
});
