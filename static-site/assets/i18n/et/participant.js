/* Estonian strings of a participant’s page and its praise wall (participant.html). */
I18N.define('et', {
  'pt.industry': 'Valdkond',
  'pt.size': 'Suurusklass',
  'pt.branches': 'Filiaalid',
  'pt.count': 'Kinnitatud kiitusi',
  'pt.notfound': 'Osalejat ei leitud',
  'pw.title': 'Kiitused',
  'pw.note': 'Kiitused avaldatakse pärast korraldajate ülevaatust.',
  'pw.loading': 'Kiituste laadimine…',
  'pw.empty': 'Avaldatud kiitusi veel pole.',
  'pw.failed': 'Kiitusi ei õnnestunud laadida. Proovi uuesti.',
  'pw.more': 'Näita rohkem',
  'pw.stars': '{n} tärni 5-st',
  'pw.employee': 'Töötaja: {name}',
  'pw.ch.online': 'Veebis',
  'pw.ch.branch': 'Filiaalis',
  'pw.ch.phone': 'Telefoni teel',
  'pw.ch.paper': 'Paberankeediga',
  'pt.notfound.p': 'Kontrolli linki või leia osaleja otsingu abil.',
  'unavailable.title': 'Teenus pole saadaval',
  'pt.category': 'Kategooria'
});
