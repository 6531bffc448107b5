package lv.praise.domain.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import lv.praise.domain.Label;
import lv.praise.domain.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class QualityMarkBadgeTest {
    private static final String URL = "https://praise.example.lv/verify.html?code=7KQ2M9XD4HTBW3ZA&lang=lv";
    private static final String SVG = "http://www.w3.org/2000/svg";

    private static Certificate certificate(String name) {
        return new Certificate(2027, "7KQ2-M9XD-4HTB-W3ZA", "p-42", name, 3, 50,
                new Term("libraries", new Label("Bibliotēkas", "Libraries", "Raamatukogud")),
                "Klienti mūs uzslavē 2027", LocalDate.of(2027, 4, 12), URL);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS(SVG, "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void theBadgeIsAnSvgLinkedToTheVerificationWithATitle() throws Exception {
        Document doc = parse(QualityMarkBadge.svg(certificate("Ķemeru Ūdeņu Šķūnis")));
        Element root = doc.getDocumentElement();
        assertEquals(SVG, root.getNamespaceURI());
        assertEquals("svg", root.getLocalName());
        assertEquals("0 0 240 120", root.getAttribute("viewBox"));

        Element title = (Element) root.getElementsByTagNameNS(SVG, "title").item(0);
        assertTrue(title.getTextContent().contains("Klienti mūs uzslavē 2027"), title.getTextContent());
        assertTrue(title.getTextContent().contains("Ķemeru Ūdeņu Šķūnis"), title.getTextContent());

        NodeList links = root.getElementsByTagNameNS(SVG, "a");
        assertEquals(1, links.getLength());
        Element link = (Element) links.item(0);
        assertEquals(URL, link.getAttribute("href"));
        assertEquals(URL, link.getAttributeNS("http://www.w3.org/1999/xlink", "href"));
        assertTrue(link.getElementsByTagNameNS(SVG, "text").getLength() >= 5, "all the text is inside the link");

        assertEquals(List.of("Klienti mūs uzslavē 2027", "Customers praise us 2027", "Ķemeru Ūdeņu Šķūnis",
                "TOP-50 · #3", "7KQ2-M9XD-4HTB-W3ZA"), texts(doc));
        assertFalse(QualityMarkBadge.svg(certificate("x")).contains("@font-face"), "system fonts only");
        assertFalse(QualityMarkBadge.svg(certificate("x")).contains("url("), "nothing fetched");
    }

    @Test
    void markupInANameStaysText() throws Exception {
        String name = "<script>alert('x')</script> & \"Co\"";
        String svg = QualityMarkBadge.svg(certificate(name));
        assertFalse(svg.contains("<script"), svg);
        assertTrue(svg.contains("&lt;script&gt;"), svg);
        assertTrue(svg.contains("&amp; &quot;Co&quot;"), svg);
        assertTrue(svg.contains("&#39;x&#39;"), svg);
        Document doc = parse(svg);
        assertEquals(0, doc.getElementsByTagName("script").getLength());
        assertEquals(0, doc.getElementsByTagNameNS(SVG, "script").getLength());
        String title = doc.getElementsByTagNameNS(SVG, "title").item(0).getTextContent();
        assertTrue(title.contains(name), title);
    }

    /** The name's lines: the dark bold text elements between the title and the place. */
    private static List<Element> nameLines(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS(SVG, "text");
        List<Element> lines = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if ("#333333".equals(e.getAttribute("fill"))) {
                lines.add(e);
            }
        }
        return lines;
    }

    /**
     * The width a line takes in DejaVu Sans Bold (the widest of the usual sans-serifs; shipped with the functions) at
     * its font size – or its textLength, which the browser makes it take.
     */
    private static double measured(Element line) throws Exception {
        if (!line.getAttribute("textLength").isEmpty()) {
            return Double.parseDouble(line.getAttribute("textLength"));
        }
        java.awt.Font font;
        try (var in = QualityMarkBadgeTest.class.getResourceAsStream("/lv/praise/fonts/DejaVuSans-Bold.ttf")) {
            font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in)
                    .deriveFont(Float.parseFloat(line.getAttribute("font-size")));
        }
        var context = new java.awt.font.FontRenderContext(null, true, true);
        return font.getStringBounds(line.getTextContent(), context).getWidth();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pagasta Pasta Punkts Lielvārdē un apkārtnē", "Rīgas Centrālās bibliotēkas Ziemeļu filiāļu apvienība",
            "Valsts sociālās apdrošināšanas aģentūras Vidzemes reģionālā nodaļa", "WWW MMM ŠŠŠ ŽŽŽ WWW MMM ŠŠŠ ŽŽŽ WWW",
            "Ķemeru Ūdeņu Šķūnis", "Preiļu Galvenā bibliotēka"})
    void aLongNameIsDrawnWholeOnOneOrTwoLinesThatFitTheBadge(String name) throws Exception {
        Document doc = parse(QualityMarkBadge.svg(certificate(name)));
        List<Element> lines = nameLines(doc);
        assertTrue(lines.size() == 1 || lines.size() == 2, lines.size() + " lines");
        assertEquals(name, String.join(" ", lines.stream().map(Element::getTextContent).toList()), "the whole name, in order");
        for (Element line : lines) {
            double width = measured(line);
            assertTrue(width <= 228, line.getTextContent() + " takes " + width + " of the badge's 240 (6 each side)");
            assertTrue(Double.parseDouble(line.getAttribute("font-size")) >= QualityMarkBadge.MIN_SIZE, "legible");
        }
        double top = Double.parseDouble(lines.get(0).getAttribute("y")) - Double.parseDouble(lines.get(0).getAttribute("font-size"));
        double bottom = Double.parseDouble(lines.get(lines.size() - 1).getAttribute("y"));
        assertTrue(top > 42 && bottom < 75, "between the red header (to 42) and the place (from 79): " + top + "–" + bottom);
        assertTrue(doc.getElementsByTagNameNS(SVG, "title").item(0).getTextContent().contains(name));
    }

    @Test
    void theGivenLongNameTakesTwoLinesAndAShortOneOne() throws Exception {
        assertEquals(List.of("Pagasta Pasta Punkts", "Lielvārdē un apkārtnē"),
                QualityMarkBadge.layout("Pagasta Pasta Punkts Lielvārdē un apkārtnē").lines());
        assertEquals(List.of("Preiļu Galvenā bibliotēka"), QualityMarkBadge.layout("Preiļu Galvenā bibliotēka").lines());
        assertEquals(QualityMarkBadge.NAME_SIZE, QualityMarkBadge.layout("Preiļu Galvenā bibliotēka").size());
    }

    @Test
    void onlyANameTooLongForTwoSmallLinesIsCutAndTheTitleKeepsItWhole() throws Exception {
        String name = "Rīgas Centrālās bibliotēkas Ziemeļu filiāļu apvienības Vecmīlgrāvja, Sarkandaugavas, Mangaļsalas "
                + "un Bolderājas pakalpojumu sniegšanas punktu tīkls";
        Document doc = parse(QualityMarkBadge.svg(certificate(name)));
        List<Element> lines = nameLines(doc);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).getTextContent().endsWith("…"), lines.get(1).getTextContent());
        for (Element line : lines) {
            assertTrue(measured(line) <= 228, line.getTextContent());
        }
        assertTrue(doc.getElementsByTagNameNS(SVG, "title").item(0).getTextContent().contains(name));
    }

    @Test
    void charactersXmlForbidsDoNotBreakTheBadge() throws Exception {
        Document doc = parse(QualityMarkBadge.svg(certificate("Ūdens\u0000 \u0007un\nvējš \uD83D")));
        assertEquals("Ūdens un vējš", texts(doc).get(2));
    }

    @Test
    void theEmbedSnippetIsALinkedImageWithEscapedAttributes() throws Exception {
        String html = QualityMarkBadge.embedHtml(certificate("Ģirts & \"Dēli\" <SIA>"),
                "https://praise.example.lv/badges/7KQ2M9XD4HTBW3ZA.svg?v=1&size=m");
        assertEquals("<a href=\"https://praise.example.lv/verify.html?code=7KQ2M9XD4HTBW3ZA&amp;lang=lv\">"
                + "<img src=\"https://praise.example.lv/badges/7KQ2M9XD4HTBW3ZA.svg?v=1&amp;size=m\""
                + " alt=\"Klienti mūs uzslavē 2027 – Ģirts &amp; &quot;Dēli&quot; &lt;SIA&gt;\""
                + " width=\"240\" height=\"120\"></a>", html);
        // The snippet is also well-formed once the void <img> is closed, with the values intact.
        Element img = (Element) parse(html.replace("\"></a>", "\"/></a>")).getElementsByTagName("img").item(0);
        assertEquals("Klienti mūs uzslavē 2027 – Ģirts & \"Dēli\" <SIA>", img.getAttribute("alt"));
    }

    @Test
    void onlyWebAddressesAreLinked() {
        Certificate c = certificate("x");
        Certificate script = new Certificate(c.campaignYear(), c.code(), c.participantId(), c.participantName(),
                c.rank(), c.topN(), c.category(), c.qualityMarkTitle(), c.issuedOn(), "javascript:alert(1)");
        assertThrows(IllegalArgumentException.class, () -> QualityMarkBadge.svg(script));
        assertThrows(IllegalArgumentException.class, () -> QualityMarkBadge.embedHtml(c, "javascript:alert(1)"));
    }
}
