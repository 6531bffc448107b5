/* Estonian strings of the home page (index.html). */
I18N.define('et', {
  'index.lead': 'Kas sind teenindati eriti hästi? Leia ettevõte või asutus ja ütle kiitusega aitäh!',
  'search.heading': 'Otsi osalejat',
  'home.winners': '{year}. aasta kategooriate võitjad',
  'home.rank': '{rank}. koht (TOP-{topN})',
  'home.top': 'Kõik TOP-{topN} tulemused',
  'home.top.year': 'Kõik {year}. aasta TOP-{topN} tulemused',
  'home.archived': '{year}. aasta kampaania pole veel alanud. Algus: {date}. Allpool: {last}. aasta tulemused.'
});
