/* Latvian strings of the privacy notice (privacy.html); the controller and the periods come from /assets/privacy-settings.json. */
I18N.define('lv', {
  'pv.who.h': 'Kas ir atbildīgs',
  'pv.who': 'Kampaņas „Uzslavē labu servisu!” personas datu pārzinis ir:',
  'pv.unset': '(vēl nav norādīts)',
  'pv.contact': 'Saziņa datu aizsardzības jautājumos:',
  'pv.why.h': 'Kādēļ mēs apstrādājam datus',
  'pv.why': 'Lai rīkotu kampaņu: saņemtu uzslavas par servisu, apstiprinātu tās ar e-pastu, skaitītu vienu uzslavu no personas katram dalībniekam, tās moderētu, rādītu apstiprinātās uzslavas un paziņotu rezultātus.',
  'pv.basis.h': 'Tiesiskais pamats',
  'pv.basis': 'Tava piekrišana, ko dod uzslavas veidlapā (VDAR 6. panta 1. punkta a) apakšpunkts); to vari atsaukt jebkurā laikā. Katras personas skaitīšana vienreiz un ierobežojumi pret ļaunprātīgu izmantošanu balstās uz mūsu leģitīmajām interesēm pēc godīgiem rezultātiem (6. panta 1. punkta f) apakšpunkts).',
  'pv.kept.h': 'Ko mēs glabājam un cik ilgi',
  'pv.kept.email': 'Tava e-pasta adrese netiek glabāta: to izmanto vienreiz, lai nosūtītu apstiprināšanas saiti. Glabājam tikai ar slepenu atslēgu aprēķinātu jaucējvērtību (HMAC), no kuras adresi nevar nolasīt.',
  'pv.kept.pending': 'Neapstiprināta uzslava tiek dzēsta aptuveni 10 dienas pēc nosūtīšanas.',
  'pv.kept.hash': 'Jaucējvērtību glabājam, lai skaitītu vienu uzslavu no personas un atrastu tavas uzslavas, ja lūdz tās dzēst; to dzēšam {days} dienas pēc apbalvošanas, pēc tam tavas uzslavas vairs nevar saistīt ar tevi.',
  'pv.kept.ip': 'Arī tava IP adrese netiek glabāta: tās jaucējvērtība skaita iesniegumus pret ļaunprātīgas izmantošanas ierobežojumiem un tiek dzēsta, kad beidzas {minutes} minūšu logs.',
  'pv.kept.text': 'Pati uzslava (dalībnieks, filiāle, darbinieks, zvaigznes, aspekti, teksts) ir daļa no kampaņas rezultātiem un tiek glabāta kopā ar tiem; apstiprinātas uzslavas var tikt rādītas publiski, nekad ar tavu vārdu vai adresi.',
  'pv.kept.logs': 'Mūsu tehniskajos žurnālos nav e-pasta vai IP adrešu.',
  'pv.p4': 'Lūdzu, neraksti uzslavas tekstā savus vai citu cilvēku personas datus.',
  'pv.rights.h': 'Tavas tiesības',
  'pv.rights': 'Tev ir tiesības piekļūt saviem datiem, prasīt tos labot vai dzēst, ierobežot to apstrādi vai iebilst pret to, kā arī atsaukt piekrišanu.',
  'pv.how': 'Lai tās izmantotu, raksti uz iepriekš norādīto adresi no e-pasta adreses, ar kuru uzslavēji: mēs aprēķinām tās jaucējvērtību, lai atrastu tavas uzslavas, un atbildam viena mēneša laikā.',
  'pv.complaint': 'Tu vari arī iesniegt sūdzību Datu valsts inspekcijā (www.dvi.gov.lv).'
});
