/* English strings of a participant’s page and its praise wall (participant.html). */
I18N.define('en', {
  'pt.industry': 'Industry',
  'pt.size': 'Size class',
  'pt.branches': 'Branches',
  'pt.count': 'Confirmed praise',
  'pt.notfound': 'Participant not found',
  'pw.title': 'Praise',
  'pw.note': 'Praise is shown once the organisers have reviewed it.',
  'pw.loading': 'Loading praise…',
  'pw.empty': 'No published praise yet.',
  'pw.failed': 'The praise could not be loaded. Please try again.',
  'pw.more': 'Show more',
  'pw.stars': '{n} of 5 stars',
  'pw.employee': 'Employee: {name}',
  'pw.ch.online': 'On the web',
  'pw.ch.branch': 'At a branch',
  'pw.ch.phone': 'By phone',
  'pw.ch.paper': 'On a paper form',
  'pt.notfound.p': 'Check the link or find the participant with the search.',
  'unavailable.title': 'Service unavailable',
  'pt.category': 'Category'
});
