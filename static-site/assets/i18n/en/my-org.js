/* English strings of an organiser's visit to /my/ from the console (loaded only then). */
I18N.define('en', {
  'my.asOrganiser': 'You are seeing the participant’s view as an organiser.'
});
