/* Latvian strings of the nomination form (nominate.html). */
I18N.define('lv', {
  'n.title': 'Uzslavē organizāciju, kuras nav sarakstā',
  'n.lead': 'Šī uzslava netiek vērtēta kampaņā, bet organizatori redzēs, cik cilvēku to ieteikuši, un var to aicināt piedalīties.',
  'n.name': 'Organizācijas nosaukums',
  'n.text': 'Kāpēc to uzslavē? (nav obligāti)',
  'n.email.hint': 'Katru cilvēku skaitām vienu reizi; adresi neglabājam un nepublicējam.',
  'n.consent': 'Piekrītu, ka mana e-pasta adrese tiek izmantota, lai mani skaitītu vienu reizi.',
  'n.submit': 'Ieteikt',
  'n.errors': 'Ieteikums netika nosūtīts',
  'n.done': 'Paldies! Organizatori redzēs tavu ieteikumu.',
  'n.back': 'Uzslavēt kādu no dalībniekiem',
  'inv.name': 'Ieraksti organizācijas nosaukumu (2–200 rakstzīmes).'
});
