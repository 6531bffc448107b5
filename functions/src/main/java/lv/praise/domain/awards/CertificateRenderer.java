package lv.praise.domain.awards;

/** Port: the printable certificate of an award. */
public interface CertificateRenderer {
    /** A one-page A4 landscape PDF of the certificate, with its verification code and a QR code of its URL. */
    byte[] pdf(Certificate certificate);
}
