/* English strings of the participant's sign-in (/my/, loaded only when not signed in). */
I18N.define('en', {
  'my.in.title': 'Participant sign-in',
  'my.in.intro': 'A participant’s contacts get a one-time code by e-mail.',
  'my.in.email': 'E-mail address',
  'my.in.send': 'Get a code',
  'my.in.code': 'Code from the e-mail',
  'my.in.go': 'Sign in',
  'my.in.again': 'Another address or a new code',
  'my.in.sending': 'Sending…',
  'my.in.sent': 'If {email} is registered as a participant’s contact, a code has been sent to it. It is valid for 3 minutes.',
  'my.in.noEmail': 'Enter an e-mail address.',
  'my.in.badEmail': 'Check the e-mail address.',
  'my.in.badCode': 'The code has digits only (6–8).',
  'my.in.wrong': 'The code is not right. Try again.',
  'my.in.expiredCode': 'The code has expired or was used. Ask for a new one.',
  'my.in.tooMany': 'Too many tries. Wait a few minutes and try again.',
  'my.in.expired': 'Your session has ended. Please sign in again.',
  'my.in.out': 'You are signed out.',
  'my.in.none': 'No participant is linked to this address.'
});
