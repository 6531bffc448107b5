package lv.praise.domain.contacts;

import java.time.Instant;
import java.util.List;
import lv.praise.domain.Lang;

/** The write side of the contacts (docs/insight.md, Items): one transaction per change of a participant's list. */
public interface ContactWriter {
    /** A contact to write: its stored address, keyed hash, when it was added (keeps the list's order), language. */
    record NewContact(String email, String emailHash, Instant addedAt, Lang lang) {
        public NewContact {
            lang = lang == null ? Lang.LV : lang;
        }

        public NewContact(String email, String emailHash, Instant addedAt) {
            this(email, emailHash, addedAt, Lang.LV);
        }
    }

    /**
     * In one transaction: puts the {@code added} Contact items and their CONTACTOF items (each only if absent),
     * deletes the {@code removed} ones' (each only if present), and sets the participant's {@code contactEmail}
     * to {@code firstEmail} (removes it when null), on condition that the participant exists.
     *
     * @return false when a condition failed because the list changed meanwhile (read again and retry)
     * @throws lv.praise.domain.RefusedException 404 {@code not_found} on {@code id} when the participant does not exist
     */
    default boolean replace(int campaignYear, String participantId, List<NewContact> added, List<Contact> removed,
                            String firstEmail, String addedBy) {
        return replace(campaignYear, participantId, added, removed, List.of(), firstEmail, addedBy);
    }

    /**
     * As above, and in the same transaction sets the language of the kept contacts in {@code relanguaged} (each with
     * its new {@link Contact#lang()}; each only if present).
     */
    boolean replace(int campaignYear, String participantId, List<NewContact> added, List<Contact> removed,
                    List<Contact> relanguaged, String firstEmail, String addedBy);
}
