/* Latvian strings of check-email.html and confirm.html. */
I18N.define('lv', {
  'ce.title': 'Pārbaudi savu e-pastu',
  'ce.p1': 'Mēs tev nosūtījām saiti. Uzslava tiks ieskaitīta tikai tad, kad atvērsi šo saiti.',
  'ce.p2': 'Saite ir derīga 72 stundas.',
  'ce.p3': 'Neredzi vēstuli? Pārbaudi mēstuļu mapi. Ja saite ir novecojusi, iesniedz uzslavu vēlreiz.',
  'cf.title': 'Uzslavas apstiprināšana',
  'cf.pending': 'Apstiprina…',
  'cf.confirmed': 'Paldies! Tava uzslava ir ieskaitīta.',
  'cf.confirmed.p': 'Tava uzslava dalībniekam „{name}” ir apstiprināta.',
  'cf.already_confirmed': 'Uzslava jau ir apstiprināta. Paldies!',
  'cf.already_confirmed.p': 'Tava uzslava dalībniekam „{name}” tika apstiprināta jau iepriekš.',
  'cf.already_praised': 'Šis dalībnieks jau ir uzslavēts',
  'cf.invalid_token': 'Saite nav derīga',
  'cf.token_expired': 'Saite ir novecojusi',
  'cf.closed': 'Uzslavu pieņemšana ir beigusies',
  'cf.failed': 'Uzslavu neizdevās apstiprināt',
  'cf.again': 'Iesniegt uzslavu no jauna'
});
