/* Latvian strings of my/opt-out.html. */
I18N.define('lv', {
  'oo.title': 'Atteikties no iknedēļas vēstules',
  'oo.ask': 'Vairs nesaņemt iknedēļas uzslavu vēstuli?',
  'oo.ask.p': 'Kampaņas laikā katru pirmdienu uz šo adresi sūtām pārskatu par jūsu organizācijas pagājušās nedēļas uzslavām. Pēc atteikšanās šai adresei to vairs nesūtīsim. Uzslavas joprojām varat apskatīt savā lapā.',
  'oo.button': 'Atteikties',
  'oo.sending': 'Sūtām…',
  'oo.done': 'Vēstuli vairs nesūtīsim',
  'oo.done.p': 'Iknedēļas uzslavu vēstule uz šo adresi vairs netiks sūtīta. Uzslavas joprojām redzamas jūsu lapā.',
  'oo.bad': 'Saite nav derīga',
  'oo.bad.p': 'Pārbaudiet, vai atvērāt visu saiti no e-pasta. Nekas netika mainīts.',
  'oo.failed': 'Neizdevās atteikties',
  'oo.failed.p': 'Radās kļūda serverī. Nekas netika mainīts; mēģiniet vēlreiz vēlāk.'
});
