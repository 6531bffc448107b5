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
  'n.done': 'Aitäh! Saatsime sulle lingi: soovitus läheb arvesse, kui oled selle avanud (link kehtib 72 tundi).',
  'err.limit_reached': 'Lühikese aja jooksul on saadetud liiga palju. Palun proovi uuesti {n} min pärast.',
  'err.limit_reached.address': 'Sellest võrgust on saadetud liiga palju. Palun proovi uuesti {n} min pärast.',
  'err.limit_reached.email': 'Selle e-posti aadressiga on saadetud liiga palju. Palun proovi uuesti {n} min pärast.',
  'err.mail_failed': 'Kinnituskirja ei õnnestunud saata. Midagi ei läinud arvesse — palun proovi uuesti.',
  'err.not_configured': 'Teenus pole veel täielikult seadistatud. Palun proovi hiljem.',
  'n.back': 'Kiida mõnda osalejat',
  'inv.name': 'Kirjuta organisatsiooni nimi (2–200 tähemärki).'
});
