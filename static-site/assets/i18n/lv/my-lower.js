/* Latvian strings of the lower sections of the participant's view (/my/: benchmarks, mystery shopping, earlier
   years), loaded when one of them comes near the screen. */
I18N.define('lv', {
  'my.bm.hint': 'Grupas rādītāji ir vidējie; atsevišķu dalībnieku skaitļi netiek rādīti. Aspekti: cik daļā uzslavu tas minēts.',
  'my.bm.size': 'Dalībnieku skaits grupā: {n}',
  'my.nodata': 'Nepietiek datu: grupā ir mazāk nekā {n} dalībnieki.',
  'my.nodata.short': 'nepietiek datu',
  'my.you': 'Jūs',
  'my.group': 'Grupas vidējais',
  'my.g.industry': 'Nozare',
  'my.g.category': 'Kategorija',
  'my.g.sizeClass': 'Lieluma grupa',
  'my.noMystery': 'Slepenā pircēja vērtējumu vēl nav.',
  'my.visits': 'Novērtētie apmeklējumi: {n}',
  'my.criteria': 'Rezultāts pa kritērijiem (0–100)',
  'my.criterion': 'Kritērijs',
  'my.byChannel': 'Rezultāts pa kanāliem (0–100)',
  'my.mc.visit': 'Apmeklējums',
  'my.mc.phone': 'Tālrunis',
  'my.mc.e-mail': 'E-pasts',
  'my.mc.web': 'Tīmekļa vietne',
  'my.notes': 'Vērtētāju piezīmes',
  'my.noYears': 'Šis ir pirmais dalības gads.',
  'my.year': 'Gads',
  'my.mark': 'Kvalitātes zīme',
  'my.yearsTable': 'Iepriekšējo gadu tabula',
  'my.nodataFor': 'Nepietiek datu salīdzinājumam ar: {list}.'
});
