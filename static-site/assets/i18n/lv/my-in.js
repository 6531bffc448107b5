/* Latvian strings of the participant's sign-in (/my/, loaded only when not signed in). */
I18N.define('lv', {
  'my.in.title': 'Dalībnieka pieslēgšanās',
  'my.in.intro': 'Dalībnieka kontaktpersonas saņem e-pastā vienreizēju kodu.',
  'my.in.email': 'E-pasta adrese',
  'my.in.send': 'Saņemt kodu',
  'my.in.code': 'Kods no e-pasta',
  'my.in.go': 'Pieslēgties',
  'my.in.again': 'Cita adrese vai jauns kods',
  'my.in.sending': 'Sūta…',
  'my.in.sent': 'Ja {email} ir reģistrēta kā dalībnieka kontaktpersona, uz to nosūtīts kods. Tas derīgs 3 minūtes.',
  'my.in.noEmail': 'Ievadi e-pasta adresi.',
  'my.in.badEmail': 'Pārbaudi e-pasta adresi.',
  'my.in.badCode': 'Kodā ir tikai cipari (6–8).',
  'my.in.wrong': 'Kods nav pareizs. Mēģini vēlreiz.',
  'my.in.expiredCode': 'Kods ir beidzies vai izmantots. Pieprasi jaunu.',
  'my.in.tooMany': 'Pārāk daudz mēģinājumu. Pagaidi dažas minūtes un mēģini vēlreiz.',
  'my.in.expired': 'Sesija ir beigusies. Lūdzu, piesakies vēlreiz.',
  'my.in.out': 'Tu esi izgājis.',
  'my.in.none': 'Šai adresei nav piesaistīts neviens dalībnieks.'
});
