/* Estonian strings of the participant's page (/my/), every state: title, header, the choice of participant, load errors. */
I18N.define('et', {
  'my.title': 'Minu osalus',
  'my.console': 'Tagasi konsooli',
  'my.out': 'Logi välja',
  'my.choose': 'Vali osaleja',
  'my.notFound': 'Seda osalejat ei leitud või see pole sulle nähtav.',
  'my.retry': 'Proovi uuesti'
});
