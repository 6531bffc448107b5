package lv.praise.domain.contacts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Lang;
import lv.praise.domain.RefusedException;

/**
 * An organiser replaces a participant's contact list (PUT /api/admin/participants/{id}/contacts): the table first,
 * in one transaction (Contact and CONTACTOF items, the participant's {@code contactEmail} = the first contact),
 * then the sign-in accounts of every address added or removed, each told its whole list of participants as the
 * table now has it. A failure of the accounts' service loses nothing: the table holds the new list, and the same
 * request again (the transaction then changes nothing) brings the accounts in line. docs/insight.md.
 */
public final class UpdateContacts {
    private static final int ATTEMPTS = 5;

    private final IntSupplier campaignYear;
    private final ContactStore store;
    private final ContactWriter writer;
    private final ContactLogins logins;
    private final KeyedHasher hasher;
    private final Clock clock;

    public UpdateContacts(IntSupplier campaignYear, ContactStore store, ContactWriter writer, ContactLogins logins,
                          KeyedHasher hasher, Clock clock) {
        this.campaignYear = campaignYear;
        this.store = store;
        this.writer = writer;
        this.logins = logins;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** The addresses only: new contacts in Latvian, kept ones keep their language. */
    public List<Contact> replace(String participantId, List<String> texts, String organiser) {
        return replaceWanted(participantId, texts == null ? null
                : texts.stream().map(t -> new ContactList.Wanted(t, null)).toList(), organiser);
    }

    /**
     * @param wanted each contact's address and language (null: a new contact is Latvian, a kept one keeps its own)
     * @return the participant's contacts after the change, first contact first
     */
    public List<Contact> replaceWanted(String participantId, List<ContactList.Wanted> wanted, String organiser) {
        ParticipantAccess.requireId(participantId);
        List<ContactList.Parsed> parsed = ContactList.parseWanted(wanted);
        int year = campaignYear.getAsInt();
        Map<String, String> wantedByHash = new LinkedHashMap<>();
        Map<String, Lang> langByHash = new java.util.HashMap<>();
        for (ContactList.Parsed p : parsed) {
            String hash = hasher.hash(p.address());
            wantedByHash.put(hash, ContactList.stored(p.address()));
            if (p.lang() != null) {
                langByHash.put(hash, p.lang());
            }
        }
        Set<String> touched = new LinkedHashSet<>();
        List<Contact> after = null;
        for (int attempt = 1; after == null; attempt++) {
            List<Contact> before = store.contacts(year, participantId);
            Map<String, Contact> beforeByHash = new LinkedHashMap<>();
            before.forEach(c -> beforeByHash.put(c.emailHash(), c));
            List<Contact> removed = new ArrayList<>();
            List<Contact> relanguaged = new ArrayList<>();
            for (Contact c : before) {
                // Kept when its mailbox is still wanted, in its stored spelling (another spelling of the same
                // mailbox, e.g. Gmail's dots, is the same contact; remove it and add it again to change it).
                if (!wantedByHash.containsKey(c.emailHash())) {
                    removed.add(c);
                } else if (langByHash.containsKey(c.emailHash()) && langByHash.get(c.emailHash()) != c.lang()) {
                    relanguaged.add(c.withLang(langByHash.get(c.emailHash())));
                }
            }
            Instant now = clock.instant();
            List<ContactWriter.NewContact> added = new ArrayList<>();
            int i = 0;
            for (var entry : wantedByHash.entrySet()) {
                if (!beforeByHash.containsKey(entry.getKey())) {
                    // Nanoseconds apart, so the list keeps the order it was given in (contacts sort by addedAt).
                    added.add(new ContactWriter.NewContact(entry.getValue(), entry.getKey(), now.plusNanos(i++),
                            langByHash.get(entry.getKey())));
                }
            }
            List<Contact> ordered = order(before, removed, relanguaged, added, participantId);
            String first = ordered.isEmpty() ? null : ordered.get(0).email();
            if (writer.replace(year, participantId, added, removed, relanguaged, first, organiser)) {
                removed.forEach(c -> touched.add(c.email()));
                added.forEach(c -> touched.add(c.email()));
                after = ordered;
            } else if (attempt >= ATTEMPTS) {
                throw new IllegalStateException("the contacts of " + participantId + " kept changing meanwhile");
            }
        }
        // Also the addresses that stay: a retry after a failure below finds nothing to write and must still repair.
        after.forEach(c -> touched.add(c.email()));
        allow(year, touched);
        return after;
    }

    private void allow(int year, Set<String> emails) {
        try {
            for (String email : emails) {
                logins.allow(email, store.participantsOf(year, hasher.hash(email)));
            }
        } catch (ContactLogins.LoginsUnavailable e) {
            throw new RefusedException(ErrorCode.SIGN_IN_UNAVAILABLE, ContactList.FIELD,
                    "the contacts are saved, but their sign-in accounts could not be updated: send the same list again", e);
        }
    }

    private static List<Contact> order(List<Contact> before, List<Contact> removed, List<Contact> relanguaged,
                                       List<ContactWriter.NewContact> added, String participantId) {
        Map<String, Contact> changed = new LinkedHashMap<>();
        relanguaged.forEach(c -> changed.put(c.emailHash(), c));
        List<Contact> all = new ArrayList<>();
        for (Contact c : before) {
            if (!removed.contains(c)) {
                all.add(changed.getOrDefault(c.emailHash(), c));
            }
        }
        for (ContactWriter.NewContact n : added) {
            all.add(new Contact(participantId, n.email(), n.emailHash(), false, n.addedAt(), n.lang()));
        }
        all.sort(java.util.Comparator.comparing(Contact::addedAt,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return all;
    }
}
