package lv.praise.domain;

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
}
