package lv.praise.domain.erasure;

import java.time.Instant;
import java.util.List;
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
     * (the public count when it was counted, and its review state's counter) – refused once those are frozen; an
     * approved one also leaves its participant's insight counters, and when it was the last approved praise naming
     * its employee, the employee's name as written goes in that same write.
     * A state moved by a concurrent confirmation or decision is read again and erased from there.
     */
    EraseOutcome erase(String praiseId, Actor by, Instant at);

    /** One praiser slot of a person: where it is (opaque to the domain) and the praise it holds the place of. */
    record PersonSlot(String slot, String praiseId) {
    }

    /** Every praiser slot of one person (by e-mail hash) in one campaign; empty once their slots expired. */
    List<PersonSlot> slotsOf(int campaignYear, String emailHash);

    /** Deletes the slot, and with it the hash that linked the person to the praise; gone already is fine. */
    void deleteSlot(PersonSlot slot);
}
