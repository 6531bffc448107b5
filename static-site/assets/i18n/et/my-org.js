/* Estonian strings of an organiser's visit to /my/ from the console (loaded only then). */
I18N.define('et', {
  'my.asOrganiser': 'Vaatad osaleja vaadet korraldajana.'
});
