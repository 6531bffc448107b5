package lv.praise.adapter;

import static lv.praise.adapter.PdfSheets.DARK;
import static lv.praise.adapter.PdfSheets.GREY;
import static lv.praise.adapter.PdfSheets.LIGHT;
import static lv.praise.adapter.PdfSheets.MM;
import static lv.praise.adapter.PdfSheets.RED;
import static lv.praise.adapter.PdfSheets.ellipsis;
import static lv.praise.adapter.PdfSheets.fit;
import static lv.praise.adapter.PdfSheets.printable;
import static lv.praise.adapter.PdfSheets.width;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.IOException;
import lv.praise.domain.CalendarDates;
import lv.praise.domain.Label;
import lv.praise.domain.Lang;
import lv.praise.domain.Term;
import lv.praise.domain.awards.Certificate;
import lv.praise.domain.awards.CertificateCode;
import lv.praise.domain.awards.CertificateRenderer;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The printed certificate: one A4 landscape page, Latvian first and English under it, with the
 * verification code and a QR code of the verification URL.
 *
 * <p>The fonts are read once per instance and embedded as subsets ({@link PdfSheets}). The QR code is
 * drawn as vector squares so it stays sharp at any print size.
 */
public final class PdfCertificates implements CertificateRenderer {
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float W = PAGE.getWidth();
    private static final float H = PAGE.getHeight();
    /** The width the centred lines may take: inside the frame with a generous margin. */
    private static final float TEXT_WIDTH = W - 2 * 100;
    /** Where the bottom blocks (date and code on the left, QR code on the right) begin and end. */
    private static final float MARGIN = 64;
    /** The QR symbol itself (without its quiet zone) is never narrower than this. */
    private static final float QR_SYMBOL = 38 * MM;

    private final PdfSheets.Fonts fonts;

    public PdfCertificates() {
        this(PdfSheets.Fonts.shipped());
    }

    PdfCertificates(PdfSheets.Fonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public byte[] pdf(Certificate certificate) {
        return PdfSheets.onePage(fonts, PAGE, certificate.qualityMarkTitle() + " – " + certificate.participantName(),
                "Sertifikāts · Certificate " + certificate.code(),
                (out, text, strong) -> new Sheet(out, text, strong).draw(certificate));
    }

    /** Draws one certificate on one page; lives for one document, as its fonts do. */
    private record Sheet(PDPageContentStream out, PDFont text, PDFont strong) {
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
            PdfSheets.nameBlock(out, raw, strong, 32, DARK, W / 2, top, TEXT_WIDTH, height);
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
            // Place and day as a document writes them: Latvian "Rīgā, 2027. gada 12. aprīlī" (the day on which).
            left("Rīgā, " + CalendarDates.on(Lang.LV, c.issuedOn()), text, 12, DARK, x, 132, column);
            left("Riga, " + CalendarDates.on(Lang.EN, c.issuedOn()), text, 10, GREY, x, 117, column);
            left("Pārbaudes kods · Verification code:", text, 9, GREY, x, 92, column);
            left(CertificateCode.format(c.code()), strong, 14, DARK, x, 76, column);
            left(c.verificationUrl(), text, 9, GREY, x, 60, column);
        }

        /** Bottom right: the QR code of the verification URL, error correction M, a quiet zone of 4. */
        private void qr(String url) throws IOException {
            BitMatrix matrix = QrCodes.matrix(url, ErrorCorrectionLevel.M);
            int modules = matrix.getWidth();
            float module = QR_SYMBOL / (modules - 8);
            float side = modules * module;
            // The dark modules line up with the text's margin on the left and its last baseline.
            float right = W - MARGIN + 4 * module;
            float bottom = 58 - 4 * module;
            float left = right - side;
            float top = bottom + side;
            PdfSheets.qr(out, matrix, left, top, module, false);
            float captionWidth = side - 8 * module;
            String caption = "Pārbaudīt · Verify";
            float size = fit(text, caption, 9, 6, captionWidth);
            show(caption, text, size, GREY, left + (side - width(text, size, caption)) / 2, top - 4 * module + 6);
        }

        private void rule(float x, float y, float length, Color colour, float thickness) throws IOException {
            PdfSheets.rule(out, x, y, length, colour, thickness);
        }

        /** One centred line, shrunk (then cut) to the text width. */
        private void centred(String raw, PDFont font, float size, Color colour, float y) throws IOException {
            PdfSheets.centred(out, raw, font, size, size * 0.6f, colour, W / 2, y, TEXT_WIDTH);
        }

        private void left(String raw, PDFont font, float size, Color colour, float x, float y, float max)
                throws IOException {
            String line = printable(font, raw);
            float fitted = fit(font, line, size, Math.min(size, 7), max);
            show(ellipsis(font, fitted, line, max), font, fitted, colour, x, y);
        }

        private void show(String line, PDFont font, float size, Color colour, float x, float y) throws IOException {
            PdfSheets.show(out, line, font, size, colour, x, y);
        }
    }
}
