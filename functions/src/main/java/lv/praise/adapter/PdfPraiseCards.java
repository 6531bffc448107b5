package lv.praise.adapter;

import static lv.praise.adapter.PdfSheets.DARK;
import static lv.praise.adapter.PdfSheets.GREY;
import static lv.praise.adapter.PdfSheets.LIGHT;
import static lv.praise.adapter.PdfSheets.MM;
import static lv.praise.adapter.PdfSheets.RED;
import static lv.praise.adapter.PdfSheets.printable;
import static lv.praise.adapter.PdfSheets.wrap;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import lv.praise.domain.reports.PraiseCard;
import lv.praise.domain.reports.PraiseCardRenderer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Praise cards to print (issue 18): A5 landscape sheets, each with two A6 portrait cards side by side and a dashed
 * cut line between them. A card: the campaign and its quality mark, a thank-you, the employee's name (a long one
 * wraps, then shrinks), how many praises named them, the month, their praise texts and the participant's name. An
 * employee whose texts don't fit one card gets more cards ("continued"); the last sheet may hold one card.
 * Words: {@link PdfWording#CARD}.
 */
public final class PdfPraiseCards implements PraiseCardRenderer {
    /** A5 landscape: 210 × 148 mm. */
    static final PDRectangle SHEET = new PDRectangle(210 * MM, 148 * MM);
    /** A6 portrait: 105 × 148 mm, two to a sheet. */
    static final float CARD_W = SHEET.getWidth() / 2;
    static final float CARD_H = SHEET.getHeight();
    private static final float PAD = 8 * MM;
    private static final float TEXT_W = CARD_W - 2 * PAD;
    private static final float BAND = 52;
    private static final float TEXT_SIZE = 9;
    private static final float LEADING = TEXT_SIZE * 1.3f;
    /** Where the texts may go: under the name block, above the participant's name. */
    private static final float TEXTS_TOP = CARD_H - 196;
    private static final float TEXTS_BOTTOM = 46;

    private final PdfSheets.Fonts fonts;

    public PdfPraiseCards() {
        this(PdfSheets.Fonts.shipped());
    }

    PdfPraiseCards(PdfSheets.Fonts fonts) {
        this.fonts = fonts;
    }

    /** One printed card: an employee's card and the lines of texts on it (a blank line between two texts). */
    private record Printed(PraiseCard card, List<String> lines, boolean continued) {
    }

    @Override
    public byte[] pdf(List<PraiseCard> cards) {
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("no praise card to print");
        }
        try (PDDocument doc = new PDDocument()) {
            PDFont text = PDType0Font.load(doc, new ByteArrayInputStream(fonts.regular()), true);
            PDFont strong = PDType0Font.load(doc, new ByteArrayInputStream(fonts.bold()), true);
            List<Printed> printed = new ArrayList<>();
            for (PraiseCard card : cards) {
                printed.addAll(split(card, text));
            }
            PDPageContentStream out = null;
            try {
                for (int i = 0; i < printed.size(); i++) {
                    if (i % 2 == 0) {
                        if (out != null) {
                            out.close();
                        }
                        PDPage page = new PDPage(SHEET);
                        doc.addPage(page);
                        out = new PDPageContentStream(doc, page);
                        cutLine(out);
                    }
                    draw(out, text, strong, printed.get(i), (i % 2) * CARD_W);
                }
            } finally {
                if (out != null) {
                    out.close();
                }
            }
            PraiseCard first = cards.get(0);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(PdfWording.card(first.lang(), "title") + " – " + first.participantName()
                    + (cards.size() == 1 ? " – " + first.employeeName() : ""));
            info.setAuthor(PdfSheets.AUTHOR);
            info.setSubject(first.qualityMarkTitle());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the praise cards could not be built", e);
        }
    }

    /** The texts' lines, as many cards as they take; a card without texts is one card. */
    private static List<Printed> split(PraiseCard card, PDFont font) throws IOException {
        int perCard = (int) ((TEXTS_TOP - TEXTS_BOTTOM) / LEADING);
        List<String> lines = new ArrayList<>();
        for (String text : card.texts()) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(wrap(font, TEXT_SIZE, "„" + printable(font, text) + "“", TEXT_W));
        }
        List<Printed> printed = new ArrayList<>();
        int from = 0;
        do {
            int to = Math.min(lines.size(), from + perCard);
            List<String> these = new ArrayList<>(lines.subList(from, to));
            // A card starts with a text, not with the blank line between two.
            while (!these.isEmpty() && these.get(0).isEmpty()) {
                these.remove(0);
            }
            printed.add(new Printed(card, these, from > 0));
            from = to;
        } while (from < lines.size());
        return printed;
    }

    private static void cutLine(PDPageContentStream out) throws IOException {
        out.setStrokingColor(GREY);
        out.setLineWidth(0.5f);
        out.setLineDashPattern(new float[] {4, 3}, 0);
        out.moveTo(CARD_W, 0);
        out.lineTo(CARD_W, CARD_H);
        out.stroke();
        out.setLineDashPattern(new float[] {}, 0);
    }

    private static void draw(PDPageContentStream out, PDFont text, PDFont strong, Printed p, float left)
            throws IOException {
        PraiseCard c = p.card();
        float centre = left + CARD_W / 2;
        out.setNonStrokingColor(RED);
        out.addRect(left + PAD / 2, CARD_H - PAD / 2 - BAND, CARD_W - PAD, BAND);
        out.fill();
        PdfSheets.centred(out, PdfWording.card(c.lang(), "campaign"), strong, 12, 8, Color.WHITE, centre,
                CARD_H - PAD / 2 - 22, TEXT_W);
        PdfSheets.centred(out, c.qualityMarkTitle(), text, 9, 7, Color.WHITE, centre, CARD_H - PAD / 2 - 38, TEXT_W);

        PdfSheets.centred(out, PdfWording.card(c.lang(), "heading")
                        + (p.continued() ? " (" + PdfWording.card(c.lang(), "continued") + ")" : ""),
                strong, 11, 7, RED, centre, CARD_H - 92, TEXT_W);
        PdfSheets.nameBlock(out, c.employeeName(), strong, 18, DARK, centre, CARD_H - 100, TEXT_W, 46);
        PdfSheets.centred(out, PdfWording.card(c.lang(), "praised").replace("{n}", Long.toString(c.praises())),
                text, 9, 7, GREY, centre, CARD_H - 164, TEXT_W);
        PdfSheets.centred(out, c.month(), text, 9, 7, GREY, centre, CARD_H - 177, TEXT_W);
        PdfSheets.rule(out, centre - 30, CARD_H - 186, 60, RED, 1);

        float y = TEXTS_TOP;
        for (String line : p.lines()) {
            y -= LEADING;
            if (!line.isEmpty()) {
                PdfSheets.show(out, line, text, TEXT_SIZE, DARK, left + PAD, y);
            }
        }
        PdfSheets.rule(out, left + PAD, 38, TEXT_W, LIGHT, 0.6f);
        PdfSheets.centred(out, c.participantName(), strong, 9, 7, DARK, centre, 24, TEXT_W);
    }
}
