package lv.praise.domain.awards;

import java.time.LocalDate;
import java.util.Objects;
import lv.praise.domain.Term;

/**
 * One quality-mark certificate ("Klienti mūs uzslavē {year}"), as printed on the PDF, drawn on the
 * badge and answered by the public verification.
 *
 * @param code            the verification code, formatted for people ({@link CertificateCode#format})
 * @param rank            the participant's place in the published TOP-N (1-based)
 * @param topN            how many places the published list has (50 by default)
 * @param category        the participant's category with its lv/en/et names; null when it has none
 * @param issuedOn        the day of publication, in the campaign's time zone
 * @param verificationUrl the public page that confirms the code (the QR code points here)
 */
public record Certificate(
        int campaignYear,
        String code,
        String participantId,
        String participantName,
        int rank,
        int topN,
        Term category,
        String qualityMarkTitle,
        LocalDate issuedOn,
        String verificationUrl) {

    public Certificate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(participantName, "participantName");
        Objects.requireNonNull(qualityMarkTitle, "qualityMarkTitle");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
        if (rank < 1 || rank > topN) {
            throw new IllegalArgumentException("rank must be from 1 to " + topN);
        }
    }
}
