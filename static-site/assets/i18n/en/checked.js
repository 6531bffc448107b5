/* English strings of how praise is checked (how-praise-is-checked.html). */
I18N.define('en', {
  'hc.lead': 'How praise is checked, moderated and counted in the scores.',
  'hc.email.h': 'E-mail confirmation',
  'hc.email.p': 'Each web praise counts only once its author opens the confirmation link sent to their e-mail (valid for 72 hours). The address is never published.',
  'hc.once.h': 'One praise per person per participant',
  'hc.once.p': 'One e-mail address counts one praise per participant in a campaign.',
  'hc.mod.h': 'Moderation',
  'hc.mod.p': 'The organisers review praise texts before they are shown. Praise is rejected when it is:',
  'hc.mod.1': 'spam;',
  'hc.mod.2': 'abusive;',
  'hc.mod.3': 'not about service;',
  'hc.mod.4': 'containing personal data.',
  'hc.mod.p2': 'Rejected praise is neither shown nor counted in the scores.',
  'hc.score.h': 'How the scores are computed',
  'hc.score.p1': 'The total has three parts: online praise 30 %, branch praise 30 % and the mystery-shopper evaluation 40 %.',
  'hc.score.p2': 'Stars are averaged with a Bayesian mean (C = 5): with few praises a participant’s mean stays near the campaign’s, so a handful of praise gives no outsized advantage.',
  'hc.score.p3': 'To be ranked, a participant needs a mystery-shopper evaluation and a total of at least 80.',
  'hc.src.h': 'Sources of praise',
  'hc.src.p': 'Praise comes in on the web (this site), by phone and on paper forms at service points. Organisers enter phone and paper praise, labelled with its source. Paper forms count as branch praise, phone praise as online.'
});
