/* All visible text of the site, keyed, in Latvian (default), English and Estonian,
   plus the language choice: ?lang= forces it, localStorage remembers it. */
(function () {
  'use strict';
  var D = {
    'nav.howChecked': { lv: 'Kā mēs pārbaudām uzslavas', en: 'How praise is checked', et: 'Kuidas me kiitusi kontrollime' },
    'hc.lead': { lv: 'Šeit aprakstīts, kā uzslavas tiek pārbaudītas, moderētas un ieskaitītas vērtējumā.', en: 'How praise is checked, moderated and counted in the scores.', et: 'Siin on kirjas, kuidas kiitusi kontrollitakse, modereeritakse ja hindamisel arvestatakse.' },
    'hc.email.h': { lv: 'E-pasta apstiprinājums', en: 'E-mail confirmation', et: 'E-posti kinnitus' },
    'hc.email.p': { lv: 'Katra tīmekļa uzslava tiek ieskaitīta tikai pēc tam, kad tās autors atver apstiprinājuma saiti savā e-pastā (derīga 72 stundas). E-pasta adrese netiek publicēta.', en: 'Each web praise counts only once its author opens the confirmation link sent to their e-mail (valid for 72 hours). The address is never published.', et: 'Iga veebikiitus läheb arvesse alles siis, kui autor avab e-kirjaga saadetud kinnituslingi (kehtib 72 tundi). Aadressi ei avaldata.' },
    'hc.once.h': { lv: 'Viena uzslava no personas katram dalībniekam', en: 'One praise per person per participant', et: 'Üks kiitus inimese kohta osaleja kohta' },
    'hc.once.p': { lv: 'Viena e-pasta adrese kampaņas laikā var ieskaitīt vienu uzslavu katram dalībniekam.', en: 'One e-mail address counts one praise per participant in a campaign.', et: 'Üks e-posti aadress saab kampaania jooksul anda igale osalejale ühe arvestatava kiituse.' },
    'hc.mod.h': { lv: 'Moderācija', en: 'Moderation', et: 'Modereerimine' },
    'hc.mod.p': { lv: 'Organizatori pārskata uzslavu tekstus pirms publicēšanas. Uzslava tiek noraidīta, ja tā ir:', en: 'The organisers review praise texts before they are shown. Praise is rejected when it is:', et: 'Korraldajad vaatavad kiitusetekstid enne avaldamist üle. Kiitus lükatakse tagasi, kui see on:' },
    'hc.mod.1': { lv: 'mēstule (spams);', en: 'spam;', et: 'rämpspost;' },
    'hc.mod.2': { lv: 'aizskaroša;', en: 'abusive;', et: 'solvav;' },
    'hc.mod.3': { lv: 'nav par apkalpošanu;', en: 'not about service;', et: 'ei puuduta teenindust;' },
    'hc.mod.4': { lv: 'satur personas datus.', en: 'containing personal data.', et: 'sisaldab isikuandmeid.' },
    'hc.mod.p2': { lv: 'Noraidīta uzslava netiek rādīta un netiek ieskaitīta vērtējumā.', en: 'Rejected praise is neither shown nor counted in the scores.', et: 'Tagasi lükatud kiitust ei näidata ega arvestata hindamisel.' },
    'hc.score.h': { lv: 'Kā tiek aprēķināts vērtējums', en: 'How the scores are computed', et: 'Kuidas hinne arvutatakse' },
    'hc.score.p1': { lv: 'Kopvērtējums sastāv no trim daļām: tiešsaistes uzslavas 30 %, uzslavas filiālēs 30 % un slepenā pircēja vērtējums 40 %.', en: 'The total has three parts: online praise 30 %, branch praise 30 % and the mystery-shopper evaluation 40 %.', et: 'Koondhinne koosneb kolmest osast: veebikiitused 30 %, filiaalikiitused 30 % ja salaostja hinnang 40 %.' },
    'hc.score.p2': { lv: 'Uzslavu zvaigznes tiek vidējotas ar Bajesa vidējo (C = 5): dalībniekam ar nedaudzām uzslavām vērtējums tuvojas kampaņas vidējam, tāpēc dažas uzslavas nedod nesamērīgu priekšrocību.', en: 'Stars are averaged with a Bayesian mean (C = 5): with few praises a participant’s mean stays near the campaign’s, so a handful of praise gives no outsized advantage.', et: 'Tärnid keskmistatakse Bayesi keskmisega (C = 5): väheste kiitustega osaleja keskmine jääb kampaania keskmise lähedale.' },
    'hc.score.p3': { lv: 'Lai iekļūtu rezultātos, nepieciešams slepenā pircēja vērtējums un kopvērtējums vismaz 80.', en: 'To be ranked, a participant needs a mystery-shopper evaluation and a total of at least 80.', et: 'Paremusjärjestusse pääsemiseks on vaja salaostja hinnangut ja koondhinnet vähemalt 80.' },
    'hc.src.h': { lv: 'Uzslavu avoti', en: 'Sources of praise', et: 'Kiituste allikad' },
    'hc.src.p': { lv: 'Uzslavas tiek saņemtas tīmeklī (šajā vietnē), pa tālruni un papīra anketās apkalpošanas vietās. Tālruņa un papīra uzslavas ievada organizatori; tās ir atzīmētas ar avotu. Papīra anketas tiek ieskaitītas kā uzslavas filiālēs, tālruņa uzslavas – kā tiešsaistes.', en: 'Praise comes in on the web (this site), by phone and on paper forms at service points. Organisers enter phone and paper praise, labelled with its source. Paper forms count as branch praise, phone praise as online.', et: 'Kiitusi saab veebis (sellel lehel), telefoni teel ja paberankeetidel teeninduskohtades. Telefoni- ja paberkiitused sisestavad korraldajad, märgistatuna allikaga. Paberankeedid arvestatakse filiaalikiitustena, telefonikiitused veebikiitustena.' },
    'skip': { lv: 'Pāriet uz saturu', en: 'Skip to content', et: 'Liigu sisu juurde' },
    'site.name': { lv: 'Uzslavē labu servisu!', en: 'Praise good service!', et: 'Kiida head teenindust!' },
    'nav.label': { lv: 'Galvenā navigācija', en: 'Main navigation', et: 'Peamenüü' },
    'nav.home': { lv: 'Sākums', en: 'Home', et: 'Avaleht' },
    'nav.praise': { lv: 'Uzslavēt', en: 'Praise', et: 'Kiida' },
    'nav.privacy': { lv: 'Privātums', en: 'Privacy', et: 'Privaatsus' },
    'nav.results': { lv: 'Rezultāti', en: 'Results', et: 'Tulemused' },
    'nav.verify': { lv: 'Pārbaudīt sertifikātu', en: 'Verify a certificate', et: 'Kontrolli sertifikaati' },
    'lang.label': { lv: 'Valoda', en: 'Language', et: 'Keel' },
    'footer': { lv: 'Kampaņa, kurā klienti uzslavē labu apkalpošanu.', en: 'A campaign where customers praise good service.', et: 'Kampaania, kus kliendid kiidavad head teenindust.' },
    'loading': { lv: 'Ielādē…', en: 'Loading…', et: 'Laadimine…' },
    'back': { lv: 'Uz sākumlapu', en: 'Back to the home page', et: 'Tagasi avalehele' },

    'state.upcoming': { lv: 'Uzslavu pieņemšana vēl nav sākusies. Sākums: {date}.', en: 'Praise opens on {date}.', et: 'Kiitmine pole veel alanud. Algus: {date}.' },
    'state.open': { lv: 'Uzslavas var iesniegt. Pēdējā diena: {date}.', en: 'Praise is open until {date}.', et: 'Kiitusi saab anda. Viimane päev: {date}.' },
    'state.closed': { lv: 'Uzslavu pieņemšana ir beigusies. Noslēgums: {date}.', en: 'Praise closed on {date}.', et: 'Kiitmine on lõppenud. Lõpp: {date}.' },

    'index.lead': { lv: 'Vai tevi apkalpoja īpaši labi? Atrodi uzņēmumu vai iestādi un pasaki paldies ar uzslavu!', en: 'Were you served especially well? Find the company or institution and say thank you with praise!', et: 'Kas sind teenindati eriti hästi? Leia ettevõte või asutus ja ütle kiitusega aitäh!' },
    'search.heading': { lv: 'Meklēt dalībnieku', en: 'Find a participant', et: 'Otsi osalejat' },
    'search.label': { lv: 'Uzņēmuma vai iestādes nosaukums', en: 'Name of the company or institution', et: 'Ettevõtte või asutuse nimi' },
    'search.hint': { lv: 'Var rakstīt arī bez garumzīmēm.', en: 'Accents and diacritics are optional.', et: 'Võid kirjutada ka ilma täpitähtedeta.' },
    'search.count': { lv: 'Atrasto dalībnieku skaits: {n}', en: 'Participants found: {n}', et: 'Leitud osalejaid: {n}' },
    'search.none': { lv: 'Nekas netika atrasts.', en: 'Nothing found.', et: 'Midagi ei leitud.' },

    'p.title': { lv: 'Iesniegt uzslavu', en: 'Give praise', et: 'Saada kiitus' },
    'p.who': { lv: 'Ko vēlies uzslavēt?', en: 'Whom do you want to praise?', et: 'Keda soovid kiita?' },
    'p.chosen': { lv: 'Tu uzslavē:', en: 'You are praising:', et: 'Sa kiidad:' },
    'p.change': { lv: 'Mainīt', en: 'Change', et: 'Muuda' },
    'p.branch': { lv: 'Filiāle vai apkalpošanas vieta (nav obligāti)', en: 'Branch or service point (optional)', et: 'Filiaal või teeninduskoht (valikuline)' },
    'p.branch.none': { lv: '— nav norādīts —', en: '— not specified —', et: '— määramata —' },
    'p.employee': { lv: 'Darbinieka vārds (nav obligāti)', en: 'Employee’s name (optional)', et: 'Töötaja nimi (valikuline)' },
    'p.stars': { lv: 'Vērtējums', en: 'Rating', et: 'Hinnang' },
    'stars.one': { lv: '{n} zvaigzne', en: '{n} star', et: '{n} tärn' },
    'stars.other': { lv: '{n} zvaigznes', en: '{n} stars', et: '{n} tärni' },
    'p.aspects': { lv: 'Kas bija īpaši labs? (nav obligāti)', en: 'What was especially good? (optional)', et: 'Mis oli eriti hea? (valikuline)' },
    'p.text': { lv: 'Tava uzslava', en: 'Your praise', et: 'Sinu kiitus' },
    'p.counter': { lv: '{n} no {max} rakstzīmēm', en: '{n} of {max} characters', et: '{n}/{max} tähemärki' },
    'p.channel': { lv: 'Kā tevi apkalpoja?', en: 'How were you served?', et: 'Kuidas sind teenindati?' },
    'channel.online': { lv: 'Tiešsaistē', en: 'Online', et: 'Veebis' },
    'channel.branch': { lv: 'Filiālē vai apkalpošanas vietā', en: 'At a branch or service point', et: 'Filiaalis või teeninduskohas' },
    'p.email': { lv: 'Tava e-pasta adrese', en: 'Your e-mail address', et: 'Sinu e-posti aadress' },
    'p.email.hint': { lv: 'Uz to nosūtīsim saiti uzslavas apstiprināšanai. Adrese netiek publicēta.', en: 'We will send you a link to confirm your praise. The address is never published.', et: 'Saadame sinna lingi kiituse kinnitamiseks. Aadressi ei avaldata.' },
    'p.consent': { lv: 'Piekrītu, ka mana e-pasta adrese tiek izmantota uzslavas apstiprināšanai.', en: 'I agree that my e-mail address is used to confirm this praise.', et: 'Nõustun, et minu e-posti aadressi kasutatakse kiituse kinnitamiseks.' },
    'privacy': { lv: 'Privātuma paziņojums', en: 'Privacy notice', et: 'Privaatsusteade' },
    'p.notListed': { lv: 'Nav sarakstā? Ieraksti tā nosaukumu', en: 'Not in the list? Type its name', et: 'Pole nimekirjas? Kirjuta selle nimi' },
    'n.title': { lv: 'Uzslavē organizāciju, kuras nav sarakstā', en: 'Praise an organisation that is not in the list', et: 'Kiida organisatsiooni, mida pole nimekirjas' },
    'n.lead': { lv: 'Šī uzslava netiek vērtēta kampaņā, bet organizatori redzēs, cik cilvēku to ieteikuši, un var to aicināt piedalīties.', en: 'This praise does not count in the campaign, but the organisers see how many people named it and may invite it to take part.', et: 'See kiitus kampaanias ei loe, kuid korraldajad näevad, mitu inimest seda nimetasid, ja võivad selle osalema kutsuda.' },
    'n.name': { lv: 'Organizācijas nosaukums', en: 'The organisation’s name', et: 'Organisatsiooni nimi' },
    'n.text': { lv: 'Kāpēc to uzslavē? (nav obligāti)', en: 'Why do you praise it? (optional)', et: 'Miks sa seda kiidad? (valikuline)' },
    'n.email.hint': { lv: 'Katru cilvēku skaitām vienu reizi; adresi neglabājam un nepublicējam.', en: 'We count each person once; the address is neither kept nor published.', et: 'Loeme iga inimest üks kord; aadressi ei säilitata ega avaldata.' },
    'n.consent': { lv: 'Piekrītu, ka mana e-pasta adrese tiek izmantota, lai mani skaitītu vienu reizi.', en: 'I agree that my e-mail address is used to count me once.', et: 'Nõustun, et minu e-posti aadressi kasutatakse, et mind üks kord arvestada.' },
    'n.submit': { lv: 'Ieteikt', en: 'Suggest', et: 'Soovita' },
    'n.errors': { lv: 'Ieteikums netika nosūtīts', en: 'The suggestion was not sent', et: 'Soovitust ei saadetud' },
    'n.done': { lv: 'Paldies! Organizatori redzēs tavu ieteikumu.', en: 'Thank you! The organisers will see your suggestion.', et: 'Aitäh! Korraldajad näevad sinu soovitust.' },
    'n.back': { lv: 'Uzslavēt kādu no dalībniekiem', en: 'Praise one of the participants', et: 'Kiida mõnda osalejat' },
    'field.name': { lv: 'Nosaukums', en: 'Name', et: 'Nimi' },
    'p.hp': { lv: 'Neaizpildi šo lauku', en: 'Leave this field empty', et: 'Jäta see väli tühjaks' },
    'p.submit': { lv: 'Nosūtīt uzslavu', en: 'Send praise', et: 'Saada kiitus' },
    'p.sending': { lv: 'Sūta…', en: 'Sending…', et: 'Saatmine…' },
    'p.errors': { lv: 'Uzslava netika nosūtīta', en: 'The praise was not sent', et: 'Kiitust ei saadetud' },

    'field.participantId': { lv: 'Dalībnieks', en: 'Participant', et: 'Osaleja' },
    'field.branch': { lv: 'Filiāle', en: 'Branch', et: 'Filiaal' },
    'field.employee': { lv: 'Darbinieka vārds', en: 'Employee’s name', et: 'Töötaja nimi' },
    'field.stars': { lv: 'Vērtējums', en: 'Rating', et: 'Hinnang' },
    'field.aspects': { lv: 'Aspekti', en: 'Aspects', et: 'Aspektid' },
    'field.text': { lv: 'Uzslavas teksts', en: 'Praise text', et: 'Kiituse tekst' },
    'field.channel': { lv: 'Apkalpošanas veids', en: 'How you were served', et: 'Teenindusviis' },
    'field.email': { lv: 'E-pasts', en: 'E-mail', et: 'E-post' },
    'field.consent': { lv: 'Piekrišana', en: 'Consent', et: 'Nõusolek' },
    'field.lang': { lv: 'Valoda', en: 'Language', et: 'Keel' },
    'field.website': { lv: 'Pārbaudes lauks', en: 'Check field', et: 'Kontrollväli' },
    'field.body': { lv: 'Pieprasījums', en: 'Request', et: 'Päring' },
    'field.token': { lv: 'Saite', en: 'Link', et: 'Link' },
    'field.id': { lv: 'Dalībnieks', en: 'Participant', et: 'Osaleja' },

    'inv.name': { lv: 'Ieraksti organizācijas nosaukumu (2–200 rakstzīmes).', en: 'Type the organisation’s name (2–200 characters).', et: 'Kirjuta organisatsiooni nimi (2–200 tähemärki).' },
    'inv.participantId': { lv: 'Izvēlies, ko vēlies uzslavēt.', en: 'Choose whom you want to praise.', et: 'Vali, keda soovid kiita.' },
    'inv.branch': { lv: 'Izvēlies filiāli no saraksta.', en: 'Choose a branch from the list.', et: 'Vali filiaal loendist.' },
    'inv.employee': { lv: 'Vārds var būt ne garāks par 100 rakstzīmēm.', en: 'The name can be at most 100 characters long.', et: 'Nimi võib olla kuni 100 tähemärki pikk.' },
    'inv.stars': { lv: 'Izvēlies vērtējumu no 1 līdz 5 zvaigznēm.', en: 'Choose a rating from 1 to 5 stars.', et: 'Vali hinnang 1 kuni 5 tärni.' },
    'inv.aspects': { lv: 'Izvēlies aspektus no saraksta.', en: 'Choose aspects from the list.', et: 'Vali aspektid loendist.' },
    'inv.text': { lv: 'Uzraksti uzslavu (līdz 2000 rakstzīmēm).', en: 'Write your praise (up to 2000 characters).', et: 'Kirjuta oma kiitus (kuni 2000 tähemärki).' },
    'inv.channel': { lv: 'Norādi, kā tevi apkalpoja.', en: 'Choose how you were served.', et: 'Vali, kuidas sind teenindati.' },
    'inv.email': { lv: 'Ievadi derīgu e-pasta adresi.', en: 'Enter a valid e-mail address.', et: 'Sisesta kehtiv e-posti aadress.' },
    'inv.consent': { lv: 'Lai nosūtītu uzslavu, nepieciešama tava piekrišana.', en: 'Your consent is needed to send the praise.', et: 'Kiituse saatmiseks on vaja sinu nõusolekut.' },

    'err.invalid': { lv: 'Pārbaudi ievadīto informāciju.', en: 'Please check what you entered.', et: 'Palun kontrolli sisestatud andmeid.' },
    'err.malformed_json': { lv: 'Pieprasījums bija bojāts. Lūdzu, mēģini vēlreiz.', en: 'The request was malformed. Please try again.', et: 'Päring oli vigane. Palun proovi uuesti.' },
    'err.unsupported_media_type': { lv: 'Pieprasījuma formāts netiek atbalstīts. Lūdzu, pārlādē lapu un mēģini vēlreiz.', en: 'The request format is not supported. Please reload the page and try again.', et: 'Päringu vormingut ei toetata. Palun laadi leht uuesti ja proovi veel kord.' },
    'err.too_large': { lv: 'Uzslava ir pārāk gara. Lūdzu, saīsini tekstu.', en: 'The praise is too long. Please shorten the text.', et: 'Kiitus on liiga pikk. Palun lühenda teksti.' },
    'err.unknown_participant': { lv: 'Šāds dalībnieks netika atrasts. Izvēlies dalībnieku no saraksta.', en: 'This participant was not found. Please choose one from the list.', et: 'Sellist osalejat ei leitud. Palun vali osaleja loendist.' },
    'err.not_found': { lv: 'Šāds dalībnieks netika atrasts.', en: 'This participant was not found.', et: 'Sellist osalejat ei leitud.' },
    'err.not_open_yet': { lv: 'Uzslavu pieņemšana vēl nav sākusies.', en: 'Praise has not opened yet.', et: 'Kiitmine pole veel alanud.' },
    'err.closed': { lv: 'Uzslavu pieņemšana ir beigusies, tāpēc uzslavas vairs nevar iesniegt vai apstiprināt.', en: 'Praise has closed, so praise can no longer be given or confirmed.', et: 'Kiitmine on lõppenud, seega ei saa enam kiita ega kiitust kinnitada.' },
    'err.already_praised': { lv: 'No šīs e-pasta adreses šis dalībnieks šajā kampaņā jau ir uzslavēts. Katru dalībnieku var uzslavēt vienu reizi.', en: 'This e-mail address has already praised this participant in this campaign. Each person can praise a participant once.', et: 'Selle e-posti aadressiga on seda osalejat selles kampaanias juba kiidetud. Iga inimene saab osalejat kiita üks kord.' },
    'err.invalid_token': { lv: 'Apstiprināšanas saite nav derīga. Pārbaudi, vai atvēri visu saiti no e-pasta.', en: 'The confirmation link is not valid. Check that you opened the whole link from the e-mail.', et: 'Kinnituslink ei kehti. Kontrolli, et avasid e-kirjast kogu lingi.' },
    'err.token_expired': { lv: 'Apstiprināšanas saite ir novecojusi (tā ir derīga 72 stundas). Lūdzu, iesniedz uzslavu vēlreiz.', en: 'The confirmation link has expired (it is valid for 72 hours). Please send your praise again.', et: 'Kinnituslink on aegunud (see kehtib 72 tundi). Palun saada kiitus uuesti.' },
    'err.mail_failed': { lv: 'Neizdevās nosūtīt apstiprinājuma e-pastu. Nekas netika ieskaitīts — lūdzu, mēģini vēlreiz.', en: 'We could not send the confirmation e-mail. Nothing was counted — please try again.', et: 'Kinnituskirja ei õnnestunud saata. Midagi ei arvestatud — palun proovi uuesti.' },
    'err.internal': { lv: 'Mūsu pusē radās kļūda. Lūdzu, mēģini vēlāk.', en: 'Something went wrong on our side. Please try again later.', et: 'Meie poolel tekkis viga. Palun proovi hiljem uuesti.' },
    'err.limit_reached': { lv: 'Pārāk daudz uzslavu īsā laikā. Lūdzu, mēģini vēlreiz pēc {n} min.', en: 'Too many praises in a short time. Please try again in {n} min.', et: 'Liiga palju kiitusi lühikese aja jooksul. Palun proovi uuesti {n} min pärast.' },
    'err.limit_reached.address': { lv: 'No šī tīkla nosūtīts pārāk daudz uzslavu. Lūdzu, mēģini vēlreiz pēc {n} min.', en: 'Too many praises have been sent from this network. Please try again in {n} min.', et: 'Sellest võrgust on saadetud liiga palju kiitusi. Palun proovi uuesti {n} min pärast.' },
    'err.limit_reached.email': { lv: 'Ar šo e-pasta adresi nosūtīts pārāk daudz uzslavu. Lūdzu, mēģini vēlreiz pēc {n} min.', en: 'Too many praises have been sent with this e-mail address. Please try again in {n} min.', et: 'Selle e-posti aadressiga on saadetud liiga palju kiitusi. Palun proovi uuesti {n} min pärast.' },
    'err.throttled': { lv: 'Šobrīd saņemam pārāk daudz pieprasījumu. Lūdzu, pagaidi brīdi un mēģini vēlreiz.', en: 'We are receiving too many requests right now. Please wait a moment and try again.', et: 'Saame praegu liiga palju päringuid. Palun oota hetk ja proovi uuesti.' },
    'err.network': { lv: 'Neizdevās sazināties ar serveri. Pārbaudi interneta savienojumu un mēģini vēlreiz.', en: 'Could not reach the server. Check your connection and try again.', et: 'Serveriga ei õnnestunud ühendust saada. Kontrolli internetiühendust ja proovi uuesti.' },
    'unavailable.title': { lv: 'Pakalpojums nav pieejams', en: 'Service unavailable', et: 'Teenus pole saadaval' },
    'err.unavailable': { lv: 'Pakalpojums pašlaik nav pieejams. Lūdzu, mēģini vēlāk.', en: 'The service is unavailable right now. Please try again later.', et: 'Teenus pole praegu saadaval. Palun proovi hiljem uuesti.' },

    'ce.title': { lv: 'Pārbaudi savu e-pastu', en: 'Check your e-mail', et: 'Kontrolli oma e-posti' },
    'ce.p1': { lv: 'Mēs tev nosūtījām saiti. Uzslava tiks ieskaitīta tikai tad, kad atvērsi šo saiti.', en: 'We sent you a link. Your praise counts only after you open it.', et: 'Saatsime sulle lingi. Sinu kiitus läheb arvesse alles siis, kui oled lingi avanud.' },
    'ce.p2': { lv: 'Saite ir derīga 72 stundas.', en: 'The link is valid for 72 hours.', et: 'Link kehtib 72 tundi.' },
    'ce.p3': { lv: 'Neredzi vēstuli? Pārbaudi mēstuļu mapi. Ja saite ir novecojusi, iesniedz uzslavu vēlreiz.', en: 'No e-mail? Check your spam folder. If the link has expired, send your praise again.', et: 'Kirja pole? Vaata rämpsposti kausta. Kui link on aegunud, saada kiitus uuesti.' },

    'cf.title': { lv: 'Uzslavas apstiprināšana', en: 'Confirming praise', et: 'Kiituse kinnitamine' },
    'cf.pending': { lv: 'Apstiprina…', en: 'Confirming…', et: 'Kinnitamine…' },
    'cf.confirmed': { lv: 'Paldies! Tava uzslava ir ieskaitīta.', en: 'Thank you! Your praise is counted.', et: 'Aitäh! Sinu kiitus läks arvesse.' },
    'cf.confirmed.p': { lv: 'Tava uzslava dalībniekam „{name}” ir apstiprināta.', en: 'Your praise for “{name}” is confirmed.', et: 'Sinu kiitus osalejale „{name}” on kinnitatud.' },
    'cf.already_confirmed': { lv: 'Uzslava jau ir apstiprināta. Paldies!', en: 'Already confirmed — thank you!', et: 'Kiitus on juba kinnitatud. Aitäh!' },
    'cf.already_confirmed.p': { lv: 'Tava uzslava dalībniekam „{name}” tika apstiprināta jau iepriekš.', en: 'Your praise for “{name}” was confirmed earlier.', et: 'Sinu kiitus osalejale „{name}” kinnitati juba varem.' },
    'cf.already_praised': { lv: 'Šis dalībnieks jau ir uzslavēts', en: 'You have already praised this participant', et: 'Oled seda osalejat juba kiitnud' },
    'cf.invalid_token': { lv: 'Saite nav derīga', en: 'Invalid link', et: 'Link ei kehti' },
    'cf.token_expired': { lv: 'Saite ir novecojusi', en: 'The link has expired', et: 'Link on aegunud' },
    'cf.closed': { lv: 'Uzslavu pieņemšana ir beigusies', en: 'Praise has closed', et: 'Kiitmine on lõppenud' },
    'cf.failed': { lv: 'Uzslavu neizdevās apstiprināt', en: 'The praise could not be confirmed', et: 'Kiitust ei õnnestunud kinnitada' },
    'cf.link': { lv: 'Skatīt dalībnieka lapu', en: 'View the participant’s page', et: 'Vaata osaleja lehte' },
    'cf.again': { lv: 'Iesniegt uzslavu no jauna', en: 'Send praise again', et: 'Saada kiitus uuesti' },

    'pt.category': { lv: 'Kategorija', en: 'Category', et: 'Kategooria' },
    'pt.industry': { lv: 'Nozare', en: 'Industry', et: 'Valdkond' },
    'pt.size': { lv: 'Lieluma grupa', en: 'Size class', et: 'Suurusklass' },
    'pt.branches': { lv: 'Filiāles', en: 'Branches', et: 'Filiaalid' },
    'pt.count': { lv: 'Apstiprinātas uzslavas', en: 'Confirmed praise', et: 'Kinnitatud kiitusi' },
    'pt.notfound': { lv: 'Dalībnieks nav atrasts', en: 'Participant not found', et: 'Osalejat ei leitud' },
    'pw.title': { lv: 'Uzslavas', en: 'Praise', et: 'Kiitused' },
    'pw.note': { lv: 'Uzslavas tiek publicētas pēc organizatoru pārbaudes.', en: 'Praise is shown once the organisers have reviewed it.', et: 'Kiitused avaldatakse pärast korraldajate ülevaatust.' },
    'pw.loading': { lv: 'Ielādē uzslavas…', en: 'Loading praise…', et: 'Kiituste laadimine…' },
    'pw.empty': { lv: 'Publicētu uzslavu vēl nav.', en: 'No published praise yet.', et: 'Avaldatud kiitusi veel pole.' },
    'pw.failed': { lv: 'Uzslavas neizdevās ielādēt. Mēģini vēlreiz.', en: 'The praise could not be loaded. Please try again.', et: 'Kiitusi ei õnnestunud laadida. Proovi uuesti.' },
    'pw.more': { lv: 'Rādīt vairāk', en: 'Show more', et: 'Näita rohkem' },
    'pw.stars': { lv: '{n} no 5 zvaigznēm', en: '{n} of 5 stars', et: '{n} tärni 5-st' },
    'pw.employee': { lv: 'Darbinieks: {name}', en: 'Employee: {name}', et: 'Töötaja: {name}' },
    'pw.ch.online': { lv: 'Tīmeklī', en: 'On the web', et: 'Veebis' },
    'pw.ch.branch': { lv: 'Filiālē', en: 'At a branch', et: 'Filiaalis' },
    'pw.ch.phone': { lv: 'Pa tālruni', en: 'By phone', et: 'Telefoni teel' },
    'pw.ch.paper': { lv: 'Papīra anketā', en: 'On a paper form', et: 'Paberankeediga' },
    'pt.notfound.p': { lv: 'Pārbaudi saiti vai atrodi dalībnieku meklēšanā.', en: 'Check the link or find the participant with the search.', et: 'Kontrolli linki või leia osaleja otsingu abil.' },

    'r.title': { lv: 'Rezultāti', en: 'Results', et: 'Tulemused' },
    'r.upcoming': { lv: 'Rezultāti tiks paziņoti {date}.', en: 'Results will be announced on {date}.', et: 'Tulemused kuulutatakse välja {date}.' },
    'r.soon': { lv: 'Rezultāti tiks paziņoti drīzumā.', en: 'Results will be announced soon.', et: 'Tulemused kuulutatakse välja peagi.' },
    'r.publishing': { lv: 'Rezultāti tiek publicēti. Lūdzu, ielūkojies šeit vēlreiz pēc minūtes.', en: 'The results are being published. Please check back in a minute.', et: 'Tulemusi avaldatakse. Palun vaata minuti pärast uuesti.' },
    'r.lead': { lv: 'TOP-{topN} dalībnieki ar augstāko kopvērtējumu kampaņā „Uzslavē labu servisu!” {year}. Publicēts {date}.', en: 'The TOP-{topN} participants with the highest total score in the “Praise good service!” campaign {year}. Published on {date}.', et: 'Kampaania „Kiida head teenindust!” {year} kõrgeima koondhindega TOP-{topN} osalejat. Avaldatud {date}.' },
    'r.winners': { lv: 'Kategoriju uzvarētāji', en: 'Category winners', et: 'Kategooriate võitjad' },
    'r.points': { lv: '{n} punkti', en: '{n} points', et: '{n} punkti' },
    'r.top': { lv: 'TOP-{topN}', en: 'TOP-{topN}', et: 'TOP-{topN}' },
    'r.caption': { lv: 'TOP-{topN} dalībnieki pēc kopvērtējuma', en: 'The TOP-{topN} participants by total score', et: 'TOP-{topN} osalejat koondhinde järgi' },
    'r.filter': { lv: 'Rādīt kategoriju', en: 'Show category', et: 'Näita kategooriat' },
    'r.filter.all': { lv: 'Visas kategorijas', en: 'All categories', et: 'Kõik kategooriad' },
    'r.shown.all': { lv: 'Parādīti visi dalībnieki: {total}', en: 'Showing all {total} participants', et: 'Näidatakse kõiki osalejaid: {total}' },
    'r.shown': { lv: 'Parādīti {n} no {total}', en: 'Showing {n} of {total}', et: 'Näidatakse {n} osalejat {total}-st' },
    'r.col.rank': { lv: 'Vieta', en: 'Rank', et: 'Koht' },
    'r.col.name': { lv: 'Dalībnieks', en: 'Participant', et: 'Osaleja' },
    'r.col.category': { lv: 'Kategorija', en: 'Category', et: 'Kategooria' },
    'r.col.total': { lv: 'Punkti', en: 'Points', et: 'Punktid' },
    'r.col.praise': { lv: 'Apstiprinātas uzslavas', en: 'Confirmed praise', et: 'Kinnitatud kiitusi' },
    'r.praise.n': { lv: 'uzslavas: {n}', en: 'praise: {n}', et: 'kiitusi: {n}' },
    'r.dist': { lv: 'Kopvērtējumu sadalījums', en: 'Distribution of total scores', et: 'Koondhinnete jaotus' },
    'r.dist.caption': { lv: 'Visu novērtēto dalībnieku skaits pa kopvērtējuma intervāliem (punkti). Izcelti intervāli no {threshold} punktiem, kas ir balvu slieksnis.', en: 'Number of scored participants per range of total score (points). Highlighted: ranges from the award threshold of {threshold} points.', et: 'Hinnatud osalejate arv koondhinde vahemike kaupa (punktid). Esile tõstetud on vahemikud alates auhinnalävendist {threshold} punkti.' },
    'r.dist.range': { lv: 'Kopvērtējums (punkti)', en: 'Total score (points)', et: 'Koondhinne (punktid)' },
    'r.dist.count': { lv: 'Dalībnieku skaits', en: 'Participants', et: 'Osalejate arv' },
    'r.method': { lv: 'Kā tika aprēķināts', en: 'How it was computed', et: 'Kuidas arvutati' },
    'r.method.text': { lv: 'Formulas versija {formula}. Dalībnieki: {participants}, no tiem balvām atbilst {eligible} (novērtēti un kopvērtējums vismaz {threshold}). Ieskaitītās uzslavas: {praise}. Slepenā klienta vērtējumi: {evaluations}.', en: 'Formula version {formula}. Participants: {participants}, of whom {eligible} are eligible for awards (evaluated, with a total of at least {threshold}). Counted praise: {praise}. Mystery shopper evaluations: {evaluations}.', et: 'Valemi versioon {formula}. Osalejaid: {participants}, neist auhindadele kvalifitseerub {eligible} (hinnatud ja koondhinne vähemalt {threshold}). Arvestatud kiitusi: {praise}. Müstilise kliendi hindamisi: {evaluations}.' },
    'r.digest': { lv: 'Ievaddatu kontrolsumma (SHA-256):', en: 'Checksum of the input data (SHA-256):', et: 'Sisendandmete kontrollsumma (SHA-256):' },

    'v.title': { lv: 'Pārbaudīt sertifikātu', en: 'Verify a certificate', et: 'Kontrolli sertifikaati' },
    'v.lead': { lv: 'Ievadi pārbaudes kodu, kas norādīts sertifikātā, vai noskenē sertifikāta QR kodu.', en: 'Enter the verification code printed on the certificate, or scan the certificate’s QR code.', et: 'Sisesta sertifikaadile trükitud kontrollkood või skanni sertifikaadi QR-kood.' },
    'v.label': { lv: 'Pārbaudes kods', en: 'Verification code', et: 'Kontrollkood' },
    'v.hint': { lv: 'Formāts: XXXX-XXXX-XXXX-XXXX (16 latīņu burti un cipari; lielie vai mazie burti un defises nav svarīgi).', en: 'Format: XXXX-XXXX-XXXX-XXXX (16 letters and digits; upper or lower case and hyphens don’t matter).', et: 'Vorming: XXXX-XXXX-XXXX-XXXX (16 tähte ja numbrit; suur- või väiketähed ja sidekriipsud pole olulised).' },
    'v.submit': { lv: 'Pārbaudīt', en: 'Verify', et: 'Kontrolli' },
    'v.checking': { lv: 'Pārbauda…', en: 'Checking…', et: 'Kontrollimine…' },
    'v.empty': { lv: 'Ievadi pārbaudes kodu.', en: 'Enter the verification code.', et: 'Sisesta kontrollkood.' },
    'v.malformed': { lv: 'Kodam jābūt formātā XXXX-XXXX-XXXX-XXXX: 16 latīņu burti un cipari.', en: 'The code must be in the format XXXX-XXXX-XXXX-XXXX: 16 letters and digits.', et: 'Kood peab olema vormingus XXXX-XXXX-XXXX-XXXX: 16 tähte ja numbrit.' },
    'v.valid': { lv: 'Sertifikāts ir derīgs', en: 'The certificate is valid', et: 'Sertifikaat kehtib' },
    'v.invalid': { lv: 'Nav derīgs sertifikāts', en: 'Not a valid certificate', et: 'Kehtetu sertifikaat' },
    'v.invalid.p': { lv: 'Sertifikāts ar kodu {code} nav atrasts. Pārbaudi, vai kods ievadīts pareizi.', en: 'No certificate has the code {code}. Check that the code was entered correctly.', et: 'Koodiga {code} sertifikaati ei leitud. Kontrolli, kas kood on õigesti sisestatud.' },
    'v.mark': { lv: 'Kvalitātes zīme', en: 'Quality mark', et: 'Kvaliteedimärk' },
    'v.year': { lv: 'Kampaņas gads', en: 'Campaign year', et: 'Kampaania aasta' },
    'v.rank': { lv: 'Vieta', en: 'Rank', et: 'Koht' },
    'v.rank.value': { lv: '{rank}. vieta TOP-{topN}', en: 'No. {rank} in the TOP-{topN}', et: '{rank}. koht TOP-{topN} hulgas' },
    'v.issued': { lv: 'Izsniegts', en: 'Issued on', et: 'Väljastatud' },
    'v.code': { lv: 'Pārbaudes kods', en: 'Verification code', et: 'Kontrollkood' },
    'v.pdf': { lv: 'Lejupielādēt sertifikātu (PDF)', en: 'Download the certificate (PDF)', et: 'Laadi sertifikaat alla (PDF)' },
    'v.badge': { lv: 'Zīme tīmekļa vietnei', en: 'Badge for a website', et: 'Märk veebilehele' },
    'v.badge.hint': { lv: 'Ievieto šo kodu savā vietnē: zīme ved uz šo pārbaudes lapu.', en: 'Put this code on your website: the badge links to this verification page.', et: 'Lisa see kood oma veebilehele: märk viitab sellele kontrolllehele.' },
    'v.badge.alt': { lv: '{mark} – {name}', en: '{mark} – {name}', et: '{mark} – {name}' },
    'v.badge.code': { lv: 'Zīmes HTML kods', en: 'HTML code of the badge', et: 'Märgi HTML-kood' },
    'v.copy': { lv: 'Kopēt kodu', en: 'Copy the code', et: 'Kopeeri kood' },
    'v.copied': { lv: 'Kods nokopēts.', en: 'Code copied.', et: 'Kood kopeeritud.' },
    'v.copy.failed': { lv: 'Neizdevās nokopēt. Atlasi kodu un nokopē to pats.', en: 'Could not copy. Select the code and copy it yourself.', et: 'Kopeerimine ebaõnnestus. Vali kood ja kopeeri see ise.' },

    'pv.p1': { lv: 'Iesniedzot uzslavu, tu norādi savu e-pasta adresi. Mēs to izmantojam tikai tam, lai nosūtītu saiti uzslavas apstiprināšanai un lai viena persona katru dalībnieku varētu uzslavēt tikai vienu reizi.', en: 'When you give praise, you enter your e-mail address. We use it only to send you the link that confirms the praise and to make sure each person praises each participant only once.', et: 'Kiitmisel sisestad oma e-posti aadressi. Kasutame seda ainult selleks, et saata sulle kiituse kinnituslink ja tagada, et iga inimene saab iga osalejat kiita vaid üks kord.' },
    'pv.p2': { lv: 'Pēc apstiprināšanas mēs tavu e-pasta adresi neglabājam. Saglabājam tikai ar slepenu atslēgu aprēķinātu jaucējvērtību (hash), no kuras adrese nav nolasāma.', en: 'After confirmation we do not keep your e-mail address, only a keyed hash of it, which does not reveal the address.', et: 'Pärast kinnitamist me sinu e-posti aadressi ei säilita. Alles jääb ainult salajase võtmega arvutatud räsi, millest aadressi välja lugeda ei saa.' },
    'pv.p3': { lv: 'Uzslavas teksts pēc moderēšanas var tikt publicēts. Tavi kā uzslavas autora personas dati netiek publicēti.', en: 'The praise text may be shown publicly after moderation. No personal data about you, the person giving praise, is published.', et: 'Kiituse tekst võidakse pärast modereerimist avalikult näidata. Sinu kui kiitja isikuandmeid ei avaldata.' },
    'pv.p4': { lv: 'Lūdzu, neraksti uzslavas tekstā savus personas datus.', en: 'Please do not write your own personal details in the praise text.', et: 'Palun ära kirjuta kiituse teksti oma isikuandmeid.' }
  };

  var LANGS = ['lv', 'en', 'et'];
  var listeners = [];
  var lang = pick();

  function pick() {
    var forced = new URLSearchParams(location.search).get('lang');
    if (LANGS.indexOf(forced) >= 0) { remember(forced); return forced; }
    var saved = null;
    try { saved = localStorage.getItem('lang'); } catch (e) { /* storage blocked: fall back to default */ }
    return LANGS.indexOf(saved) >= 0 ? saved : 'lv';
  }

  function remember(l) {
    try { localStorage.setItem('lang', l); } catch (e) { /* private mode: choice lasts for this page only */ }
  }

  function has(key) { return Object.prototype.hasOwnProperty.call(D, key); }

  function t(key, vars) {
    var e = D[key];
    var s = e ? (e[lang] || e.lv) : key;
    return vars ? s.replace(/\{(\w+)\}/g, function (m, k) { return k in vars ? String(vars[k]) : m; }) : s;
  }

  function apply(root) {
    (root || document).querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = t(el.dataset.i18n); });
    (root || document).querySelectorAll('[data-i18n-label]').forEach(function (el) { el.setAttribute('aria-label', t(el.dataset.i18nLabel)); });
  }

  function applyPage() {
    document.documentElement.lang = lang;
    var title = document.querySelector('title');
    if (title) title.textContent = (title.dataset.title ? t(title.dataset.title) + ' – ' : '') + t('site.name');
    apply();
    document.querySelectorAll('button[data-lang]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
    });
  }

  function set(l) {
    if (LANGS.indexOf(l) < 0 || l === lang) return;
    lang = l;
    remember(l);
    // A ?lang= left in the address would force the old language again on reload.
    var u = new URL(location.href);
    if (u.searchParams.has('lang')) { u.searchParams.set('lang', l); history.replaceState(history.state, '', u); }
    applyPage();
    listeners.forEach(function (fn) { fn(l); });
  }

  document.addEventListener('click', function (ev) {
    var b = ev.target.closest && ev.target.closest('button[data-lang]');
    if (b) set(b.dataset.lang);
  });

  applyPage();

  window.I18N = {
    t: t,
    has: has,
    apply: apply,
    set: set,
    // More keys (the organisers' console's own dictionary); later keys win, the page is re-translated.
    add: function (more) { Object.keys(more).forEach(function (k) { D[k] = more[k]; }); applyPage(); },
    lang: function () { return lang; },
    onChange: function (fn) { listeners.push(fn); }
  };
}());
