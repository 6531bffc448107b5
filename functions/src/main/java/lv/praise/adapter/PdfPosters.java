package lv.praise.adapter;

import static lv.praise.adapter.PdfSheets.DARK;
import static lv.praise.adapter.PdfSheets.GREY;
import static lv.praise.adapter.PdfSheets.MM;
import static lv.praise.adapter.PdfSheets.RED;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.IOException;
import lv.praise.domain.posters.Poster;
import lv.praise.domain.posters.PosterRenderer;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The poster at the counter: one A4 portrait page in the campaign's colours, the call to action in
 * Latvian, English and Estonian, the participant (and branch), a large QR code of the praise form and
 * its address as text for those who type it.
 *
 * <p>The QR code uses error correction Q (a quarter of it may be lost): posters get taped over, scratched
 * and photographed at an angle, and at this size the denser symbol costs nothing.
 */
public final class PdfPosters implements PosterRenderer {
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float W = PAGE.getWidth();
    private static final float H = PAGE.getHeight();
    private static final float TEXT_WIDTH = W - 2 * 60;
    private static final float BAND = 138;
    private static final float FOOTER = 46;
    /** The QR symbol (without its quiet zone): big enough to scan from two metres. */
    private static final float QR_SYMBOL = 92 * MM;
    private static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.Q;

    private final PdfSheets.Fonts fonts;

    public PdfPosters() {
        this(PdfSheets.Fonts.shipped());
    }

    PdfPosters(PdfSheets.Fonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public byte[] pdf(Poster poster) {
        String title = "Uzslavē labu servisu! – " + poster.participantName()
                + (poster.forBranch() ? " – " + poster.branch() : "");
        return PdfSheets.onePage(fonts, PAGE, title, "Plakāts · Poster · Plakat " + poster.campaignYear(),
                (out, text, strong) -> new Sheet(out, text, strong).draw(poster));
    }

    @Override
    public byte[] qrPng(String url, int px) {
        return QrCodes.png(QrCodes.matrix(url, LEVEL), px);
    }

    @Override
    public String qrSvg(String url) {
        return QrCodes.svg(QrCodes.matrix(url, LEVEL), url);
    }

    /** Draws one poster on one page; lives for one document, as its fonts do. */
    private record Sheet(PDPageContentStream out, PDFont text, PDFont strong) {
        void draw(Poster p) throws IOException {
            band(0, H - BAND, BAND);
            centred("Uzslavē labu servisu!", strong, 40, Color.WHITE, H - 66);
            centred("Praise good service!", strong, 19, Color.WHITE, H - 96);
            centred("Kiida head teenindust!", strong, 19, Color.WHITE, H - 121);

            float nameTop = H - BAND - 26;
            float nameHeight = p.forBranch() ? 84 : 108;
            PdfSheets.nameBlock(out, p.participantName(), strong, 30, DARK, W / 2, nameTop, TEXT_WIDTH, nameHeight);
            if (p.forBranch()) {
                centred(p.branch(), strong, 20, RED, nameTop - nameHeight - 14);
            }

            float qrTop = H - BAND - 166;
            float qrBottom = qr(p.praiseUrl(), qrTop);

            float y = qrBottom - 30;
            centred("Noskenē kodu un uzslavē mūs", strong, 22, DARK, y);
            centred("Scan the code and praise us", strong, 16, GREY, y - 26);
            centred("Skaneeri kood ja kiida meid", strong, 16, GREY, y - 49);
            PdfSheets.centred(out, p.praiseUrl(), strong, 10, 6, GREY, W / 2, y - 80, TEXT_WIDTH);

            band(0, 0, FOOTER);
            centred("Uzslavē labu servisu! " + p.campaignYear(), strong, 13, Color.WHITE, 19);
        }

        private void band(float x, float y, float height) throws IOException {
            out.setNonStrokingColor(RED);
            out.addRect(x, y, W, height);
            out.fill();
        }

        /** The QR code centred under {@code top} (its quiet zone included), in a thin red frame; returns its bottom. */
        private float qr(String url, float top) throws IOException {
            BitMatrix matrix = QrCodes.matrix(url, LEVEL);
            int modules = matrix.getWidth();
            float module = QR_SYMBOL / (modules - 2 * QrCodes.QUIET_ZONE);
            float side = modules * module;
            float left = (W - side) / 2;
            PdfSheets.qr(out, matrix, left, top, module, true);
            // The frame runs through the middle of the quiet zone, so it never touches a module.
            float inset = module * QrCodes.QUIET_ZONE / 2;
            out.setStrokingColor(RED);
            out.setLineWidth(2);
            out.addRect(left + inset, top - side + inset, side - 2 * inset, side - 2 * inset);
            out.stroke();
            return top - side;
        }

        private void centred(String raw, PDFont font, float size, Color colour, float y) throws IOException {
            PdfSheets.centred(out, raw, font, size, size * 0.6f, colour, W / 2, y, TEXT_WIDTH);
        }
    }
}
