/* English strings of the nomination form (nominate.html). */
I18N.define('en', {
  'n.title': 'Praise an organisation that is not in the list',
  'n.lead': 'This praise does not count in the campaign, but the organisers see how many people named it and may invite it to take part.',
  'n.name': 'The organisation’s name',
  'n.text': 'Why do you praise it? (optional)',
  'n.email.hint': 'We count each person once; the address is neither kept nor published.',
  'n.consent': 'I agree that my e-mail address is used to count me once.',
  'n.submit': 'Suggest',
  'n.errors': 'The suggestion was not sent',
  'n.done': 'Thank you! We sent you a link: your suggestion counts once you open it (valid for 72 hours).',
  'err.limit_reached': 'Too much sent in a short time. Please try again in {n} min.',
  'err.limit_reached.address': 'Too much has been sent from this network. Please try again in {n} min.',
  'err.limit_reached.email': 'Too much has been sent with this e-mail address. Please try again in {n} min.',
  'err.mail_failed': 'The confirmation e-mail could not be sent. Nothing was counted — please try again.',
  'err.not_configured': 'The service is not fully set up yet. Please try again later.',
  'n.back': 'Praise one of the participants',
  'inv.name': 'Type the organisation’s name (2–200 characters).'
});
