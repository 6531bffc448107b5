package lv.praise.domain.awards;

import java.util.Optional;

/** Port: the immutable results record of each campaign. */
public interface PublicationStore {
    /**
     * Stores the record unless the campaign has one: a conditional write, so of two publications
     * racing, one is stored and the other is told.
     *
     * @return whether this one was stored
     */
    boolean create(Publication publication);

    Optional<Publication> find(int campaignYear);
}
