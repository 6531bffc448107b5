package lv.praise.domain.awards;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the awards of a publication and the send state of their letters. Every change of state is a
 * conditional write, so two runs sending at once never both send one letter.
 */
public interface AwardStore {
    /** A run's hold on one letter: only the holder of the token may record its outcome. */
    record Claim(String participantId, String token, int attempt) {
    }

    /**
     * Creates the award of every place of the publication that has none yet, each together with the
     * public record of its certificate code. Running it again creates nothing twice.
     */
    void ensure(Publication publication);

    /** Every award of the campaign, by rank. */
    List<Award> all(int campaignYear);

    /** The award of one participant in a campaign; empty when it has none (not published, or not in the TOP-N). */
    default Optional<Award> find(int campaignYear, String participantId) {
        return all(campaignYear).stream().filter(a -> a.participantId().equals(participantId)).findFirst();
    }

    /**
     * The marks of one participant in every published campaign, oldest first: the participant's id is its
     * identity across years (docs/data-model.md, *A participant's earlier marks*). Written with each award.
     */
    List<AwardMark> marks(String participantId);

    /** The award whose certificate has this code (stored form, {@link CertificateCode#normalise}). */
    Optional<Award> findByCode(String code);

    /**
     * Claims the letter for sending when it is due: pending, failed, without contact, or claimed by a
     * run whose claim is older than {@code staleBefore} (that run died). Empty when it is not due (sent,
     * or another run holds a fresh claim).
     */
    Optional<Claim> claim(int campaignYear, String participantId, Instant now, Instant staleBefore);

    /** Records the letter as sent, if the claim still holds; false when another run took it over. */
    boolean markSent(int campaignYear, Claim claim, Instant at);

    /** Records a failed try ({@code FAILED} or {@code NO_CONTACT}), if the claim still holds. */
    boolean markNotSent(int campaignYear, Claim claim, DeliveryState state, String reason);

    /**
     * A failed try with the exception behind it: the reason code is what the console shows and translates; the
     * cause's class and message are kept beside it ({@code lastErrorDetail}) and logged, so a bug (a
     * NullPointerException while drawing) is told apart from a refused address. A store that keeps only codes
     * drops the cause.
     */
    default boolean markNotSent(int campaignYear, Claim claim, DeliveryState state, String reason, Throwable cause) {
        return markNotSent(campaignYear, claim, state, reason);
    }
}
