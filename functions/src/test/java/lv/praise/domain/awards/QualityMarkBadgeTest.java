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

    @Test
    void aLongNameIsCutWithAnEllipsisButTheTitleKeepsItWhole() throws Exception {
        String name = "Rīgas Centrālās bibliotēkas Ziemeļu filiāļu apvienība";
        Document doc = parse(QualityMarkBadge.svg(certificate(name)));
        String shown = texts(doc).get(2);
        assertTrue(shown.endsWith("…"), shown);
        assertTrue(shown.codePointCount(0, shown.length()) <= QualityMarkBadge.NAME_LIMIT, shown);
        assertTrue(name.startsWith(shown.substring(0, shown.length() - 1)), shown);
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
