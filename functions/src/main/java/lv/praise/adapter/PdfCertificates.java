package lv.praise.adapter;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Label;
import lv.praise.domain.Term;
import lv.praise.domain.awards.Certificate;
import lv.praise.domain.awards.CertificateCode;
import lv.praise.domain.awards.CertificateRenderer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The printed certificate: one A4 landscape page, Latvian first and English under it, with the
 * verification code and a QR code of the verification URL.
 *
 * <p>The fonts (DejaVu Sans, shipped in the jar so the output doesn't depend on the machine) are read
 * once per instance, then embedded as a subset in each document: the whole font would make every PDF
 * some 380 KB instead of about 20. The QR code is drawn as vector squares so it stays sharp at any
 * print size.
 */
public final class PdfCertificates implements CertificateRenderer {
    private static final String FONTS = "/lv/praise/fonts/";
    private static final String AUTHOR = "Uzslavē labu servisu!";

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float W = PAGE.getWidth();
    private static final float H = PAGE.getHeight();
    /** The width the centred lines may take: inside the frame with a generous margin. */
    private static final float TEXT_WIDTH = W - 2 * 100;
    /** Where the bottom blocks (date and code on the left, QR code on the right) begin and end. */
    private static final float MARGIN = 64;
    /** The QR symbol itself (without its quiet zone) is never narrower than this. */
    private static final float QR_SYMBOL = 38 * MM;

    private static final Color RED = new Color(0xB3, 0x26, 0x2E);
    private static final Color DARK = new Color(0x33, 0x33, 0x33);
    private static final Color GREY = new Color(0x6E, 0x6E, 0x6E);
    private static final Color LIGHT = new Color(0xD9, 0xD4, 0xCF);

    private static final String[] MONTHS_LOCATIVE = {"janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā",
        "jūlijā", "augustā", "septembrī", "oktobrī", "novembrī", "decembrī"};

    private final byte[] regular;
    private final byte[] bold;

    public PdfCertificates() {
        this(resource("DejaVuSans.ttf"), resource("DejaVuSans-Bold.ttf"));
    }

    PdfCertificates(byte[] regular, byte[] bold) {
        this.regular = regular.clone();
        this.bold = bold.clone();
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfCertificates.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + FONTS + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the font " + name, e);
        }
    }

    @Override
    public byte[] pdf(Certificate certificate) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            PDFont text = PDType0Font.load(doc, new ByteArrayInputStream(regular), true);
            PDFont strong = PDType0Font.load(doc, new ByteArrayInputStream(bold), true);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                new Sheet(out, text, strong).draw(certificate);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(certificate.qualityMarkTitle() + " – " + certificate.participantName());
            info.setAuthor(AUTHOR);
            info.setSubject("Sertifikāts · Certificate " + certificate.code());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the certificate PDF could not be built", e);
        }
    }

    /** "2027. gada 12. aprīlī": the date as a Latvian document writes it. */
    static String latvianDate(LocalDate date) {
        return date.getYear() + ". gada " + date.getDayOfMonth() + ". " + MONTHS_LOCATIVE[date.getMonthValue() - 1];
    }

    /** Draws one certificate on one page; lives for one document, as its fonts do. */
    private static final class Sheet {
        private final PDPageContentStream out;
        private final PDFont text;
        private final PDFont strong;

        Sheet(PDPageContentStream out, PDFont text, PDFont strong) {
            this.out = out;
            this.text = text;
            this.strong = strong;
        }

        void draw(Certificate c) throws IOException {
            frame();

            float y = H - 100;
            centred(c.qualityMarkTitle(), strong, 34, RED, y);
            y -= 30;
            centred("Customers praise us " + c.campaignYear(), text, 16, GREY, y);
            y -= 22;
            rule(W / 2 - 40, y, 80, RED, 1.5f);
            y -= 32;
            centred("Sertifikāts · Certificate", text, 14, DARK, y);
            y -= 20;
            centred("piešķirts · awarded to", text, 10, GREY, y);

            float nameTop = y - 24;
            name(c.participantName(), nameTop, 100);
            y = nameTop - 100 - 36;

            rank(c, y);
            Term category = c.category();
            if (category != null && category.name() != null) {
                y -= 26;
                centred(categoryLine(category.name()), text, 12, GREY, y);
            }

            issue(c);
            qr(c.verificationUrl());
            centred("Uzslavē labu servisu! · Praise good service!", strong, 9, RED, 44);
        }

        private void frame() throws IOException {
            out.setStrokingColor(RED);
            out.setLineWidth(3);
            out.addRect(20, 20, W - 40, H - 40);
            out.stroke();
            out.setStrokingColor(DARK);
            out.setLineWidth(0.6f);
            out.addRect(28, 28, W - 56, H - 56);
            out.stroke();
            // Small red squares in the inner corners: the campaign's accent, nothing more.
            out.setNonStrokingColor(RED);
            for (float[] corner : new float[][] {{28, 28}, {W - 28, 28}, {28, H - 28}, {W - 28, H - 28}}) {
                out.addRect(corner[0] - 4, corner[1] - 4, 8, 8);
            }
            out.fill();
        }

        /** The name in the largest size at which its lines fit the box; a long name wraps, then shrinks. */
        private void name(String raw, float top, float height) throws IOException {
            String name = printable(strong, raw);
            float size = 32;
            List<String> lines = wrap(strong, size, name, TEXT_WIDTH);
            while (lines.size() * size * 1.2f > height && size > 12) {
                size -= 0.5f;
                lines = wrap(strong, size, name, TEXT_WIDTH);
            }
            float leading = size * 1.2f;
            int fitting = Math.max(1, (int) (height / leading));
            if (lines.size() > fitting) {
                // Only names far beyond 200 characters get here: keep what fits and say so.
                lines = new ArrayList<>(lines.subList(0, fitting));
                lines.set(fitting - 1, cut(strong, size, lines.get(fitting - 1), TEXT_WIDTH));
            }
            float block = lines.size() * leading;
            float baseline = top - (height - block) / 2 - size * 0.93f;
            for (String line : lines) {
                show(line, strong, size, DARK, (W - width(strong, size, line)) / 2, baseline);
                baseline -= leading;
            }
        }

        private void rank(Certificate c, float y) throws IOException {
            String lv = c.rank() + ". vieta TOP-" + c.topN();
            String en = " · Rank " + c.rank() + " in the TOP-" + c.topN();
            float size = 18;
            float x = (W - width(strong, size, lv) - width(text, 15, en)) / 2;
            show(lv, strong, size, RED, x, y);
            show(en, text, 15, GREY, x + width(strong, size, lv), y);
        }

        private static String categoryLine(Label name) {
            if (name.en() == null || name.en().isBlank() || name.en().equals(name.lv())) {
                return "Kategorija: " + name.lv();
            }
            return "Kategorija: " + name.lv() + " · Category: " + name.en();
        }

        /** Bottom left: where and when, the code and where to check it. */
        private void issue(Certificate c) throws IOException {
            float x = MARGIN;
            float column = W - 2 * MARGIN - 170;
            rule(x, 150, 210, LIGHT, 0.8f);
            left("Rīgā, " + latvianDate(c.issuedOn()), text, 12, DARK, x, 132, column);
            left("Riga, " + c.issuedOn(), text, 10, GREY, x, 117, column);
            left("Pārbaudes kods · Verification code:", text, 9, GREY, x, 92, column);
            left(CertificateCode.format(c.code()), strong, 14, DARK, x, 76, column);
            left(c.verificationUrl(), text, 9, GREY, x, 60, column);
        }

        /** Bottom right: the QR code of the verification URL, error correction M, a quiet zone of 4. */
        private void qr(String url) throws IOException {
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                        EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                        EncodeHintType.MARGIN, 4,
                        EncodeHintType.CHARACTER_SET, "UTF-8"));
            } catch (WriterException e) {
                throw new IllegalArgumentException("the verification URL does not fit a QR code", e);
            }
            int modules = matrix.getWidth();
            float module = QR_SYMBOL / (modules - 8);
            float side = modules * module;
            // The dark modules line up with the text's margin on the left and its last baseline.
            float right = W - MARGIN + 4 * module;
            float bottom = 58 - 4 * module;
            float left = right - side;
            float top = bottom + side;
            out.setNonStrokingColor(Color.BLACK);
            // One path, one fill: adjacent squares merge, so viewers draw no hairlines between them.
            for (int row = 0; row < modules; row++) {
                for (int col = 0; col < modules; col++) {
                    if (matrix.get(col, row)) {
                        out.addRect(left + col * module, top - (row + 1) * module, module, module);
                    }
                }
            }
            out.fill();
            float captionWidth = side - 8 * module;
            String caption = "Pārbaudīt · Verify";
            float size = fit(text, caption, 9, 6, captionWidth);
            show(caption, text, size, GREY, left + (side - width(text, size, caption)) / 2, top - 4 * module + 6);
        }

        private void rule(float x, float y, float length, Color colour, float thickness) throws IOException {
            out.setStrokingColor(colour);
            out.setLineWidth(thickness);
            out.moveTo(x, y);
            out.lineTo(x + length, y);
            out.stroke();
        }

        /** One centred line, shrunk (then cut) to the text width. */
        private void centred(String raw, PDFont font, float size, Color colour, float y) throws IOException {
            String line = printable(font, raw);
            float fitted = fit(font, line, size, size * 0.6f, TEXT_WIDTH);
            line = ellipsis(font, fitted, line, TEXT_WIDTH);
            show(line, font, fitted, colour, (W - width(font, fitted, line)) / 2, y);
        }

        private void left(String raw, PDFont font, float size, Color colour, float x, float y, float max)
                throws IOException {
            String line = printable(font, raw);
            float fitted = fit(font, line, size, Math.min(size, 7), max);
            show(ellipsis(font, fitted, line, max), font, fitted, colour, x, y);
        }

        private void show(String line, PDFont font, float size, Color colour, float x, float y) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.setNonStrokingColor(colour);
            out.newLineAtOffset(x, y);
            out.showText(line);
            out.endText();
        }
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    private static float fit(PDFont font, String text, float size, float min, float max) throws IOException {
        float fitted = size;
        while (fitted > min && width(font, fitted, text) > max) {
            fitted -= 0.5f;
        }
        return fitted;
    }

    private static String ellipsis(PDFont font, float size, String text, float max) throws IOException {
        return width(font, size, text) <= max ? text : cut(font, size, text, max);
    }

    /** The text shortened until it and an ellipsis fit: it says that more was there. */
    private static String cut(PDFont font, float size, String text, float max) throws IOException {
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
