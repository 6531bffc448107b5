/* English strings of the home page (index.html). */
I18N.define('en', {
  'index.lead': 'Were you served especially well? Find the company or institution and say thank you with praise!',
  'search.heading': 'Find a participant',
  'home.winners': 'Category winners of {year}',
  'home.rank': 'No. {rank} in the TOP-{topN}',
  'home.top': 'All TOP-{topN} results',
  'home.top.year': 'All TOP-{topN} results of {year}',
  'home.archived': 'The {year} campaign has not opened yet. It opens on {date}. Below: the results of {last}.'
});
