/* Latvian strings of the campaign's state (assets/state.js: home, praise and nomination forms). */
I18N.define('lv', {
  'state.upcoming': 'Uzslavu pieņemšana vēl nav sākusies. Sākums: {date}.',
  'state.open': 'Uzslavas var iesniegt. Pēdējā diena: {date}.',
  'state.closed': 'Uzslavu pieņemšana ir beigusies. Noslēgums: {date}.',
  'state.closedEarly': 'Uzslavu pieņemšana ir beigusies. Organizatori to slēdza pirms termiņa: {date}.',
  'state.published': 'Rezultāti ir publicēti. Uzslavu pieņemšanas noslēgums: {closed}.'
});
