package lv.praise.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import lv.praise.domain.Lang;
import lv.praise.domain.reports.PraiseCard;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;

/** Praise cards parsed back: A5 sheets, two A6 cards each, the name, texts, mark and month on the right card. */
class PdfPraiseCardsTest {
    private static final PdfPraiseCards RENDERER = new PdfPraiseCards();
    private static final float MM = 72f / 25.4f;

    private static PraiseCard card(String name, int texts) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < texts; i++) {
            list.add("Ļoti laipna un zinoša apkalpošana, ātri atrada vajadzīgo preci. Paldies! Teksts " + i);
        }
        return new PraiseCard(Lang.LV, name, texts, list, "Klienti mūs uzslavē 2027", "2027. gada marts",
                "Ķemeru Ūdeņu Šķūnis, SIA");
    }

    private static String area(PDDocument doc, int page, float x, float w, float h) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion("card", new Rectangle2D.Float(x, 0, w, h));
        stripper.extractRegions(doc.getPage(page));
        return stripper.getTextForRegion("card");
    }

    @Test
    void twoA6CardsOnAnA5SheetEachWithItsEmployee() throws IOException {
        byte[] pdf = RENDERER.pdf(List.of(card("Anna Bērziņa", 2), card("Ģirts Čakste", 1)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle sheet = doc.getPage(0).getMediaBox();
            assertEquals(210 * MM, sheet.getWidth(), 1, "A5 landscape width");
            assertEquals(148 * MM, sheet.getHeight(), 1, "A5 landscape height");
            String left = area(doc, 0, 0, sheet.getWidth() / 2, sheet.getHeight());
            String right = area(doc, 0, sheet.getWidth() / 2, sheet.getWidth() / 2, sheet.getHeight());
            assertTrue(left.contains("Anna Bērziņa") && !left.contains("Ģirts"), left);
            assertTrue(right.contains("Ģirts Čakste") && !right.contains("Anna"), right);
            for (String card : List.of(left, right)) {
                assertTrue(card.contains("Klienti mūs uzslavē 2027"), card);
                assertTrue(card.contains("2027. gada marts"), card);
                assertTrue(card.contains("Ķemeru Ūdeņu Šķūnis, SIA"), card);
                assertTrue(card.contains("Paldies par labu servisu!"), card);
            }
            assertTrue(left.contains("Teksts 1") && left.contains("Klienti jūs uzslavēja: 2"), left);
        }
    }

    @Test
    void manyTextsTakeSeveralCardsAndNoTextIsLost() throws IOException {
        byte[] pdf = RENDERER.pdf(List.of(card("Anna Bērziņa", 14)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (int i = 0; i < 14; i++) {
                assertTrue(text.contains("Teksts " + i), "text " + i);
            }
            assertTrue(text.contains("(turpinājums)"), "a second card says it continues");
            float width = doc.getPage(0).getMediaBox().getWidth();
            assertTrue(area(doc, 0, width / 2, width / 2, doc.getPage(0).getMediaBox().getHeight()).contains("Anna Bērziņa"),
                    "the second card is beside the first");
        }
    }
}
