package lv.praise.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the participants of a campaign. */
public interface ParticipantStore {
    Optional<Participant> find(int campaignYear, String id);

    void save(Participant participant);

    /**
     * Stores a new participant with a praise count of 0, only if its id is free (a conditional write).
     * Stores that are only read in a test need not support it.
     *
     * @return false when a participant with this id exists (nothing is changed)
     */
    default boolean create(Participant participant) {
        throw new UnsupportedOperationException("this participant store does not add participants");
    }

    /** Every participant of a campaign (a few thousand at most), in no particular order. */
    List<Participant> all(int campaignYear);

    /**
     * Freezes the counts of every participant of the campaign as of {@code at}: from then on no
     * confirmation, entered praise or moderation decision changes them, because each of those checks
     * its own participant in the same write (so one still in flight is either counted before this
     * returns or refused). Idempotent: a participant frozen before keeps its instant. Stores that no
     * publication uses need not support it.
     */
    default void freezeCounts(int campaignYear, Instant at) {
        throw new UnsupportedOperationException("this participant store does not freeze counts");
    }
}
