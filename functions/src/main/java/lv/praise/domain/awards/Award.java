package lv.praise.domain.awards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One awardee of a publication: its certificate and the state of the one letter that carries it.
 *
 * @param attempts  how many times a run has claimed the letter for sending
 * @param lastError why the last try failed (a reason code, never an address); null when none failed
 */
public record Award(
        int campaignYear,
        String participantId,
        String participantName,
        int rank,
        int topN,
        String category,
        String certificateCode,
        LocalDate issuedOn,
        String qualityMarkTitle,
        DeliveryState state,
        int attempts,
        String lastError,
        Instant sentAt) {

    public Award {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(certificateCode, "certificateCode");
        Objects.requireNonNull(state, "state");
    }

    /** A new award of a publication's place: nothing sent yet. */
    public static Award of(Publication publication, Publication.Place place) {
        return new Award(publication.campaignYear(), place.participantId(), place.name(), place.rank(),
                publication.topN(), place.category(), place.certificateCode(), publication.issuedOn(),
                publication.qualityMarkTitle(), DeliveryState.PENDING, 0, null, null);
    }

    /** The key that makes its letter one letter, however often it is sent. */
    public String deliveryKey() {
        return "certificate-" + campaignYear + "-" + participantId;
    }
}
