/* English strings of the lower sections of the participant's view (/my/: benchmarks, mystery shopping, earlier
   years), loaded when one of them comes near the screen. */
I18N.define('en', {
  'my.bm.hint': 'Group figures are averages; no single participant’s figures are shown. Aspects: the share of praise naming it.',
  'my.bm.size': 'Participants in the group: {n}',
  'my.nodata': 'Not enough data: the group has fewer than {n} participants.',
  'my.nodata.short': 'not enough data',
  'my.you': 'You',
  'my.group': 'Group average',
  'my.g.industry': 'Industry',
  'my.g.category': 'Category',
  'my.g.sizeClass': 'Size class',
  'my.noMystery': 'No mystery shopping results yet.',
  'my.visits': 'Visits evaluated: {n}',
  'my.criteria': 'Result per criterion (0–100)',
  'my.criterion': 'Criterion',
  'my.byChannel': 'Result per channel (0–100)',
  'my.mc.visit': 'Visit',
  'my.mc.phone': 'Phone',
  'my.mc.e-mail': 'E-mail',
  'my.mc.web': 'Website',
  'my.notes': 'Evaluators’ notes',
  'my.noYears': 'This is the first year of taking part.',
  'my.year': 'Year',
  'my.mark': 'Quality mark',
  'my.yearsTable': 'Table of earlier years',
  'my.nodataFor': 'Not enough data to compare with: {list}.'
});
