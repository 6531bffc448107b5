/* Latvian strings of the home page (index.html). */
I18N.define('lv', {
  'index.lead': 'Vai tevi apkalpoja īpaši labi? Atrodi uzņēmumu vai iestādi un pasaki paldies ar uzslavu!',
  'search.heading': 'Meklēt dalībnieku',
  'home.winners': '{year}. gada kategoriju uzvarētāji',
  'home.rank': '{rank}. vieta TOP-{topN}',
  'home.top': 'Visi TOP-{topN} rezultāti',
  'home.top.year': 'Visi {year}. gada TOP-{topN} rezultāti',
  'home.archived': '{year}. gada kampaņa vēl nav sākusies. Sākums: {date}. Zemāk – {last}. gada rezultāti.'
});
