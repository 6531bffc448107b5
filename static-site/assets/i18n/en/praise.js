/* English strings of the praise form (praise.html). */
I18N.define('en', {
  'err.not_configured': 'The service is not fully set up yet. Please try again later.',
  // Only the praise form is limited per address and e-mail (POST /api/praise).
  'err.limit_reached': 'Too many praises in a short time. Please try again in {n} min.',
  'err.limit_reached.address': 'Too many praises have been sent from this network. Please try again in {n} min.',
  'err.limit_reached.email': 'Too many praises have been sent with this e-mail address. Please try again in {n} min.',
  'p.title': 'Give praise',
  'p.who': 'Whom do you want to praise?',
  'p.chosen': 'You are praising:',
  'p.change': 'Change',
  'p.branch': 'Branch or service point (optional)',
  'p.branch.none': '— not specified —',
  'p.employee': 'Employee’s name (optional)',
  'p.stars': 'Rating',
  'stars.one': '{n} star',
  'stars.other': '{n} stars',
  'p.aspects': 'What was especially good? (optional)',
  'p.text': 'Your praise',
  'p.counter': '{n} of {max} characters',
  'p.channel': 'How were you served?',
  'channel.online': 'Online',
  'channel.branch': 'At a branch or service point',
  'p.email.hint': 'We will send you a link to confirm your praise. The address is never published.',
  'p.consent': 'I agree that my e-mail address is used to confirm this praise.',
  'p.notListed': 'Not in the list? Type its name',
  'p.submit': 'Send praise',
  'p.errors': 'The praise was not sent'
});
