/* Latvian strings of every page: header, navigation, footer, search, errors any request can meet. */
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
  'search.label': 'Uzņēmuma vai iestādes nosaukums',
  'search.hint': 'Var rakstīt arī bez garumzīmēm.',
  'search.count': 'Atrasto dalībnieku skaits: {n}',
  'search.none': 'Nekas netika atrasts.',
  'search.branches': 'filiāles ({n}): {list}',
  'search.noBranches': 'bez filiālēm',
  'privacy': 'Privātuma paziņojums',
  'err.invalid': 'Pārbaudi ievadīto informāciju.',
  'err.internal': 'Mūsu pusē radās kļūda. Lūdzu, mēģini vēlāk.',
  // API Gateway's own 429, on any route.
  'err.throttled': 'Šobrīd saņemam pārāk daudz pieprasījumu. Lūdzu, pagaidi brīdi un mēģini vēlreiz.',
  'err.network': 'Neizdevās sazināties ar serveri. Pārbaudi interneta savienojumu un mēģini vēlreiz.',
  'err.unavailable': 'Pakalpojums pašlaik nav pieejams. Lūdzu, mēģini vēlāk.'
});
