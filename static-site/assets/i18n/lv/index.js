/* Latvian strings of the home page (index.html). */
I18N.define('lv', {
  'index.lead': 'Vai tevi apkalpoja īpaši labi? Atrodi uzņēmumu vai iestādi un pasaki paldies ar uzslavu!',
  'search.heading': 'Meklēt dalībnieku'
});
