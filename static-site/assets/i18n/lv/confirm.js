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
  'cf.again': 'Iesniegt uzslavu no jauna',
  'cf.link': 'Skatīt dalībnieka lapu',
  // The link refused; err.closed and err.already_praised say what form.js and praise.js say.
  'err.invalid_token': 'Apstiprināšanas saite nav derīga. Pārbaudi, vai atvēri visu saiti no e-pasta.',
  'err.token_expired': 'Apstiprināšanas saite ir novecojusi (tā ir derīga 72 stundas). Lūdzu, iesniedz uzslavu vēlreiz.',
  'err.closed': 'Uzslavu pieņemšana ir beigusies, tāpēc uzslavas vairs nevar iesniegt vai apstiprināt.',
  'err.already_praised': 'No šīs e-pasta adreses šis dalībnieks šajā kampaņā jau ir uzslavēts. Katru dalībnieku var uzslavēt vienu reizi.'
});
