/* Latvian strings of an organiser's visit to /my/ from the console (loaded only then). */
I18N.define('lv', {
  'my.asOrganiser': 'Tu skaties dalībnieka skatu kā organizators.'
});
