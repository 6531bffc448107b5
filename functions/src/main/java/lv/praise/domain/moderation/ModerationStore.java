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
}
