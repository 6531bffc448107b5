/* English strings of the campaign's state (assets/state.js: home, praise and nomination forms). */
I18N.define('en', {
  'state.upcoming': 'Praise opens on {date}.',
  'state.open': 'Praise is open until {date}.',
  'state.closed': 'Praise closed on {date}.',
  'state.closedEarly': 'Praise closed early, on {date}.',
  'state.published': 'The results are published. Praise closed on {closed}.'
});
