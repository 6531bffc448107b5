/* Estonian strings of withdraw.html. */
I18N.define('et', {
  'wd.title': 'Kiituse tagasivõtmine',
  'wd.ask': 'Kas võtate oma kiituse tagasi?',
  'wd.ask.p': 'Selle tekst ja töötaja nimi kustutatakse ning see ei lähe enam arvesse. Seda ei saa tagasi pöörata.',
  'wd.button': 'Võta kiitus tagasi',
  'wd.withdrawn': 'Kiitus on tagasi võetud',
  'wd.already_withdrawn': 'Kiitus oli juba tagasi võetud',
  'wd.done.p': 'Teie kiitus osalejale „{name}” on kustutatud ega lähe arvesse.',
  'wd.failed': 'Kiitust ei õnnestunud tagasi võtta',
  'wd.err.invalid_token': 'Link ei kehti. Kontrollige, kas avasite kogu lingi e-kirjast.',
  'wd.err.closed': 'Kampaania tulemused on avaldatud, seega kiitust ei saa enam tagasi võtta. Kirjutage korraldajatele (vt privaatsusteadet).'
});
