package lv.praise.domain.contacts;

import java.util.List;

/** Where a participant's contacts are kept (docs/insight.md, Contacts and items). */
public interface ContactStore {
    /** Whether the keyed hash of an address is a contact of the participant in that campaign (one GetItem). */
    boolean isContact(int campaignYear, String participantId, String emailHash);

    /** The participant's contacts, in the order they were added. */
    List<Contact> contacts(int campaignYear, String participantId);

    /** The participants of a campaign whose contact the hashed address is (one Query of its reverse items). */
    List<String> participantsOf(int campaignYear, String emailHash);
}
