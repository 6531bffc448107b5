/* English strings of the privacy notice (privacy.html); the controller and the periods come from /assets/privacy-settings.json. */
I18N.define('en', {
  'pv.who.h': 'Who is responsible',
  'pv.who': 'The controller of the personal data of the campaign "Praise good service!" is:',
  'pv.unset': '(not set yet)',
  'pv.contact': 'Contact for data protection questions:',
  'pv.why.h': 'Why we process data',
  'pv.why': 'To run the campaign: to receive praise for service, confirm it by e-mail, count one praise per person per participant, moderate it, show approved praise and announce the results.',
  'pv.basis.h': 'Legal basis',
  'pv.basis': 'Your consent, which you give on the praise form (GDPR Article 6(1)(a)); you can withdraw it at any time. Counting each person once and the limits against abuse rest on our legitimate interest in fair results (Article 6(1)(f)).',
  'pv.kept.h': 'What we keep and for how long',
  'pv.kept.email': 'Your e-mail address is not stored: it is used once to send the confirmation link. We keep only a keyed hash of it (HMAC), from which the address cannot be read back.',
  'pv.kept.pending': 'Praise that is never confirmed is deleted about 10 days after it was sent.',
  'pv.kept.hash': 'The hash is kept to count one praise per person and to find your praise if you ask us to erase it, and is deleted {days} days after the awards; after that your praise can no longer be linked to you.',
  'pv.kept.ip': 'Your IP address is not stored either: a keyed hash of it counts submissions against the abuse limits and is deleted when the {minutes}-minute window ends.',
  'pv.kept.text': 'The praise itself (participant, branch, employee, stars, aspects, text) is part of the campaign\'s results and is kept with them; approved praise may be shown publicly, never with your name or address.',
  'pv.kept.logs': 'Our technical logs contain no e-mail or IP addresses.',
  'pv.p4': 'Please do not write your own or other people\'s personal details in the praise text.',
  'pv.rights.h': 'Your rights',
  'pv.rights': 'You have the right to access your data, to have it corrected or erased, to restrict or object to its processing, and to withdraw your consent.',
  'pv.how': 'To use them, write to the contact above from the e-mail address you praised with: we hash that address to find your praise, and answer within one month.',
  'pv.complaint': 'You may also complain to the Data State Inspectorate of Latvia (Datu valsts inspekcija, www.dvi.gov.lv).'
});
