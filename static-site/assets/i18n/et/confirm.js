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
  'cf.again': 'Saada kiitus uuesti'
});
