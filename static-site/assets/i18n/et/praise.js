/* Estonian strings of the praise form (praise.html). */
I18N.define('et', {
  'err.not_configured': 'Teenus pole veel täielikult seadistatud. Palun proovi hiljem uuesti.',
  // Only the praise form is limited per address and e-mail (POST /api/praise).
  'err.limit_reached': 'Liiga palju kiitusi lühikese aja jooksul. Palun proovi uuesti {n} min pärast.',
  'err.limit_reached.address': 'Sellest võrgust on saadetud liiga palju kiitusi. Palun proovi uuesti {n} min pärast.',
  'err.limit_reached.email': 'Selle e-posti aadressiga on saadetud liiga palju kiitusi. Palun proovi uuesti {n} min pärast.',
  'p.title': 'Saada kiitus',
  'p.who': 'Keda soovid kiita?',
  'p.chosen': 'Sa kiidad:',
  'p.change': 'Muuda',
  'p.branch': 'Filiaal või teeninduskoht (valikuline)',
  'p.branch.none': '— määramata —',
  'p.employee': 'Töötaja nimi (valikuline)',
  'p.stars': 'Hinnang',
  'stars.one': '{n} tärn',
  'stars.other': '{n} tärni',
  'p.aspects': 'Mis oli eriti hea? (valikuline)',
  'p.text': 'Sinu kiitus',
  'p.counter': '{n}/{max} tähemärki',
  'p.channel': 'Kuidas sind teenindati?',
  'channel.online': 'Veebis',
  'channel.branch': 'Filiaalis või teeninduskohas',
  'p.email.hint': 'Saadame sinna lingi kiituse kinnitamiseks. Aadressi ei avaldata.',
  'p.consent': 'Nõustun, et minu e-posti aadressi kasutatakse kiituse kinnitamiseks.',
  'p.notListed': 'Pole nimekirjas? Kirjuta selle nimi',
  'p.submit': 'Saada kiitus',
  'p.errors': 'Kiitust ei saadetud'
});
