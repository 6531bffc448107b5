package lv.praise.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import lv.praise.domain.posters.Poster;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class PdfPostersTest {
    private static final PdfPosters RENDERER = new PdfPosters();
    private static final String NAME = "Ķemeru Ūdeņu Šķūnis — Ģirts & Co";
    private static final String BRANCH = "Rīga, Brīvības iela 12";
    /** The branch percent-encoded, as the use case builds the form's address. */
    private static final String BRANCH_URL = "https://praise.example.lv/praise.html?p=kemeru-udenu-skunis"
            + "&b=R%C4%ABga%2C%20Br%C4%ABv%C4%ABbas%20iela%2012";
    private static final String OWN_URL = "https://praise.example.lv/praise.html?p=kemeru-udenu-skunis";
    private static final String LONG_NAME = "Latvijas Republikas Kultūras ministrijas padotībā esošā "
            + "Valsts sabiedrība ar ierobežotu atbildību „Rīgas Centrālās bibliotēkas Ziemeļu filiāļu "
            + "apvienība un lasītava” Ķekavā";

    private static Poster branchPoster(String name) {
        return new Poster(2027, "kemeru-udenu-skunis", name, BRANCH, BRANCH_URL);
    }

    @Test
    void oneA4PortraitPageWithTheCallsToActionTheNameAndTheBranch() throws IOException {
        byte[] pdf = RENDERER.pdf(branchPoster(NAME));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(595, box.getWidth(), 1);
            assertEquals(842, box.getHeight(), 1);

            // The name may wrap: its words are compared with single spaces between them.
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String line : List.of(NAME, BRANCH, "Uzslavē labu servisu!", "Praise good service!",
                    "Kiida head teenindust!", "Noskenē kodu un uzslavē mūs", "Scan the code and praise us",
                    "Skaneeri kood ja kiida meid", "2027", BRANCH_URL)) {
                assertTrue(text.contains(line), line + " in:\n" + text);
            }
            assertEquals("Uzslavē labu servisu! – " + NAME + " – " + BRANCH, doc.getDocumentInformation().getTitle());
        }
        assertTrue(pdf.length < 100 * 1024, pdf.length + " bytes");
    }

    @Test
    void theParticipantsOwnPosterHasNoBranchLine() throws IOException {
        try (PDDocument doc = Loader.loadPDF(RENDERER.pdf(new Poster(2027, "kemeru-udenu-skunis", NAME, null, OWN_URL)))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(NAME), text);
            assertFalse(text.contains("Rīga"), text);
            assertEquals(OWN_URL, qrOf(doc));
        }
    }

    @Test
    void theQrCodeOnThePrintedPageOpensTheFormWithTheBranchChosen() throws Exception {
        try (PDDocument doc = Loader.loadPDF(RENDERER.pdf(branchPoster(NAME)))) {
            assertEquals(BRANCH_URL, qrOf(doc));
            assertFalse(doc.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "vector, no raster image");
        }
    }

    @Test
    void aLongNameWrapsAndStaysOnThePageAboveTheCode() throws IOException {
        try (PDDocument doc = Loader.loadPDF(RENDERER.pdf(branchPoster(LONG_NAME)))) {
            List<TextPosition> positions = new ArrayList<>();
            String text = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    positions.add(t);
                    super.processTextPosition(t);
                }
            }.getText(doc);
            assertTrue(text.replaceAll("\\s+", " ").contains(LONG_NAME), text);
            PDRectangle box = doc.getPage(0).getMediaBox();
            for (TextPosition p : positions) {
                assertTrue(p.getX() >= 0 && p.getX() + p.getWidth() <= box.getWidth(), p.getUnicode() + " at " + p.getX());
            }
            assertEquals(BRANCH_URL, qrOf(doc), "the name does not run into the code");
        }
    }

    @Test
    void thePngIsTheRequestedSizeAndDecodesToTheUrl() throws Exception {
        for (int px : new int[] {512, 1000, 1024}) {
            byte[] png = RENDERER.qrPng(BRANCH_URL, px);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(px, image.getWidth());
            assertEquals(px, image.getHeight());
            assertEquals(BRANCH_URL, decode(image));
            assertTrue(png.length < 20 * 1024, px + " px: " + png.length + " bytes");
        }
    }

    @Test
    void theSvgIsOnePathOfDarkModulesInValidXml() throws Exception {
        String svg = RENDERER.qrSvg(BRANCH_URL);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals(1, doc.getElementsByTagNameNS("*", "path").getLength());
        assertEquals(BRANCH_URL, doc.getElementsByTagNameNS("*", "title").item(0).getTextContent());
        String d = ((Element) doc.getElementsByTagNameNS("*", "path").item(0)).getAttribute("d");
        assertEquals("", d.replaceAll("M\\d+ \\d+h(\\d+)v1h-\\1z", ""), "only runs of whole modules: " + d);
        String[] viewBox = root.getAttribute("viewBox").split(" ");
        int modules = Integer.parseInt(viewBox[2]);
        assertTrue(modules >= 21 + 8 && modules <= 177 + 8, modules + " modules");
        assertTrue(svg.length() < 16 * 1024, svg.length() + " characters");

        // The SVG drawn by the JDK's own means (each run filled) reads back as the same URL.
        int scale = 8;
        BufferedImage image = new BufferedImage(modules * scale, modules * scale, BufferedImage.TYPE_BYTE_GRAY);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(java.awt.Color.BLACK);
        var runs = java.util.regex.Pattern.compile("M(\\d+) (\\d+)h(\\d+)").matcher(d);
        while (runs.find()) {
            g.fillRect(Integer.parseInt(runs.group(1)) * scale, Integer.parseInt(runs.group(2)) * scale,
                    Integer.parseInt(runs.group(3)) * scale, scale);
        }
        g.dispose();
        assertEquals(BRANCH_URL, decode(image));
    }

    /** Not a test of the output's looks: renders a poster under target/ for a person to look at. */
    @Test
    void aPosterRenderedForAPersonToLookAt() throws IOException {
        Path dir = Path.of("target", "posters");
        Files.createDirectories(dir);
        try (PDDocument doc = Loader.loadPDF(RENDERER.pdf(branchPoster(NAME)))) {
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 72), "png", dir.resolve("poster-branch.png").toFile());
        }
        try (PDDocument doc = Loader.loadPDF(RENDERER.pdf(new Poster(2027, "x", LONG_NAME, null, OWN_URL)))) {
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 72), "png", dir.resolve("poster-long.png").toFile());
        }
        assertTrue(Files.size(dir.resolve("poster-branch.png")) > 0);
    }

    private static String qrOf(PDDocument doc) throws IOException {
        try {
            return decode(new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.GRAY));
        } catch (Exception e) {
            throw new AssertionError("no QR code read off the page", e);
        }
    }

    private static String decode(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code found", e);
        }
    }
}
