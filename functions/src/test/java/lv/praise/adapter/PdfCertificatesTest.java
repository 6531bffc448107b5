package lv.praise.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Label;
import lv.praise.domain.Term;
import lv.praise.domain.awards.Certificate;
import lv.praise.domain.awards.CertificateCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PdfCertificatesTest {
    private static final PdfCertificates RENDERER = new PdfCertificates();
    private static final String URL = "https://praise.example.lv/verify.html?code=7KQ2M9XD4HTBW3ZA";
    private static final String NAME = "Ķemeru Ūdeņu Šķūnis — Ģirts & Co";
    /** 170 characters of real words: it must wrap or shrink, and still all be printed. */
    private static final String LONG_NAME = "Latvijas Republikas Kultūras ministrijas padotībā esošā "
            + "Valsts sabiedrība ar ierobežotu atbildību „Rīgas Centrālās bibliotēkas Ziemeļu filiāļu "
            + "apvienība un lasītava” Ķekavā";

    private static Certificate certificate(String name) {
        return new Certificate(2027, "7KQ2-M9XD-4HTB-W3ZA", "p-42", name, 3, 50,
                new Term("libraries", new Label("Bibliotēkas", "Libraries", "Raamatukogud")),
                "Klienti mūs uzslavē 2027", LocalDate.of(2027, 4, 12), URL);
    }

    @Test
    void oneLandscapeA4PageWithTheNameInItsOwnLetters() throws IOException {
        byte[] pdf = RENDERER.pdf(certificate(NAME));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(842, box.getWidth(), 1);
            assertEquals(595, box.getHeight(), 1);

            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(NAME), text);
            assertTrue(text.contains("Klienti mūs uzslavē 2027"), text);
            assertTrue(text.contains("Customers praise us 2027"), text);
            assertTrue(text.contains("7KQ2-M9XD-4HTB-W3ZA"), text);
            assertTrue(text.contains("3. vieta TOP-50"), text);
            assertTrue(text.contains("Rank 3 in the TOP-50"), text);
            assertTrue(text.contains("Bibliotēkas"), text);
            assertTrue(text.contains("Rīgā, 2027. gada 12. aprīlī"), text);
            assertTrue(text.contains("Riga, 12 April 2027"), text);
            assertTrue(text.contains(URL), text);

            assertEquals("Klienti mūs uzslavē 2027 – " + NAME, doc.getDocumentInformation().getTitle());
            assertEquals("Uzslavē labu servisu!", doc.getDocumentInformation().getAuthor());
        }
    }

    @Test
    void aLongNameIsPrintedWholeAndStaysOnThePage() throws IOException {
        assertTrue(LONG_NAME.length() > 150);
        try (PDDocument doc = Loader.loadPDF(RENDERER.pdf(certificate(LONG_NAME)))) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            List<TextPosition> positions = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    positions.add(text);
                    super.processTextPosition(text);
                }
            };
            String text = stripper.getText(doc);
            assertTrue(text.replaceAll("\\s+", " ").contains(LONG_NAME), text);
            assertFalse(positions.isEmpty());
            for (TextPosition p : positions) {
                String where = p.getUnicode() + " at " + p.getX() + "," + p.getY();
                assertTrue(p.getX() >= box.getLowerLeftX() && p.getX() + p.getWidth() <= box.getUpperRightX(), where);
                assertTrue(p.getY() - p.getHeight() >= box.getLowerLeftY() && p.getY() <= box.getUpperRightY(), where);
            }
        }
    }

    @Test
    void anAbsurdlyLongNameIsCutRatherThanRunOffThePage() throws IOException {
        String name = "Ļ".repeat(1500);
        try (PDDocument doc = Loader.loadPDF(RENDERER.pdf(certificate(name)))) {
            List<TextPosition> positions = new ArrayList<>();
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    positions.add(text);
                }
            }.getText(doc);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertTrue(positions.stream().allMatch(p -> p.getX() + p.getWidth() <= box.getUpperRightX()
                    && p.getY() <= box.getUpperRightY()));
            assertTrue(positions.stream().anyMatch(p -> p.getUnicode().equals("…")));
        }
    }

    @Test
    void theQrCodeOnThePrintedPageOpensTheVerification() throws Exception {
        try (PDDocument doc = Loader.loadPDF(RENDERER.pdf(certificate(NAME)))) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.GRAY);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
            Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            assertEquals(URL, result.getText());
        }
    }

    @Test
    void theQrCodeIsVectorSquaresAtLeast35MillimetresWide() throws IOException {
        try (PDDocument doc = Loader.loadPDF(RENDERER.pdf(certificate(NAME)))) {
            PDPage page = doc.getPage(0);
            assertFalse(page.getResources().getXObjectNames().iterator().hasNext(), "no raster image");
            FilledRectangles fills = new FilledRectangles(page);
            fills.processPage(page);
            // The QR code is the fill with by far the most rectangles: its dark modules.
            List<Rectangle2D> modules = fills.fills.stream().max(Comparator.comparingInt(List::size)).orElseThrow();
            assertTrue(modules.size() > 200, modules.size() + " rectangles");
            double side = modules.get(0).getWidth();
            for (Rectangle2D module : modules) {
                assertEquals(side, module.getWidth(), 0.01);
                assertEquals(side, module.getHeight(), 0.01);
            }
            Rectangle2D symbol = modules.stream().reduce(Rectangle2D::createUnion).orElseThrow();
            double millimetres = symbol.getWidth() / 72 * 25.4;
            assertTrue(millimetres >= 35, "QR symbol " + millimetres + " mm");
            assertEquals(symbol.getWidth(), symbol.getHeight(), 0.01);
            assertTrue(page.getMediaBox().toGeneralPath().getBounds2D().contains(symbol));
        }
    }

    /** Collects the rectangles of each fill operation, in page space. */
    private static final class FilledRectangles extends PDFGraphicsStreamEngine {
        final List<List<Rectangle2D>> fills = new ArrayList<>();
        private List<Rectangle2D> path = new ArrayList<>();
        private final Point2D.Float current = new Point2D.Float();

        FilledRectangles(PDPage page) {
            super(page);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            Rectangle2D r = new Rectangle2D.Double(p0.getX(), p0.getY(), 0, 0);
            r.add(p1);
            r.add(p2);
            r.add(p3);
            path.add(r);
        }

        @Override
        public void fillPath(int windingRule) {
            fills.add(path);
            path = new ArrayList<>();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            fillPath(windingRule);
        }

        @Override
        public void strokePath() {
            path = new ArrayList<>();
        }

        @Override
        public void endPath() {
            path = new ArrayList<>();
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
            current.setLocation(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            current.setLocation(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current.setLocation(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }

    @Test
    void theFontsAreEmbeddedAsSubsetsAndThePdfIsSmall() throws IOException {
        byte[] pdf = RENDERER.pdf(certificate(NAME));
        assertTrue(pdf.length < 100 * 1024, pdf.length + " bytes");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (COSName name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "subset tag: " + font.getName());
                fonts++;
            }
            assertTrue(fonts >= 1);
        }
    }

    @Test
    void withoutACategoryThereIsNoCategoryLine() throws IOException {
        Certificate c = certificate(NAME);
        Certificate plain = new Certificate(c.campaignYear(), CertificateCode.generate(), c.participantId(),
                c.participantName(), 1, 10, null, c.qualityMarkTitle(), LocalDate.of(2027, 1, 5), c.verificationUrl());
        try (PDDocument doc = Loader.loadPDF(RENDERER.pdf(plain))) {
            String text = new PDFTextStripper().getText(doc);
            assertFalse(text.contains("Kategorija"), text);
            assertTrue(text.contains("1. vieta TOP-10"), text);
            assertTrue(text.contains("Rīgā, 2027. gada 5. janvārī"), text); // not "05."
            assertTrue(text.contains("Riga, 5 January 2027"), text);
            assertTrue(text.contains(plain.code()), text);
        }
    }
}
