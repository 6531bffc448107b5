package lv.praise.domain.digest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lv.praise.domain.mail.Recipients;
import lv.praise.domain.moderation.ModeratedPraise;

/** Port: what the weekly digest reads and writes (docs/insight.md, Digest; docs/data-model.md). */
public interface DigestStore {
    /**
     * The campaign's praise approved now whose approval falls in {@code [from, to)} ({@link DigestWeek#approvedIn}),
     * every participant's: the eight shards of the approved queue (index ByModeration), read for the praise confirmed
     * before {@code to} (a praise is approved after it is confirmed) – never a table scan.
     */
    List<ModeratedPraise> approvedBetween(int campaignYear, Instant from, Instant to);

    /** The participant's contacts (consistent: an opt-out a moment ago counts). */
    List<DigestRecipient> recipients(int campaignYear, String participantId);

    /**
     * A run's hold on one participant's digest of one week.
     *
     * @param done the contacts (by e-mail hash) already recorded on the item by earlier runs: not written to again
     */
    record Claim(String participantId, String week, String token, Recipients done) {
    }

    /**
     * Claims the participant's digest of the week (conditional write that keeps what earlier runs recorded): when it
     * is absent, or {@code SENDING} and not held (given up, or its claim is from before {@code staleBefore}: a run
     * that died). Empty when it is {@code SENT} or another run holds it.
     *
     * @param now     the claim's instant by the real clock (compared with a later run's {@code staleBefore})
     * @param purgeAt when the item may go (TTL)
     */
    Optional<Claim> claim(int campaignYear, String participantId, String week, Instant now, Instant staleBefore,
                          Instant purgeAt);

    /**
     * Records one contact's outcome on the digest's item right after its send – handed over, or refused for good –
     * whoever holds the claim now (it is a fact either way). False when the claim is no longer this run's (taken over):
     * the run leaves the participant to the run that holds it.
     */
    boolean record(int campaignYear, Claim claim, String emailHash, boolean refused);

    /** Marks the claimed digest sent, while the claim is still this run's; false when another run took it over. */
    boolean markSent(int campaignYear, Claim claim, Instant at, int recipients);

    /**
     * Gives a claim up (every contact's outcome is known and recorded), so that the next run may go on at once with
     * the contacts not done; only while it is this run's.
     */
    void release(int campaignYear, Claim claim);

    /**
     * Sets the contact's {@code digestOptOut} (and {@code digestOptOutAt}, the first time only). False, writing
     * nothing, when the participant has no such contact (removed since the digest was sent).
     */
    boolean optOut(int campaignYear, String participantId, String emailHash, Instant at);
}
