/* Latvian strings of every page: header, navigation, footer, campaign state, search, errors any request can meet. */
I18N.define('lv', {
  'nav.howChecked': 'Kā mēs pārbaudām uzslavas',
  'skip': 'Pāriet uz saturu',
  'site.name': 'Uzslavē labu servisu!',
  'nav.label': 'Galvenā navigācija',
  'nav.home': 'Sākums',
  'nav.praise': 'Uzslavēt',
  'nav.privacy': 'Privātums',
  'nav.results': 'Rezultāti',
  'nav.verify': 'Pārbaudīt sertifikātu',
  'lang.label': 'Valoda',
  'footer': 'Kampaņa, kurā klienti uzslavē labu apkalpošanu.',
  'loading': 'Ielādē…',
  'back': 'Uz sākumlapu',
  'state.upcoming': 'Uzslavu pieņemšana vēl nav sākusies. Sākums: {date}.',
  'state.open': 'Uzslavas var iesniegt. Pēdējā diena: {date}.',
  'state.closed': 'Uzslavu pieņemšana ir beigusies. Noslēgums: {date}.',
  'search.label': 'Uzņēmuma vai iestādes nosaukums',
  'search.hint': 'Var rakstīt arī bez garumzīmēm.',
  'search.count': 'Atrasto dalībnieku skaits: {n}',
  'search.none': 'Nekas netika atrasts.',
  'privacy': 'Privātuma paziņojums',
  'err.invalid': 'Pārbaudi ievadīto informāciju.',
  // A direct call to the API, past CloudFront (403 edge_required): the site itself never meets it.
  'err.edge_required': 'Pieprasījums nenāca caur kampaņas vietni. Lūdzu, atver vietni un mēģini vēlreiz.',
  'err.internal': 'Mūsu pusē radās kļūda. Lūdzu, mēģini vēlāk.',
  // API Gateway's own 429, on any route.
  'err.throttled': 'Šobrīd saņemam pārāk daudz pieprasījumu. Lūdzu, pagaidi brīdi un mēģini vēlreiz.',
  'err.network': 'Neizdevās sazināties ar serveri. Pārbaudi interneta savienojumu un mēģini vēlreiz.',
  'err.unavailable': 'Pakalpojums pašlaik nav pieejams. Lūdzu, mēģini vēlāk.'
});
