/* Estonian strings of check-email.html and confirm.html. */
I18N.define('et', {
  'ce.title': 'Kontrolli oma e-posti',
  'ce.p1': 'Saatsime sulle lingi. Sinu kiitus läheb arvesse alles siis, kui oled lingi avanud.',
  'ce.p2': 'Link kehtib 72 tundi.',
  'ce.p3': 'Kirja pole? Vaata rämpsposti kausta. Kui link on aegunud, saada kiitus uuesti.',
  'cf.title': 'Kiituse kinnitamine',
  'cf.pending': 'Kinnitamine…',
  'cf.confirmed': 'Aitäh! Sinu kiitus läks arvesse.',
  'cf.confirmed.p': 'Sinu kiitus osalejale „{name}” on kinnitatud.',
  'cf.already_confirmed': 'Kiitus on juba kinnitatud. Aitäh!',
  'cf.already_confirmed.p': 'Sinu kiitus osalejale „{name}” kinnitati juba varem.',
  'cf.already_praised': 'Oled seda osalejat juba kiitnud',
  'cf.invalid_token': 'Link ei kehti',
  'cf.token_expired': 'Link on aegunud',
  'cf.closed': 'Kiitmine on lõppenud',
  'cf.failed': 'Kiitust ei õnnestunud kinnitada',
  'cf.again': 'Saada kiitus uuesti',
  'cf.link': 'Vaata osaleja lehte',
  // The link refused; err.closed and err.already_praised say what form.js and praise.js say.
  'err.invalid_token': 'Kinnituslink ei kehti. Kontrolli, et avasid e-kirjast kogu lingi.',
  'err.token_expired': 'Kinnituslink on aegunud (see kehtib 72 tundi). Palun saada kiitus uuesti.',
  'err.closed': 'Kiitmine on lõppenud, seega ei saa enam kiita ega kiitust kinnitada.',
  'err.already_praised': 'Selle e-posti aadressiga on seda osalejat selles kampaanias juba kiidetud. Iga inimene saab osalejat kiita üks kord.'
});
