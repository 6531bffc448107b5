/* English strings of every page: header, navigation, footer, search, errors any request can meet. */
I18N.define('en', {
  'nav.howChecked': 'How praise is checked',
  'skip': 'Skip to content',
  'site.name': 'Praise good service!',
  'nav.label': 'Main navigation',
  'nav.home': 'Home',
  'nav.praise': 'Praise',
  'nav.privacy': 'Privacy',
  'nav.results': 'Results',
  'nav.verify': 'Verify a certificate',
  'lang.label': 'Language',
  'footer': 'A campaign where customers praise good service.',
  'loading': 'Loading…',
  'back': 'Back to the home page',
  'search.label': 'Name of the company or institution',
  'search.hint': 'Accents and diacritics are optional.',
  'search.count': 'Participants found: {n}',
  'search.none': 'Nothing found.',
  'search.branches': 'branches ({n}): {list}',
  'search.noBranches': 'no branches',
  'privacy': 'Privacy notice',
  'err.invalid': 'Please check what you entered.',
  'err.internal': 'Something went wrong on our side. Please try again later.',
  // API Gateway's own 429, on any route.
  'err.throttled': 'We are receiving too many requests right now. Please wait a moment and try again.',
  'err.network': 'Could not reach the server. Check your connection and try again.',
  'err.unavailable': 'The service is unavailable right now. Please try again later.'
});
