package lv.praise.domain.awards;

import java.util.Optional;

/** Port: the immutable results record of each campaign, and the open-data file published with it. */
public interface PublicationStore {
    /**
     * Stores the record unless the campaign has one: a conditional write, so of two publications
     * racing, one is stored and the other is told.
     *
     * @return whether this one was stored
     */
    boolean create(Publication publication);

    Optional<Publication> find(int campaignYear);

    /**
     * Stores the open-data file of the results about to be recorded. Written before the record, and again by
     * a retry that finds no record yet: idempotent (the same year and text stored again change nothing; the
     * text of a frozen campaign is the same in every run), so once a record exists its file does too.
     */
    void saveOpenData(OpenData data);

    /** The open-data file stored with the results of that year; empty when none was (or not yet). */
    Optional<OpenData> openData(int campaignYear);
}
