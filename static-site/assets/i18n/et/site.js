/* Estonian strings of every page: header, navigation, footer, campaign state, search, errors any request can meet. */
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
  'state.upcoming': 'Kiitmine pole veel alanud. Algus: {date}.',
  'state.open': 'Kiitusi saab anda. Viimane päev: {date}.',
  'state.closed': 'Kiitmine on lõppenud. Lõpp: {date}.',
  'search.label': 'Ettevõtte või asutuse nimi',
  'search.hint': 'Võid kirjutada ka ilma täpitähtedeta.',
  'search.count': 'Leitud osalejaid: {n}',
  'search.none': 'Midagi ei leitud.',
  'privacy': 'Privaatsusteade',
  'err.invalid': 'Palun kontrolli sisestatud andmeid.',
  // A direct call to the API, past CloudFront (403 edge_required): the site itself never meets it.
  'err.edge_required': 'See päring ei tulnud kampaania veebilehe kaudu. Palun ava veebileht ja proovi uuesti.',
  'err.internal': 'Meie poolel tekkis viga. Palun proovi hiljem uuesti.',
  // API Gateway's own 429, on any route.
  'err.throttled': 'Saame praegu liiga palju päringuid. Palun oota hetk ja proovi uuesti.',
  'err.network': 'Serveriga ei õnnestunud ühendust saada. Kontrolli internetiühendust ja proovi uuesti.',
  'err.unavailable': 'Teenus pole praegu saadaval. Palun proovi hiljem uuesti.'
});
