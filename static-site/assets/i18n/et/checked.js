/* Estonian strings of how praise is checked (how-praise-is-checked.html). */
I18N.define('et', {
  'hc.lead': 'Siin on kirjas, kuidas kiitusi kontrollitakse, modereeritakse ja hindamisel arvestatakse.',
  'hc.email.h': 'E-posti kinnitus',
  'hc.email.p': 'Iga veebikiitus läheb arvesse alles siis, kui autor avab e-kirjaga saadetud kinnituslingi (kehtib 72 tundi). Aadressi ei avaldata.',
  'hc.once.h': 'Üks kiitus inimese kohta osaleja kohta',
  'hc.once.p': 'Üks e-posti aadress saab kampaania jooksul anda igale osalejale ühe arvestatava kiituse.',
  'hc.mod.h': 'Modereerimine',
  'hc.mod.p': 'Korraldajad vaatavad kiitusetekstid enne avaldamist üle. Kiitus lükatakse tagasi, kui see on:',
  'hc.mod.1': 'rämpspost;',
  'hc.mod.2': 'solvav;',
  'hc.mod.3': 'ei puuduta teenindust;',
  'hc.mod.4': 'sisaldab isikuandmeid.',
  'hc.mod.p2': 'Tagasi lükatud kiitust ei näidata ega arvestata hindamisel.',
  'hc.score.h': 'Kuidas hinne arvutatakse',
  'hc.score.p1': 'Koondhinne koosneb kolmest osast: veebikiitused 30 %, filiaalikiitused 30 % ja salaostja hinnang 40 %.',
  'hc.score.p2': 'Tärnid keskmistatakse Bayesi keskmisega (C = 5): väheste kiitustega osaleja keskmine jääb kampaania keskmise lähedale.',
  'hc.score.p3': 'Paremusjärjestusse pääsemiseks on vaja salaostja hinnangut ja koondhinnet vähemalt 80.',
  'hc.src.h': 'Kiituste allikad',
  'hc.src.p': 'Kiitusi saab veebis (sellel lehel), telefoni teel ja paberankeetidel teeninduskohtades. Telefoni- ja paberkiitused sisestavad korraldajad, märgistatuna allikaga. Paberankeedid arvestatakse filiaalikiitustena, telefonikiitused veebikiitustena.'
});
