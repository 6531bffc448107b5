/* Estonian strings of the nomination form (nominate.html). */
I18N.define('et', {
  'n.title': 'Kiida organisatsiooni, mida pole nimekirjas',
  'n.lead': 'See kiitus kampaanias ei loe, kuid korraldajad näevad, mitu inimest seda nimetasid, ja võivad selle osalema kutsuda.',
  'n.name': 'Organisatsiooni nimi',
  'n.text': 'Miks sa seda kiidad? (valikuline)',
  'n.email.hint': 'Loeme iga inimest üks kord; aadressi ei säilitata ega avaldata.',
  'n.consent': 'Nõustun, et minu e-posti aadressi kasutatakse, et mind üks kord arvestada.',
  'n.submit': 'Soovita',
  'n.errors': 'Soovitust ei saadetud',
  'n.done': 'Aitäh! Korraldajad näevad sinu soovitust.',
  'n.back': 'Kiida mõnda osalejat',
  'inv.name': 'Kirjuta organisatsiooni nimi (2–200 tähemärki).'
});
