package lv.praise.testkit;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.contacts.Contact;
import lv.praise.domain.contacts.ContactStore;

/**
 * A contact store that only reads, for tests that need a participant's contacts but not their writing: the contacts
 * come from a function of the participant's id, and an address is a contact when one of them has its hash.
 */
public record FixedContacts(Function<String, List<Contact>> of) implements ContactStore {

    /** Contacts from their addresses (Latvian, digest on, added at the epoch). */
    public static FixedContacts addresses(KeyedHasher hasher, Function<String, List<String>> emails) {
        return new FixedContacts(id -> emails.apply(id).stream()
                .map(e -> new Contact(id, e, hasher.hash(e), false, Instant.EPOCH)).toList());
    }

    @Override
    public boolean isContact(int campaignYear, String participantId, String emailHash) {
        return of.apply(participantId).stream().anyMatch(c -> c.emailHash().equals(emailHash));
    }

    @Override
    public List<Contact> contacts(int campaignYear, String participantId) {
        return of.apply(participantId);
    }

    @Override
    public List<String> participantsOf(int campaignYear, String emailHash) {
        return List.of();
    }
}
