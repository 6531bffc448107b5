/* Latvian strings of how praise is checked (how-praise-is-checked.html). */
I18N.define('lv', {
  'hc.lead': 'Šeit aprakstīts, kā uzslavas tiek pārbaudītas, moderētas un ieskaitītas vērtējumā.',
  'hc.email.h': 'E-pasta apstiprinājums',
  'hc.email.p': 'Katra tīmekļa uzslava tiek ieskaitīta tikai pēc tam, kad tās autors atver apstiprinājuma saiti savā e-pastā (derīga 72 stundas). E-pasta adrese netiek publicēta.',
  'hc.once.h': 'Viena uzslava no personas katram dalībniekam',
  'hc.once.p': 'Viena e-pasta adrese kampaņas laikā var ieskaitīt vienu uzslavu katram dalībniekam.',
  'hc.mod.h': 'Moderācija',
  'hc.mod.p': 'Organizatori pārskata uzslavu tekstus pirms publicēšanas. Uzslava tiek noraidīta, ja tā ir:',
  'hc.mod.1': 'mēstule (spams);',
  'hc.mod.2': 'aizskaroša;',
  'hc.mod.3': 'nav par apkalpošanu;',
  'hc.mod.4': 'satur personas datus.',
  'hc.mod.p2': 'Noraidīta uzslava netiek rādīta un netiek ieskaitīta vērtējumā.',
  'hc.score.h': 'Kā tiek aprēķināts vērtējums',
  'hc.score.p1': 'Kopvērtējums sastāv no trim daļām: tiešsaistes uzslavas 30 %, uzslavas filiālēs 30 % un slepenā pircēja vērtējums 40 %.',
  'hc.score.p2': 'Uzslavu zvaigznes tiek vidējotas ar Bajesa vidējo (C = 5): dalībniekam ar nedaudzām uzslavām vērtējums tuvojas kampaņas vidējam, tāpēc dažas uzslavas nedod nesamērīgu priekšrocību.',
  'hc.score.p3': 'Lai iekļūtu rezultātos, nepieciešams slepenā pircēja vērtējums un kopvērtējums vismaz 80.',
  'hc.src.h': 'Uzslavu avoti',
  'hc.src.p': 'Uzslavas tiek saņemtas tīmeklī (šajā vietnē), pa tālruni un papīra anketās apkalpošanas vietās. Tālruņa un papīra uzslavas ievada organizatori; tās ir atzīmētas ar avotu. Papīra anketas tiek ieskaitītas kā uzslavas filiālēs, tālruņa uzslavas – kā tiešsaistes.'
});
