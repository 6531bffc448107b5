/* Estonian strings of every page: header, navigation, footer, search, errors any request can meet. */
I18N.define('et', {
  'nav.howChecked': 'Kuidas me kiitusi kontrollime',
  'skip': 'Liigu sisu juurde',
  'site.name': 'Kiida head teenindust!',
  'nav.label': 'Peamenüü',
  'nav.home': 'Avaleht',
  'nav.praise': 'Kiida',
  'nav.privacy': 'Privaatsus',
  'nav.results': 'Tulemused',
  'nav.verify': 'Kontrolli sertifikaati',
  'lang.label': 'Keel',
  'footer': 'Kampaania, kus kliendid kiidavad head teenindust.',
  'loading': 'Laadimine…',
  'back': 'Tagasi avalehele',
  'search.label': 'Ettevõtte või asutuse nimi',
  'search.hint': 'Võid kirjutada ka ilma täpitähtedeta.',
  'search.count': 'Leitud osalejaid: {n}',
  'search.none': 'Midagi ei leitud.',
  'search.branches': 'filiaalid ({n}): {list}',
  'search.noBranches': 'filiaalideta',
  'privacy': 'Privaatsusteade',
  'err.invalid': 'Palun kontrolli sisestatud andmeid.',
  'err.internal': 'Meie poolel tekkis viga. Palun proovi hiljem uuesti.',
  // API Gateway's own 429, on any route.
  'err.throttled': 'Saame praegu liiga palju päringuid. Palun oota hetk ja proovi uuesti.',
  'err.network': 'Serveriga ei õnnestunud ühendust saada. Kontrolli internetiühendust ja proovi uuesti.',
  'err.unavailable': 'Teenus pole praegu saadaval. Palun proovi hiljem uuesti.'
});
