/* Estonian strings of my/opt-out.html. */
I18N.define('et', {
  'oo.title': 'Iganädalasest kirjast loobumine',
  'oo.ask': 'Kas loobute iganädalasest kiituste kirjast?',
  'oo.ask.p': 'Kampaania ajal saadame igal esmaspäeval sellele aadressile ülevaate teie organisatsiooni eelmise nädala kiitustest. Pärast loobumist me seda sellele aadressile enam ei saada. Kiitused jäävad teie lehele.',
  'oo.button': 'Loobu',
  'oo.sending': 'Saadame…',
  'oo.done': 'Olete loobunud',
  'oo.done.p': 'Iganädalast kiituste kirja me sellele aadressile enam ei saada.',
  'oo.bad': 'Link ei kehti',
  'oo.bad.p': 'Kontrollige, kas avasite kogu lingi e-kirjast. Midagi ei muudetud.',
  'oo.failed': 'Loobumine ebaõnnestus',
  'oo.failed.p': 'Serveris tekkis viga. Midagi ei muudetud; proovige hiljem uuesti.'
});
