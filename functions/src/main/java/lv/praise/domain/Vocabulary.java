package lv.praise.domain;

import java.util.List;

/** The default vocabulary of a campaign; a stored campaign may carry its own. */
final class Vocabulary {
    static final List<Term> CATEGORIES = List.of(
            new Term("B2C", new Label("Uzņēmums klientiem (B2C)", "Business to consumer", "Ettevõte tarbijale (B2C)")),
            new Term("B2B", new Label("Uzņēmums uzņēmumiem (B2B)", "Business to business", "Ettevõte ettevõttele (B2B)")),
            new Term("STATE", new Label("Valsts un pašvaldību iestādes", "State and municipal institutions",
                    "Riigi- ja omavalitsusasutused")),
            new Term("E_SERVICE", new Label("E-pakalpojums", "E-service", "E-teenus")));

    static final List<Term> INDUSTRIES = List.of(
            new Term("TRANSPORT", new Label("Transports un loģistika", "Transport and logistics", "Transport ja logistika")),
            new Term("TRADE", new Label("Tirdzniecība un pakalpojumi", "Trade and services", "Kaubandus ja teenused")),
            new Term("TELECOM", new Label("Telekomunikācijas", "Telecommunications", "Telekommunikatsioon")),
            new Term("RESTAURANTS", new Label("Restorāni, bāri, kafejnīcas", "Restaurants, bars and cafés",
                    "Restoranid, baarid, kohvikud")),
            new Term("BEAUTY", new Label("Skaistumkopšana", "Beauty", "Ilu")),
            new Term("FINANCE", new Label("Finanses un apdrošināšana", "Finance and insurance", "Finants ja kindlustus")),
            new Term("TOURISM", new Label("Tūrisms un viesnīcas", "Tourism and hotels", "Turism ja hotellid")),
            new Term("EDUCATION", new Label("Izglītība un zinātne", "Education and science", "Haridus ja teadus")),
            new Term("MEDICINE", new Label("Medicīna un farmācija", "Medicine and pharmacy", "Meditsiin ja farmaatsia")),
            new Term("CARS", new Label("Auto tirdzniecība un remonts", "Car sales and repair", "Automüük ja -remont")),
            new Term("FUEL", new Label("Degvielas uzpildes stacijas", "Fuel stations", "Tanklad")),
            new Term("POSTAL", new Label("Pasta un kurjeru pakalpojumi", "Postal and courier services",
                    "Posti- ja kullerteenused")));

    static final List<Term> ASPECTS = List.of(
            new Term("competence", new Label("Kompetence", "Competence", "Pädevus")),
            new Term("positivity", new Label("Pozitīvisms", "Positivity", "Positiivsus")),
            new Term("quality", new Label("Kvalitāte", "Quality", "Kvaliteet")),
            new Term("individual_solution", new Label("Mana individuālā jautājuma risināšana",
                    "Solving my individual problem", "Minu probleemi lahendamine")),
            new Term("responsiveness", new Label("Atsaucība", "Responsiveness", "Vastutulelikkus")),
            new Term("speed", new Label("Ātrums", "Speed", "Kiirus")));

    static final List<Term> SIZE_CLASSES = List.of(
            new Term("SMALL", new Label("Mazs", "Small", "Väike")),
            new Term("MEDIUM", new Label("Vidējs", "Medium", "Keskmine")),
            new Term("LARGE", new Label("Liels", "Large", "Suur")));

    private Vocabulary() {
    }
}
