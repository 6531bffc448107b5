/* Latvian strings of withdraw.html. */
I18N.define('lv', {
  'wd.title': 'Atsaukt uzslavu',
  'wd.ask': 'Atsaukt savu uzslavu?',
  'wd.ask.p': 'Uzslavas teksts un darbinieka vārds tiks izdzēsti, un tā vairs netiks skaitīta. To nevar atsaukt.',
  'wd.button': 'Atsaukt uzslavu',
  'wd.withdrawn': 'Uzslava atsaukta',
  'wd.already_withdrawn': 'Uzslava jau ir atsaukta',
  'wd.done.p': 'Jūsu uzslava par “{name}” ir izdzēsta un netiek skaitīta.',
  'wd.failed': 'Uzslavu neizdevās atsaukt',
  'wd.err.invalid_token': 'Saite nav derīga. Pārbaudiet, vai atvērāt visu saiti no e-pasta.',
  'wd.err.closed': 'Kampaņas rezultāti ir publicēti, tāpēc uzslavu vairs nevar atsaukt. Rakstiet organizatoriem (skat. privātuma paziņojumu).'
});
