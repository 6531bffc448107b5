/* Estonian strings of the participant's sign-in (/my/, loaded only when not signed in). */
I18N.define('et', {
  'my.in.title': 'Osaleja sisselogimine',
  'my.in.intro': 'Osaleja kontaktisikud saavad e-kirjaga ühekordse koodi.',
  'my.in.email': 'E-posti aadress',
  'my.in.send': 'Saada kood',
  'my.in.code': 'Kood e-kirjast',
  'my.in.go': 'Logi sisse',
  'my.in.again': 'Muu aadress või uus kood',
  'my.in.sending': 'Saadab…',
  'my.in.sent': 'Kui {email} on osaleja kontaktisikuna registreeritud, saadeti sellele kood. See kehtib 3 minutit.',
  'my.in.noEmail': 'Sisesta e-posti aadress.',
  'my.in.badEmail': 'Kontrolli e-posti aadressi.',
  'my.in.badCode': 'Koodis on ainult numbrid (6–8).',
  'my.in.wrong': 'Kood ei ole õige. Proovi uuesti.',
  'my.in.expiredCode': 'Kood on aegunud või kasutatud. Küsi uus.',
  'my.in.tooMany': 'Liiga palju katseid. Oota paar minutit ja proovi uuesti.',
  'my.in.expired': 'Seanss on lõppenud. Palun logi uuesti sisse.',
  'my.in.out': 'Oled välja logitud.',
  'my.in.none': 'Selle aadressiga pole seotud ühtegi osalejat.'
});
