/* English strings of the privacy notice (privacy.html). */
I18N.define('en', {
  'pv.p1': 'When you give praise, you enter your e-mail address. We use it only to send you the link that confirms the praise and to make sure each person praises each participant only once.',
  'pv.p2': 'After confirmation we do not keep your e-mail address, only a keyed hash of it, which does not reveal the address.',
  'pv.p3': 'The praise text may be shown publicly after moderation. No personal data about you, the person giving praise, is published.',
  'pv.p4': 'Please do not write your own personal details in the praise text.'
});
