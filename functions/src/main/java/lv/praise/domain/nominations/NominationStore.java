package lv.praise.domain.nominations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: nominations of a campaign, pending until their e-mail link, then one count per person and name. */
public interface NominationStore {

    /** What a confirmation did. */
    enum ConfirmOutcome {
        CONFIRMED,
        /** This nomination was confirmed before (a second click): nothing changed. */
        ALREADY_CONFIRMED,
        /** The same person had already named the same organisation (any spelling): nothing changed. */
        ALREADY_NOMINATED
    }

    /** Stores a pending nomination; it never counts until {@link #confirm}. */
    void savePending(PendingNomination nomination);

    /** Removes a pending nomination whose e-mail could not be sent (never a confirmed one). */
    void deletePending(String id);

    Optional<PendingNomination> find(String id);

    /**
     * Counts the nomination exactly once, decided by conditional writes in one transaction (not by a read
     * before): the nomination must still be pending and the person's slot for this name must be free.
     */
    /**
     * @param hashExpiresAt when the person's slot – where the e-mail hash is kept – expires (TTL,
     *                      {@code HashRetention}): the nomination's count goes with it, long after the awards
     */
    ConfirmOutcome confirm(PendingNomination nomination, Instant confirmedAt, Instant hashExpiresAt);

    /**
     * One person's confirmed nomination, as stored in their slot.
     *
     * @param name      the spelling this person wrote
     * @param emailHash who (keyed hash): the list counts distinct people per name
     */
    record Slot(String name, String emailHash, String text, Instant at) {
    }

    /** Every confirmed slot of the campaign: the counts, spellings and reasons are made from them. */
    List<Slot> slots(int campaignYear);
}
