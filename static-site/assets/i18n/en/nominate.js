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
  'n.done': 'Thank you! The organisers will see your suggestion.',
  'n.back': 'Praise one of the participants',
  'inv.name': 'Type the organisation’s name (2–200 characters).'
});
