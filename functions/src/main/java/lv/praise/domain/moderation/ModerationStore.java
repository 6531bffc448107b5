package lv.praise.domain.moderation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: the review state of confirmed praise, the queues by state, and each participant's public wall. */
public interface ModerationStore {

    /** Up to the asked number of praises, and whether more follow. */
    record Page(List<ModeratedPraise> items, boolean more) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /** {@code STATE_CHANGED}: the praise is no longer in the state the decision was made from. */
    enum DecideOutcome { CHANGED, STATE_CHANGED, CAMPAIGN_PUBLISHED }

    enum EnterOutcome { STORED, UNKNOWN_PARTICIPANT, CAMPAIGN_CLOSED }

    /** {@code TEXT_CHANGED}: the praise's text is no longer the one the redaction was made from (or it is gone). */
    enum RedactOutcome { REDACTED, TEXT_CHANGED }

    /**
     * One entry of the log of praise organisers typed in (no text: who, when, for whom, by which channel).
     *
     * @param enteredAt the instant it was entered (= its confirmation instant)
     */
    record EnteredEntry(String praiseId, String participantId, String participantName, lv.praise.domain.Channel channel,
                        lv.praise.domain.Actor enteredBy, java.time.Instant enteredAt) {
    }

    record EnteredPage(List<EnteredEntry> items, boolean more) {
        public EnteredPage {
            items = List.copyOf(items);
        }
    }

    /** The campaign's confirmed praise per review state (the participants' counts summed). */
    ModerationCounts counts(int campaignYear);

    /**
     * Confirmed praise in one state: oldest first while pending (first come, first reviewed), newest
     * first otherwise; only one participant's when {@code participantId} is given; after {@code after}.
     */
    Page queue(int campaignYear, ModerationStatus status, String participantId, int limit, Position after);

    /** A participant's approved praise, newest first, after {@code after}. */
    Page wall(int campaignYear, String participantId, int limit, Position after);

    /** The confirmed praise among these ids, by id (pending unconfirmed praise is not in review). */
    Map<String, ModeratedPraise> findConfirmed(Collection<String> praiseIds);

    Optional<ModeratedPraise> findConfirmed(String praiseId);

    /**
     * Moves {@code current} to {@code decided}'s state – only if it is still in {@code current}'s, so a
     * double click or two organisers at once change it once – and, in the same write, adjusts the
     * participant's public count (down when rejected, up again when a rejected one is approved) and its
     * counts per state; refused ({@code CAMPAIGN_PUBLISHED}) once the participant's counts are frozen for
     * publication. Nothing shared with other participants' praise is written.
     */
    DecideOutcome decide(ModeratedPraise current, ModeratedPraise decided);

    /**
     * Stores a praise an organiser entered, confirmed and approved, and counts it for its participant
     * – only while the participant exists and its counts are not frozen for publication (the window is
     * the caller's check, against the praise's instant).
     */
    EnterOutcome saveEntered(ModeratedPraise praise);

    /**
     * The campaign's entered praise, newest first, after {@code after} – from the log written with each entered
     * praise (one Query of its own items, never a scan of the praise).
     */
    EnteredPage entered(int campaignYear, int limit, Position after);

    /**
     * Replaces the praise's text with {@code redactedText} – only if it still is {@code current}'s text and the
     * praise is still confirmed – and, in the same write, records in the praise's audit record the text before its
     * first redaction and this redaction's actor and instant. The audit record expires by TTL at {@code purgeAt}
     * (the campaign's awards + HashRetentionDays): the original words are not kept for good.
     */
    RedactOutcome redact(ModeratedPraise current, String redactedText, lv.praise.domain.Actor by, java.time.Instant at,
                         java.time.Instant purgeAt);
}
