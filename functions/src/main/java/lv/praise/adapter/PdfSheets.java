package lv.praise.adapter;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * What the printed sheets (certificates, posters) share: the campaign's fonts and colours, one-page
 * documents, text that fits its width, and QR codes drawn as vectors.
 *
 * <p>The fonts (DejaVu Sans, shipped in the jar so the output doesn't depend on the machine) are read
 * once per {@link Fonts} instance, then embedded as a subset in each document: the whole font would
 * make every PDF some 380 KB instead of about 20.
 */
final class PdfSheets {
    static final String AUTHOR = "Uzslavē labu servisu!";
    static final float MM = 72f / 25.4f;

    static final Color RED = new Color(0xB3, 0x26, 0x2E);
    static final Color DARK = new Color(0x33, 0x33, 0x33);
    static final Color GREY = new Color(0x6E, 0x6E, 0x6E);
    static final Color LIGHT = new Color(0xD9, 0xD4, 0xCF);

    private static final String FONTS = "/lv/praise/fonts/";

    private PdfSheets() {
    }

    /** The regular and bold DejaVu Sans, as bytes: parsed into each document, never shared between documents. */
    record Fonts(byte[] regular, byte[] bold) {
        Fonts {
            regular = regular.clone();
            bold = bold.clone();
        }

        static Fonts shipped() {
            return new Fonts(resource("DejaVuSans.ttf"), resource("DejaVuSans-Bold.ttf"));
        }

        private static byte[] resource(String name) {
            try (InputStream in = PdfSheets.class.getResourceAsStream(FONTS + name)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the classpath: " + FONTS + name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the font " + name, e);
            }
        }
    }

    /** Draws one page with the document's own regular and bold fonts. */
    interface Drawing {
        void draw(PDPageContentStream out, PDFont text, PDFont strong) throws IOException;
    }

    /** A one-page PDF of the given size, with its title and the campaign as author. */
    static byte[] onePage(Fonts fonts, PDRectangle size, String title, String subject, Drawing drawing) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(size);
            doc.addPage(page);
            PDFont text = PDType0Font.load(doc, new ByteArrayInputStream(fonts.regular()), true);
            PDFont strong = PDType0Font.load(doc, new ByteArrayInputStream(fonts.bold()), true);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                drawing.draw(out, text, strong);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(AUTHOR);
            info.setSubject(subject);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF \"" + title + "\" could not be built", e);
        }
    }

    /**
     * The QR code's dark modules as one path and one fill, its top left corner (of the quiet zone
     * included in the matrix) at (left, top): adjacent squares merge, so viewers draw no hairlines
     * between them, and it stays sharp at any print size.
     *
     * @param runs each row's runs of dark modules as one rectangle: the same picture in about half the
     *             bytes, for documents that travel by the hundred (the posters' ZIP)
     */
    static void qr(PDPageContentStream out, BitMatrix matrix, float left, float top, float module, boolean runs)
            throws IOException {
        out.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col++;
                while (runs && col < matrix.getWidth() && matrix.get(col, row)) {
                    col++;
                }
                out.addRect(left + start * module, top - (row + 1) * module, (col - start) * module, module);
            }
        }
        out.fill();
    }

    static void rule(PDPageContentStream out, float x, float y, float length, Color colour, float thickness)
            throws IOException {
        out.setStrokingColor(colour);
        out.setLineWidth(thickness);
        out.moveTo(x, y);
        out.lineTo(x + length, y);
        out.stroke();
    }

    static void show(PDPageContentStream out, String line, PDFont font, float size, Color colour, float x, float y)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(colour);
        out.newLineAtOffset(x, y);
        out.showText(line);
        out.endText();
    }

    /** One line centred on {@code centre}, shrunk down to {@code min} and then cut to {@code max} wide. */
    static void centred(PDPageContentStream out, String raw, PDFont font, float size, float min, Color colour,
                        float centre, float y, float max) throws IOException {
        String line = printable(font, raw);
        float fitted = fit(font, line, size, min, max);
        line = ellipsis(font, fitted, line, max);
        show(out, line, font, fitted, colour, centre - width(font, fitted, line) / 2, y);
    }

    /**
     * A name in the largest size (from {@code size} down to 12) at which its lines fit the box, centred on
     * {@code centre} and in the middle of the box's height; a long name wraps, then shrinks.
     */
    static void nameBlock(PDPageContentStream out, String raw, PDFont font, float size, Color colour,
                          float centre, float top, float max, float height) throws IOException {
        String name = printable(font, raw);
        List<String> lines = wrap(font, size, name, max);
        while (lines.size() * size * 1.2f > height && size > 12) {
            size -= 0.5f;
            lines = wrap(font, size, name, max);
        }
        float leading = size * 1.2f;
        int fitting = Math.max(1, (int) (height / leading));
        if (lines.size() > fitting) {
            // Only names far beyond 200 characters get here: keep what fits and say so.
            lines = new ArrayList<>(lines.subList(0, fitting));
            lines.set(fitting - 1, cut(font, size, lines.get(fitting - 1), max));
        }
        float block = lines.size() * leading;
        float baseline = top - (height - block) / 2 - size * 0.93f;
        for (String line : lines) {
            show(out, line, font, size, colour, centre - width(font, size, line) / 2, baseline);
            baseline -= leading;
        }
    }

    static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    static float fit(PDFont font, String text, float size, float min, float max) throws IOException {
        float fitted = size;
        while (fitted > min && width(font, fitted, text) > max) {
            fitted -= 0.5f;
        }
        return fitted;
    }

    static String ellipsis(PDFont font, float size, String text, float max) throws IOException {
        return width(font, size, text) <= max ? text : cut(font, size, text, max);
    }

    /** The text shortened until it and an ellipsis fit: it says that more was there. */
    static String cut(PDFont font, float size, String text, float max) throws IOException {
        String cut = text;
        while (!cut.isEmpty() && width(font, size, cut + "…") > max) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1)).stripTrailing();
        }
        return cut + "…";
    }

    /**
     * Greedy word wrap; a word wider than the line on its own is broken between characters. PDFBox
     * applies no kerning, so a line's width is the sum of its letters' widths.
     */
    static List<String> wrap(PDFont font, float size, String text, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        float space = width(font, size, " ");
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            float wordWidth = width(font, size, word);
            if (!line.isEmpty() && lineWidth + space + wordWidth <= max) {
                line.append(' ').append(word);
                lineWidth += space + wordWidth;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (wordWidth <= max) {
                line.append(word);
                lineWidth = wordWidth;
                continue;
            }
            for (int i = 0; i < word.length(); ) {
                int next = word.offsetByCodePoints(i, 1);
                String letter = word.substring(i, next);
                float letterWidth = width(font, size, letter);
                if (!line.isEmpty() && lineWidth + letterWidth > max) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                line.append(letter);
                lineWidth += letterWidth;
                i = next;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The text as the font can draw it: names come from registrations, so control characters become
     * spaces and a letter the font lacks (an emoji, say) becomes "?" rather than failing the PDF.
     */
    static String printable(PDFont font, String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                if (!printable.isEmpty() && printable.charAt(printable.length() - 1) != ' ') {
                    printable.append(' ');
                }
                return;
            }
            String letter = new String(Character.toChars(cp));
            try {
                font.encode(letter);
                printable.append(letter);
            } catch (IllegalArgumentException | IOException e) {
                printable.append('?');
            }
        });
        return printable.toString().strip();
    }
}
