/* Estonian strings of the lower sections of the participant's view (/my/: benchmarks, mystery shopping, earlier
   years), loaded when one of them comes near the screen. */
I18N.define('et', {
  'my.bm.hint': 'Grupi näitajad on keskmised; üksiku osaleja arve ei näidata. Aspektid: kui suur osa kiitustest seda nimetab.',
  'my.bm.size': 'Osalejaid grupis: {n}',
  'my.nodata': 'Andmeid pole piisavalt: grupis on alla {n} osaleja.',
  'my.nodata.short': 'andmeid pole piisavalt',
  'my.you': 'Teie',
  'my.group': 'Grupi keskmine',
  'my.g.industry': 'Valdkond',
  'my.g.category': 'Kategooria',
  'my.g.sizeClass': 'Suurusgrupp',
  'my.noMystery': 'Salaostja tulemusi veel pole.',
  'my.visits': 'Hinnatud külastusi: {n}',
  'my.criteria': 'Tulemus kriteeriumi kaupa (0–100)',
  'my.criterion': 'Kriteerium',
  'my.byChannel': 'Tulemus kanali kaupa (0–100)',
  'my.mc.visit': 'Külastus',
  'my.mc.phone': 'Telefon',
  'my.mc.e-mail': 'E-post',
  'my.mc.web': 'Veebisait',
  'my.notes': 'Hindajate märkused',
  'my.noYears': 'See on esimene osalemise aasta.',
  'my.year': 'Aasta',
  'my.mark': 'Kvaliteedimärk',
  'my.yearsTable': 'Varasemate aastate tabel',
  'my.nodataFor': 'Võrdluseks pole piisavalt andmeid: {list}.'
});
