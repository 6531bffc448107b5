package lv.praise.domain.erasure;

import java.time.Instant;
import lv.praise.domain.Actor;

/** Port: erasing one praise – its personal words gone and the praise out of every count, all or nothing. */
public interface ErasureStore {

    /**
     * {@code CAMPAIGN_CLOSED}: the praise counts for a participant whose counts were frozen for publication
     * (docs/scoring.md §1a), so it can no longer leave them. {@code NOT_FOUND}: no such praise (or TTL removed it).
     */
    enum EraseOutcome { ERASED, ALREADY_ERASED, CAMPAIGN_CLOSED, NOT_FOUND }

    /**
     * In one transaction, conditional on the state it was read in: the praise becomes
     * {@link lv.praise.domain.PraiseStatus#ERASED} without its text, employee name and e-mail hash, out of the
     * review queue, the wall and the campaign's tally; a confirmed one also leaves its participant's counts
     * (the public count when it was counted, and its review state's counter) – refused once those are frozen.
     * A state moved by a concurrent confirmation or decision is read again and erased from there.
     */
    EraseOutcome erase(String praiseId, Actor by, Instant at);
}
