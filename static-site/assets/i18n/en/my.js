/* English strings of the participant's page (/my/), every state: title, header, the choice of participant, load errors. */
I18N.define('en', {
  'my.title': 'My participation',
  'my.console': 'Back to the console',
  'my.out': 'Sign out',
  'my.choose': 'Choose a participant',
  'my.notFound': 'This participant was not found or is not yours to see.',
  'my.retry': 'Try again'
});
