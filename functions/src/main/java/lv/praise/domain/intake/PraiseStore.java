package lv.praise.domain.intake;

import lv.praise.domain.Campaign;
import lv.praise.domain.Participant;
import lv.praise.domain.Praise;
import java.time.Instant;
import java.util.Optional;

/** Port: praise and the one-praise-per-person rule. */
public interface PraiseStore {

    /** Everything a submission is checked against, read together. */
    record SubmissionContext(Optional<Campaign> campaign, Optional<Participant> participant, boolean alreadyPraised) {
    }

    /** {@code CAMPAIGN_CLOSED}: the participant's counts were frozen for publication meanwhile. */
    enum ConfirmOutcome { CONFIRMED, ALREADY_CONFIRMED, ALREADY_PRAISED, CAMPAIGN_CLOSED }

    SubmissionContext loadSubmissionContext(int campaignYear, String participantId, String emailHash);

    /** Stores a new pending praise; never overwrites one. */
    void savePending(Praise praise);

    /** Removes a pending praise whose e-mail could not be sent. */
    void deletePending(String praiseId);

    Optional<Praise> find(String praiseId);

    /**
     * Atomically: marks the praise confirmed at {@code confirmedAt}, claims the (campaign, participant,
     * e-mail hash) slot, and counts the praise for its participant – all or nothing, whatever runs
     * concurrently; and only while the participant's counts are not frozen for publication (checked in the
     * same write, so a confirmation racing the publication is either counted in it or refused). It touches
     * nothing shared with other participants' confirmations; whether the window was open at
     * {@code confirmedAt} is the caller's check (docs/scoring.md, "When praise counts").
     *
     * <p>Retention: the slot, which now holds the only link between the e-mail hash and the praise, expires at
     * {@code hashesExpireAt} (TTL), and the praise item keeps no hash from here on.
     *
     * @param hashesExpireAt when the slot (and with it the hash) goes ({@link HashRetention}); null: it stays
     *                       (tests and tools that don't look at retention)
     */
    ConfirmOutcome confirm(Praise praise, Instant confirmedAt, Instant hashesExpireAt);

    /** {@link #confirm(Praise, Instant, Instant)} with a slot that does not expire (tests and tools). */
    default ConfirmOutcome confirm(Praise praise, Instant confirmedAt) {
        return confirm(praise, confirmedAt, null);
    }
}
