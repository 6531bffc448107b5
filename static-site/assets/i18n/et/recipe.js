/* Estonian strings of how to check the results (check-results.html). */
I18N.define('et', {
  'rc.title': 'Kuidas tulemusi kontrollida',
  'rc.lead': 'Tulemuste lehel on link avaandmete failile: täpselt see tekst, millest tulemused arvutati. Selles pole e-posti aadresse, kiituste tekste ega hindajate nimesid.',
  'rc.1': 'Arvuta faili SHA-256 (nt sha256sum): see peab võrduma tulemuste lehel näidatud sisendandmete kontrollsummaga.',
  'rc.2': 'Read, väljad tabeldusmärgiga eraldatud: formula (versioon); rules (C, vaikimisi keskmine, kaalud veeb/filiaal/müstiline klient, lävi); rules2027.2 (kiituste miinimum, mahu osa w, K); participant (id, nimi, kategooria, valdkond, suurusrühm, kas on filiaale); praise (osaleja, komponent, arv n, tähtede summa S); evaluation (osaleja, kuupäev, kanal, hinne).',
  'rc.3': 'Komponendi keskmine m = kõigi selle tähtede summa / kiituste arv. Tähed = 20·(C·m + S)/(C + n). Versioonis 2027.1 on see komponent ja müstiline klient on hinnete keskmine.',
  'rc.4': 'Versioonis 2027.2 komponent = (1 − w)·tähed + w·100·n/(n + R), kus R on sama suurusrühma selle komponendiga osalejate n mediaan, vähemalt miinimum; müstiline klient = (K·μ + hinnete summa)/(K + hinnete arv), μ kõigi hinnete keskmine.',
  'rc.5': 'Koondtulemus = olemasolevate komponentide kaalutud keskmine (filiaal ainult filiaalidega, müstiline klient ainult hinnatutel), ümardatud 2 kohani. Auhinnale vastab hinnatud osaleja, kelle koondtulemus on vähemalt lävi (2027.2: ka vähemalt miinimumarv kiitusi); järjestus: koondtulemus, kiituste arv, müstilise kliendi hinne.',
  'rc.more': 'Täielik kirjeldus: projekti lähtekoodis docs/scoring.md ja docs/awards.md.'
});
