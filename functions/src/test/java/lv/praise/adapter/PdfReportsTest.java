package lv.praise.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import lv.praise.domain.Lang;
import lv.praise.domain.insight.ParticipantInsight;
import lv.praise.domain.reports.Report;
import lv.praise.testkit.Insights;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The management report parsed back with PDFBox: the words, figures and diacritics a reader sees. */
class PdfReportsTest {
    private static final PdfReports RENDERER = new PdfReports();
    private static final Map<String, String> ASPECTS_LV = Map.of("friendly", "Laipnība", "fast", "Ātrums");

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static byte[] pdf(ParticipantInsight insight, Lang lang) {
        return RENDERER.pdf(new Report(insight, lang, lang == Lang.LV ? ASPECTS_LV : Map.of("friendly", "Friendliness"),
                "Klienti mūs uzslavē 2027", LocalDate.of(2027, 4, 20)));
    }

    @Test
    void theLatvianReportNamesTheParticipantWithItsDiacriticsAndPrintsItsFigures() throws IOException {
        String text = text(pdf(Insights.published("kemeru-udenu-skunis"), Lang.LV));
        assertTrue(text.contains(Insights.NAME), text);
        assertTrue(text.contains("Pārskats vadības sanāksmei"));
        assertTrue(text.contains("Apstiprinātas uzslavas"));
        assertTrue(text.contains("42"), "praise approved");
        assertTrue(text.contains("4,60"), "mean stars with the Latvian decimal comma");
        assertTrue(text.contains("77,35"), "the published total");
        assertTrue(text.contains("Vieta kopvērtējumā"), "ranks after publication");
        assertTrue(text.contains("Sveicināšana un acu kontakts"), "the criterion's Latvian wording");
        assertTrue(text.contains("85,00") && text.contains("78,20"), "the participant's and the industry's criterion means");
        assertTrue(text.contains("Laipnība"), "aspects named in Latvian");
        assertTrue(text.contains("48 %") && text.contains("35 %"), "shares: the participant's and the industry's");
        assertTrue(text.contains(Insights.EMPLOYEE) && text.contains("Ģirts Čakste"), "employees praised");
        assertTrue(text.contains("2027. gada 20. aprīlis"), "made on, in Latvian");
        assertTrue(text.contains("12 dalībnieki") && text.contains("3 dalībnieki"), "group sizes");
        for (String letter : new String[] {"Ā", "Č", "Ē", "Ģ", "Ī", "Ķ", "Ļ", "Ņ", "Š", "Ū", "Ž"}) {
            // Every capital the report's own words or the fixture's names hold comes back as itself.
            if (text.contains(letter)) {
                assertFalse(text.contains("?" + letter));
            }
        }
        assertFalse(text.contains("?"), "no letter the font lacked");
    }

    @Test
    void aGroupOfFewerThanFiveParticipantsIsNotEnoughDataNeverAFigure() throws IOException {
        String text = text(pdf(Insights.published("kemeru-udenu-skunis"), Lang.EN));
        String sizeClassLine = text.lines().filter(l -> l.startsWith("Size class (micro)")).findFirst().orElseThrow();
        assertTrue(sizeClassLine.contains("not enough data"), sizeClassLine);
        assertFalse(sizeClassLine.matches(".*\\d\\.\\d\\d.*"), "no group figure: " + sizeClassLine);
        // The category has 7 participants but only 3 evaluated: its criterion cell is not enough data either.
        String criterionRow = text.lines().filter(l -> l.startsWith("Greeting and eye contact")).findFirst().orElseThrow();
        assertTrue(criterionRow.contains("85.00") && criterionRow.contains("78.20"), criterionRow);
        assertEquals(2, criterionRow.split("not enough data", -1).length - 1, criterionRow);
    }

    @Test
    void beforePublicationNoRankIsPrinted() throws IOException {
        String text = text(pdf(Insights.insight("kemeru-udenu-skunis", Insights.NAME, false, 2, 3), Lang.EN));
        assertTrue(text.contains("Online praise"));
        assertTrue(text.contains("40.10"));
        assertFalse(text.contains("Rank"), "no rank before publication");
        assertFalse(text.contains("77.35"));
    }

    @Test
    void aLongNameWrapsAndManyEmployeesGoOnToFurtherPages() throws IOException {
        String longName = "Latvijas Republikas Kultūras ministrijas padotībā esošā Valsts sabiedrība ar ierobežotu"
                + " atbildību „Rīgas Centrālās bibliotēkas Ziemeļu filiāļu apvienība un lasītava” Ķekavā";
        byte[] pdf = pdf(Insights.insight("riga-lib", longName, true, 150, 3), Lang.LV);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 3, "pages: " + doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.replace("\n", " ").replace("\r", "").replaceAll("\\s+", " ").contains(longName),
                    "the whole name, wrapped");
            assertTrue(text.contains("Darbinieks Ņikita Žagars 147"), "the last employee is printed");
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(doc.getNumberOfPages());
            last.setEndPage(doc.getNumberOfPages());
            assertTrue(last.getText(doc).contains(doc.getNumberOfPages() + "/" + doc.getNumberOfPages() + " lpp."));
        }
    }
}
