package lv.praise.adapter;

import java.util.Map;
import lv.praise.domain.Lang;

/**
 * The words of the participants' PDFs (issue 18: the report for the management meeting and the praise cards), in
 * Latvian and English, as data: one table per document, the same keys in each language. The certificate and the
 * poster print all their languages at once and keep their few words beside their drawing.
 */
final class PdfWording {
    private PdfWording() {
    }

    /** The report's words; {@code {n}} is filled in where a count goes. */
    static final Map<Lang, Map<String, String>> REPORT = Map.of(
            Lang.LV, Map.ofEntries(
                    Map.entry("campaign", "Uzslavē labu servisu!"),
                    Map.entry("title", "Pārskats vadības sanāksmei"),
                    Map.entry("made", "Sagatavots"),
                    Map.entry("page", "lpp."),
                    Map.entry("summary", "Kopsavilkums"),
                    Map.entry("approved", "Apstiprinātas uzslavas"),
                    Map.entry("meanStars", "Vidējais zvaigžņu skaits"),
                    Map.entry("score", "Punkti"),
                    Map.entry("scoreHidden", "Punkti būs redzami pēc rezultātu publicēšanas."),
                    Map.entry("scoreRunning", "Pašreizējie punkti pa daļām (vieta tiek noteikta tikai publicējot rezultātus)"),
                    Map.entry("online", "Uzslavas tiešsaistē"),
                    Map.entry("branch", "Uzslavas filiālēs"),
                    Map.entry("mystery", "Slepenais pircējs"),
                    Map.entry("total", "Kopā"),
                    Map.entry("rankOverall", "Vieta kopvērtējumā"),
                    Map.entry("rankInCategory", "Vieta kategorijā"),
                    Map.entry("rankInSizeClass", "Vieta izmēra grupā"),
                    Map.entry("toThreshold", "Līdz kvalitātes zīmes slieksnim"),
                    Map.entry("toTopN", "Līdz TOP-{n}"),
                    Map.entry("perDay", "Uzslavas pa dienām"),
                    Map.entry("stars", "Zvaigznes"),
                    Map.entry("starsLabel", "{n} zvaigznes"),
                    Map.entry("aspects", "Ko klienti novērtēja: jūs un nozare"),
                    Map.entry("aspectsNote", "Uzslavu daļa, kas min katru aspektu: jūsu (sarkans) un nozares vidējā (pelēks)."),
                    Map.entry("you", "Jūs"),
                    Map.entry("benchmarks", "Salīdzinājuma grupas"),
                    Map.entry("industry", "Nozare"),
                    Map.entry("category", "Kategorija"),
                    Map.entry("sizeClass", "Izmēra grupa"),
                    Map.entry("participants", "{n} dalībnieki"),
                    Map.entry("participantsOne", "{n} dalībnieks"),
                    Map.entry("starsLabelOne", "{n} zvaigzne"),
                    Map.entry("groupStars", "vidējās zvaigznes grupā"),
                    Map.entry("notEnough", "nepietiek datu"),
                    Map.entry("notEnoughNote", "Grupas rādītāji tiek rādīti tikai, ja grupā ir vismaz {n} dalībnieki."),
                    Map.entry("criteria", "Slepenā pircēja vērtējums pa kritērijiem"),
                    Map.entry("criterion", "Kritērijs"),
                    Map.entry("visits", "Apmeklējumi: {n}"),
                    Map.entry("noMystery", "Slepenā pircēja apmeklējumu vēl nav."),
                    Map.entry("highlights", "Uzslavu izlase"),
                    Map.entry("noTexts", "Apstiprinātu uzslavu vēl nav."),
                    Map.entry("employees", "Uzslavētie darbinieki"),
                    Map.entry("employee", "Darbinieks"),
                    Map.entry("praises", "Uzslavas"),
                    Map.entry("noEmployees", "Uzslavās vēl nav nosaukts neviens darbinieks."),
                    Map.entry("noData", "Datu vēl nav.")),
            Lang.EN, Map.ofEntries(
                    Map.entry("campaign", "Praise good service!"),
                    Map.entry("title", "Report for the management meeting"),
                    Map.entry("made", "Prepared"),
                    Map.entry("page", "page"),
                    Map.entry("summary", "Summary"),
                    Map.entry("approved", "Approved praise"),
                    Map.entry("meanStars", "Mean stars"),
                    Map.entry("score", "Score"),
                    Map.entry("scoreHidden", "The score is shown once the results are published."),
                    Map.entry("scoreRunning", "The running score's components (ranks come only with the published results)"),
                    Map.entry("online", "Online praise"),
                    Map.entry("branch", "Praise at branches"),
                    Map.entry("mystery", "Mystery shopping"),
                    Map.entry("total", "Total"),
                    Map.entry("rankOverall", "Rank overall"),
                    Map.entry("rankInCategory", "Rank in the category"),
                    Map.entry("rankInSizeClass", "Rank in the size class"),
                    Map.entry("toThreshold", "To the quality mark's threshold"),
                    Map.entry("toTopN", "To the TOP-{n}"),
                    Map.entry("perDay", "Praise per day"),
                    Map.entry("stars", "Stars"),
                    Map.entry("starsLabel", "{n} stars"),
                    Map.entry("aspects", "What customers valued: you and your industry"),
                    Map.entry("aspectsNote", "Share of praise naming each aspect: yours (red) and your industry's mean (grey)."),
                    Map.entry("you", "You"),
                    Map.entry("benchmarks", "Benchmark groups"),
                    Map.entry("industry", "Industry"),
                    Map.entry("category", "Category"),
                    Map.entry("sizeClass", "Size class"),
                    Map.entry("participants", "{n} participants"),
                    Map.entry("participantsOne", "{n} participant"),
                    Map.entry("starsLabelOne", "{n} star"),
                    Map.entry("groupStars", "group's mean stars"),
                    Map.entry("notEnough", "not enough data"),
                    Map.entry("notEnoughNote", "A group's figures are shown only when it has at least {n} participants."),
                    Map.entry("criteria", "Mystery shopping by criterion"),
                    Map.entry("criterion", "Criterion"),
                    Map.entry("visits", "Visits: {n}"),
                    Map.entry("noMystery", "No mystery shopping visits yet."),
                    Map.entry("highlights", "Praise highlights"),
                    Map.entry("noTexts", "No approved praise yet."),
                    Map.entry("employees", "Employees praised"),
                    Map.entry("employee", "Employee"),
                    Map.entry("praises", "Praise"),
                    Map.entry("noEmployees", "No employee has been named in praise yet."),
                    Map.entry("noData", "No data yet.")));

