/* Latvian strings of the praise form (praise.html). */
I18N.define('lv', {
  'err.not_configured': 'Pakalpojums vēl nav pilnībā iestatīts. Lūdzu, mēģini vēlāk.',
  // Only the praise form is limited per address and e-mail (POST /api/praise).
  'err.limit_reached': 'Pārāk daudz uzslavu īsā laikā. Lūdzu, mēģini vēlreiz pēc {n} min.',
  'err.limit_reached.address': 'No šī tīkla nosūtīts pārāk daudz uzslavu. Lūdzu, mēģini vēlreiz pēc {n} min.',
  'err.limit_reached.email': 'Ar šo e-pasta adresi nosūtīts pārāk daudz uzslavu. Lūdzu, mēģini vēlreiz pēc {n} min.',
  'p.title': 'Iesniegt uzslavu',
  'p.who': 'Ko vēlies uzslavēt?',
  'p.chosen': 'Tu uzslavē:',
  'p.change': 'Mainīt',
  'p.branch': 'Filiāle vai apkalpošanas vieta (nav obligāti)',
  'p.branch.none': '— nav norādīts —',
  'p.employee': 'Darbinieka vārds (nav obligāti)',
  'p.stars': 'Vērtējums',
  'stars.one': '{n} zvaigzne',
  'stars.other': '{n} zvaigznes',
  'p.aspects': 'Kas bija īpaši labs? (nav obligāti)',
  'p.text': 'Tava uzslava',
  'p.counter': '{n} no {max} rakstzīmēm',
  'p.channel': 'Kā tevi apkalpoja?',
  'channel.online': 'Tiešsaistē',
  'channel.branch': 'Filiālē vai apkalpošanas vietā',
  'p.email.hint': 'Uz to nosūtīsim saiti uzslavas apstiprināšanai. Adrese netiek publicēta.',
  'p.consent': 'Piekrītu, ka mana e-pasta adrese tiek izmantota uzslavas apstiprināšanai.',
  'p.notListed': 'Nav sarakstā? Ieraksti tā nosaukumu',
  'p.submit': 'Nosūtīt uzslavu',
  'p.errors': 'Uzslava netika nosūtīta'
});
