/* English strings of check-email.html and confirm.html. */
I18N.define('en', {
  'ce.title': 'Check your e-mail',
  'ce.p1': 'We sent you a link. Your praise counts only after you open it.',
  'ce.p2': 'The link is valid for 72 hours.',
  'ce.p3': 'No e-mail? Check your spam folder. If the link has expired, send your praise again.',
  'cf.title': 'Confirming praise',
  'cf.pending': 'Confirming…',
  'cf.confirmed': 'Thank you! Your praise is counted.',
  'cf.confirmed.p': 'Your praise for “{name}” is confirmed.',
  'cf.already_confirmed': 'Already confirmed — thank you!',
  'cf.already_confirmed.p': 'Your praise for “{name}” was confirmed earlier.',
  'cf.already_praised': 'You have already praised this participant',
  'cf.invalid_token': 'Invalid link',
  'cf.token_expired': 'The link has expired',
  'cf.closed': 'Praise has closed',
  'cf.failed': 'The praise could not be confirmed',
  'cf.again': 'Send praise again',
  'cf.link': 'View the participant’s page',
  // The link refused; err.closed and err.already_praised say what form.js and praise.js say.
  'err.invalid_token': 'The confirmation link is not valid. Check that you opened the whole link from the e-mail.',
  'err.token_expired': 'The confirmation link has expired (it is valid for 72 hours). Please send your praise again.',
  'err.closed': 'Praise has closed, so praise can no longer be given or confirmed.',
  'err.already_praised': 'This e-mail address has already praised this participant in this campaign. Each person can praise a participant once.'
});
