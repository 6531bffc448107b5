package lv.praise.domain.posters;

/** Port: the poster as a printable page, and its QR code on its own for other print work. */
public interface PosterRenderer {
    /** A one-page A4 portrait PDF: the calls to action in lv/en/et, the name, the branch, the QR code, the URL. */
    byte[] pdf(Poster poster);

    /** The QR code of the URL as a black-on-white PNG of {@code px} × {@code px} pixels, quiet zone included. */
    byte[] qrPng(String url, int px);

    /** The QR code of the URL as a scalable SVG document. */
    String qrSvg(String url);
}
