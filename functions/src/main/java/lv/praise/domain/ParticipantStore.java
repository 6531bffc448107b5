package lv.praise.domain;

import java.util.List;
import java.util.Optional;

/** Port: the participants of a campaign. */
public interface ParticipantStore {
    Optional<Participant> find(int campaignYear, String id);

    /** Participants whose {@link SearchKey} contains the given key, ordered by name. */
    List<Participant> search(int campaignYear, String searchKey, int limit);

    void save(Participant participant);

    /** Every participant of a campaign (a few thousand at most), in no particular order. */
    List<Participant> all(int campaignYear);
}