    /** The praise cards' words. */
    static final Map<Lang, Map<String, String>> CARD = Map.of(
            Lang.LV, Map.of(
                    "heading", "Paldies par labu servisu!",
                    "praised", "Klienti jūs uzslavēja: {n}",
                    "continued", "turpinājums",
                    "campaign", "Uzslavē labu servisu!",
                    "title", "Uzslavu kartītes"),
            Lang.EN, Map.of(
                    "heading", "Thank you for good service!",
                    "praised", "Customers praised you: {n}",
                    "continued", "continued",
                    "campaign", "Praise good service!",
                    "title", "Praise cards"));

    static String report(Lang lang, String key) {
        return word(REPORT, lang, key);
    }

    /**
     * A count with its noun: the key's "…One" form where the language takes the singular (Latvian: numbers ending
     * in 1 but not 11 – "21 dalībnieks"; English: 1), the key's own otherwise.
     */
    static String count(Lang lang, String key, long n) {
        boolean one = lang == Lang.LV ? n % 10 == 1 && n % 100 != 11 : n == 1;
        return report(lang, one ? key + "One" : key).replace("{n}", Long.toString(n));
    }

    static String card(Lang lang, String key) {
        return word(CARD, lang, key);
    }

    private static String word(Map<Lang, Map<String, String>> table, Lang lang, String key) {
        String word = table.getOrDefault(lang, table.get(Lang.LV)).get(key);
        if (word == null) {
            throw new IllegalArgumentException("no PDF wording " + key + " in " + lang.code());
        }
        return word;
    }
}
