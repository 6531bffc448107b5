package lv.praise.domain.standings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Port: dated standings snapshots. A snapshot is visible only once it is completely written: a run
 * that fails half-way leaves the previous snapshot as the latest, readable as before. A snapshot may
 * be given an expiry: from that instant on it reads as absent, whether or not it is deleted yet.
 */
public interface StandingsStore {
    /**
     * Stores the snapshot, replacing any earlier snapshot of the same campaign and date, and makes it
     * the latest unless a snapshot of a later date (or a later run of the same date) already is.
     *
     * @param expiresAt when the snapshot stops being readable and may be deleted; empty: kept for good
     * @return whether it became the latest
     */
    boolean save(StandingsSnapshot snapshot, Optional<Instant> expiresAt);

    /** The latest complete snapshot of the campaign, if any run has finished and it has not expired. */
    Optional<StandingsSnapshot> latest(int campaignYear);

    /** The complete snapshot of that date, if one was written and has not expired. */
    Optional<StandingsSnapshot> find(int campaignYear, LocalDate date);
}
