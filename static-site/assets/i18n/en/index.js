/* English strings of the home page (index.html). */
I18N.define('en', {
  'index.lead': 'Were you served especially well? Find the company or institution and say thank you with praise!',
  'search.heading': 'Find a participant'
});
