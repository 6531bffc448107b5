/* Estonian strings of the privacy notice (privacy.html); the controller and the periods come from /assets/privacy-settings.json. */
I18N.define('et', {
  'pv.who.h': 'Kes vastutab',
  'pv.who': 'Kampaania „Kiida head teenindust!” isikuandmete vastutav töötleja on:',
  'pv.unset': '(veel määramata)',
  'pv.contact': 'Andmekaitseküsimustes kontakt:',
  'pv.why.h': 'Miks me andmeid töötleme',
  'pv.why': 'Kampaania korraldamiseks: et võtta vastu kiitusi teeninduse eest, kinnitada need e-posti teel, arvestada ühe inimese kohta üks kiitus osaleja kohta, neid modereerida, näidata heakskiidetud kiitusi ja teatada tulemustest.',
  'pv.basis.h': 'Õiguslik alus',
  'pv.basis': 'Sinu nõusolek, mille annad kiitmise vormil (isikuandmete kaitse üldmääruse artikli 6 lõike 1 punkt a); võid selle igal ajal tagasi võtta. Iga inimese ühekordne arvestamine ja kuritarvitamise piirangud põhinevad meie õigustatud huvil ausate tulemuste vastu (artikli 6 lõike 1 punkt f).',
  'pv.kept.h': 'Mida me säilitame ja kui kaua',
  'pv.kept.email': 'Sinu e-posti aadressi ei säilitata: seda kasutatakse üks kord kinnituslingi saatmiseks. Säilitame ainult salajase võtmega arvutatud räsi (HMAC), millest aadressi tagasi lugeda ei saa.',
  'pv.kept.pending': 'Kinnitamata kiitus kustutatakse umbes 10 päeva pärast saatmist.',
  'pv.kept.hash': 'Räsi säilitatakse, et arvestada ühe inimese kohta üks kiitus ja leida sinu kiitused, kui palud need kustutada; see kustutatakse {days} päeva pärast auhindade väljakuulutamist, seejärel ei saa sinu kiitusi enam sinuga seostada.',
  'pv.kept.ip': 'Ka sinu IP-aadressi ei säilitata: selle räsi loeb saadetisi kuritarvitamise piirangute jaoks ja kustutatakse, kui {minutes}-minutiline ajaaken lõpeb.',
  'pv.kept.text': 'Kiitus ise (osaleja, filiaal, töötaja, tärnid, aspektid, tekst) on osa kampaania tulemustest ja säilitatakse koos nendega; heakskiidetud kiitusi võidakse näidata avalikult, mitte kunagi sinu nime ega aadressiga.',
  'pv.kept.logs': 'Meie tehnilistes logides ei ole e-posti ega IP-aadresse.',
  'pv.p4': 'Palun ära kirjuta kiituse teksti enda ega teiste inimeste isikuandmeid.',
  'pv.rights.h': 'Sinu õigused',
  'pv.rights': 'Sul on õigus tutvuda oma andmetega, nõuda nende parandamist või kustutamist, piirata nende töötlemist või esitada vastuväide ning võtta nõusolek tagasi.',
  'pv.how': 'Nende kasutamiseks kirjuta ülaltoodud kontaktile sellelt e-posti aadressilt, millega kiitsid: arvutame selle aadressi räsi, et leida sinu kiitused, ja vastame ühe kuu jooksul.',
  'pv.complaint': 'Võid esitada kaebuse ka Läti andmekaitseasutusele (Datu valsts inspekcija, www.dvi.gov.lv).'
});
