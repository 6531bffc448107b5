/* Latvian strings of the participant's page (/my/), every state: title, header, the choice of participant, load errors. */
I18N.define('lv', {
  'my.title': 'Mana dalība',
  'my.console': 'Atpakaļ uz konsoli',
  'my.out': 'Iziet',
  'my.choose': 'Izvēlies dalībnieku',
  'my.notFound': 'Šis dalībnieks nav atrasts vai nav tev pieejams.',
  'my.retry': 'Mēģināt vēlreiz'
});
