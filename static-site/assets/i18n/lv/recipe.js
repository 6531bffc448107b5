/* Latvian strings of how to check the results (check-results.html). */
I18N.define('lv', {
  'rc.title': 'Kā pārbaudīt rezultātus',
  'rc.lead': 'Rezultātu lapā ir saite uz atvērto datu failu: tieši tas teksts, no kura rezultāti aprēķināti. Tajā nav e-pasta adrešu, uzslavu tekstu un vērtētāju vārdu.',
  'rc.1': 'Aprēķini faila SHA-256 (piemēram, sha256sum): tam jāsakrīt ar rezultātu lapā rādīto ievaddatu kontrolsummu.',
  'rc.2': 'Rindas, lauki atdalīti ar tabulāciju: formula (versija); rules (C, noklusētais vidējais, svari tiešsaistē/filiālē/slepenajam klientam, slieksnis); rules2027.2 (minimālais uzslavu skaits, apjoma daļa w, K); participant (id, nosaukums, kategorija, nozare, lieluma grupa, vai ir filiāles); praise (dalībnieks, komponente, skaits n, zvaigžņu summa S); evaluation (dalībnieks, datums, kanāls, vērtējums).',
  'rc.3': 'Komponentes vidējais m = visu tās zvaigžņu summa / uzslavu skaits. Zvaigznes = 20·(C·m + S)/(C + n). Versijā 2027.1 tā ir komponente, slepenais klients – vērtējumu vidējais.',
  'rc.4': 'Versijā 2027.2 komponente = (1 − w)·zvaigznes + w·100·n/(n + R), kur R – n mediāna tās pašas lieluma grupas dalībniekiem ar šo komponenti, ne mazāka par minimālo skaitu; slepenais klients = (K·μ + vērtējumu summa)/(K + vērtējumu skaits), μ – visu vērtējumu vidējais.',
  'rc.5': 'Kopvērtējums = svērtais vidējais no esošajām komponentēm (filiāles – tikai ar filiālēm, slepenais klients – tikai novērtētajiem), noapaļots līdz 2 zīmēm. Balvām atbilst novērtēti dalībnieki ar kopvērtējumu vismaz slieksnī (2027.2 – arī ar vismaz minimālo uzslavu skaitu); secība: kopvērtējums, uzslavu skaits, slepenā klienta vērtējums.',
  'rc.more': 'Pilns apraksts: projekta pirmkodā docs/scoring.md un docs/awards.md.'
});
