/* Latvian strings of a participant’s page and its praise wall (participant.html). */
I18N.define('lv', {
  'pt.industry': 'Nozare',
  'pt.size': 'Lieluma grupa',
  'pt.branches': 'Filiāles',
  'pt.count': 'Apstiprinātas uzslavas',
  'pt.notfound': 'Dalībnieks nav atrasts',
  'pw.title': 'Uzslavas',
  'pw.note': 'Uzslavas tiek publicētas pēc organizatoru pārbaudes.',
  'pw.loading': 'Ielādē uzslavas…',
  'pw.empty': 'Publicētu uzslavu vēl nav.',
  'pw.failed': 'Uzslavas neizdevās ielādēt. Mēģini vēlreiz.',
  'pw.more': 'Rādīt vairāk',
  'pw.stars': '{n} no 5 zvaigznēm',
  'pw.employee': 'Darbinieks: {name}',
  'pw.ch.online': 'Tīmeklī',
  'pw.ch.branch': 'Filiālē',
  'pw.ch.phone': 'Pa tālruni',
  'pw.ch.paper': 'Papīra anketā',
  'pt.notfound.p': 'Pārbaudi saiti vai atrodi dalībnieku meklēšanā.',
  'unavailable.title': 'Pakalpojums nav pieejams',
  'pt.category': 'Kategorija'
});
