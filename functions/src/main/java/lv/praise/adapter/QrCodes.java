package lv.praise.adapter;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes of URLs: the module matrix (ZXing's core), and that matrix as a PNG or an SVG. The PNG is
 * drawn here with ImageIO rather than with ZXing's javase module, which would add two jars to every
 * function for one loop.
 */
final class QrCodes {
    /** The quiet zone the standard asks for, in modules, on each side. */
    static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /** The matrix with its quiet zone, one bit a module. */
    static BitMatrix matrix(String url, ErrorCorrectionLevel level) {
        try {
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, level,
                    EncodeHintType.MARGIN, QUIET_ZONE,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the URL does not fit a QR code: " + url, e);
        }
    }

    /**
     * A black-on-white PNG of exactly {@code px} square pixels, one bit a pixel. Every module is the same
     * whole number of pixels (a scanner copes badly with modules of uneven size); what is left over
     * widens the quiet zone.
     */
    static byte[] png(BitMatrix matrix, int px) {
        int modules = matrix.getWidth();
        if (px < modules) {
            throw new IllegalArgumentException("a QR code of " + modules + " modules needs at least " + modules + " px");
        }
        int scale = px / modules;
        int offset = (px - modules * scale) / 2;
        BufferedImage image = new BufferedImage(px, px, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, px, px);
            g.setColor(Color.BLACK);
            for (int row = 0; row < modules; row++) {
                for (int col = 0; col < modules; col++) {
                    if (matrix.get(col, row)) {
                        g.fillRect(offset + col * scale, offset + row * scale, scale, scale);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4 * 1024);
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IllegalStateException("no PNG writer in this runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the QR code PNG could not be written", e);
        }
        return bytes.toByteArray();
    }

    /**
     * An SVG in module units (the quiet zone included), for printers and designers who scale it: a white
     * square and one path of the dark modules (its title the URL), each row's runs as rectangles, crisp edges.
     */
    static String svg(BitMatrix matrix, String url) {
        int modules = matrix.getWidth();
        StringBuilder path = new StringBuilder(modules * modules);
        for (int row = 0; row < modules; row++) {
            int col = 0;
            while (col < modules) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < modules && matrix.get(col, row)) {
                    col++;
                }
                path.append('M').append(start).append(' ').append(row)
                        .append('h').append(col - start).append("v1h-").append(col - start).append('z');
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + modules + " " + modules + "\""
                + " width=\"" + modules * 8 + "\" height=\"" + modules * 8 + "\" shape-rendering=\"crispEdges\""
                + " role=\"img\">\n"
                + "  <title>" + xml(url) + "</title>\n"
                + "  <rect width=\"" + modules + "\" height=\"" + modules + "\" fill=\"#FFFFFF\"/>\n"
                + "  <path fill=\"#000000\" d=\"" + path + "\"/>\n"
                + "</svg>\n";
    }

    /** The URL is ours, and a valid URL has no raw "<" or quotes; its "&" still needs escaping in XML. */
    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
