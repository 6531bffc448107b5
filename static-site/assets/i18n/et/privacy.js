/* Estonian strings of the privacy notice (privacy.html). */
I18N.define('et', {
  'pv.p1': 'Kiitmisel sisestad oma e-posti aadressi. Kasutame seda ainult selleks, et saata sulle kiituse kinnituslink ja tagada, et iga inimene saab iga osalejat kiita vaid üks kord.',
  'pv.p2': 'Pärast kinnitamist me sinu e-posti aadressi ei säilita. Alles jääb ainult salajase võtmega arvutatud räsi, millest aadressi välja lugeda ei saa.',
  'pv.p3': 'Kiituse tekst võidakse pärast modereerimist avalikult näidata. Sinu kui kiitja isikuandmeid ei avaldata.',
  'pv.p4': 'Palun ära kirjuta kiituse teksti oma isikuandmeid.'
});
