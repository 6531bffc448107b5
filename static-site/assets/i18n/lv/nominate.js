/* Latvian strings of the nomination form (nominate.html). */
I18N.define('lv', {
  'n.title': 'Uzslavē organizāciju, kuras nav sarakstā',
  'n.lead': 'Šī uzslava netiek vērtēta kampaņā, bet organizatori redzēs, cik cilvēku to ieteikuši, un var to aicināt piedalīties.',
  'n.name': 'Organizācijas nosaukums',
  'n.text': 'Kāpēc to uzslavē? (nav obligāti)',
  'n.email.hint': 'Katru cilvēku skaitām vienu reizi; adresi neglabājam un nepublicējam.',
  'n.consent': 'Piekrītu, ka mana e-pasta adrese tiek izmantota, lai mani skaitītu vienu reizi.',
  'n.submit': 'Ieteikt',
  'n.errors': 'Ieteikums netika nosūtīts',
  'n.done': 'Paldies! Mēs tev nosūtījām saiti: ieteikums tiks ieskaitīts, kad to atvērsi (saite derīga 72 stundas).',
  'err.limit_reached': 'Pārāk daudz iesūtīts īsā laikā. Lūdzu, mēģini vēlreiz pēc {n} min.',
  'err.limit_reached.address': 'No šī tīkla iesūtīts pārāk daudz. Lūdzu, mēģini vēlreiz pēc {n} min.',
  'err.limit_reached.email': 'Ar šo e-pasta adresi iesūtīts pārāk daudz. Lūdzu, mēģini vēlreiz pēc {n} min.',
  'err.mail_failed': 'Neizdevās nosūtīt apstiprinājuma e-pastu. Nekas netika ieskaitīts — lūdzu, mēģini vēlreiz.',
  'err.not_configured': 'Pakalpojums vēl nav pilnībā iestatīts. Lūdzu, mēģini vēlāk.',
  'n.back': 'Uzslavēt kādu no dalībniekiem',
  'inv.name': 'Ieraksti organizācijas nosaukumu (2–200 rakstzīmes).'
});
