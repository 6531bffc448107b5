/* Latvian strings of the privacy notice (privacy.html). */
I18N.define('lv', {
  'pv.p1': 'Iesniedzot uzslavu, tu norādi savu e-pasta adresi. Mēs to izmantojam tikai tam, lai nosūtītu saiti uzslavas apstiprināšanai un lai viena persona katru dalībnieku varētu uzslavēt tikai vienu reizi.',
  'pv.p2': 'Pēc apstiprināšanas mēs tavu e-pasta adresi neglabājam. Saglabājam tikai ar slepenu atslēgu aprēķinātu jaucējvērtību (hash), no kuras adrese nav nolasāma.',
  'pv.p3': 'Uzslavas teksts pēc moderēšanas var tikt publicēts. Tavi kā uzslavas autora personas dati netiek publicēti.',
  'pv.p4': 'Lūdzu, neraksti uzslavas tekstā savus personas datus.'
});
