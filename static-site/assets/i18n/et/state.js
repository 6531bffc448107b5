/* Estonian strings of the campaign's state (assets/state.js: home, praise and nomination forms). */
I18N.define('et', {
  'state.upcoming': 'Kiitmine pole veel alanud. Algus: {date}.',
  'state.open': 'Kiitusi saab anda. Viimane päev: {date}.',
  'state.closed': 'Kiitmine on lõppenud. Lõpp: {date}.',
  'state.closedEarly': 'Kiitmine on lõppenud. Korraldajad sulgesid selle enne tähtaega: {date}.',
  'state.published': 'Tulemused on avaldatud. Kiitmise lõpp: {closed}.'
});
