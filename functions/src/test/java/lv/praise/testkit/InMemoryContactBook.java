package lv.praise.testkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;
import lv.praise.domain.contacts.Contact;
import lv.praise.domain.contacts.ContactLogins;
import lv.praise.domain.contacts.ContactStore;
import lv.praise.domain.contacts.ContactWriter;

/**
 * The contacts (issue 18) in memory: the store, its writer (participants that exist are named by a predicate) and
 * the sign-in accounts, which can be made to fail.
 */
public final class InMemoryContactBook implements ContactStore, ContactWriter, ContactLogins {
    private final Map<String, Contact> contacts = new LinkedHashMap<>();
    private final Map<String, String> contactEmails = new LinkedHashMap<>();
    /** Account (address) → its custom:participants. */
    public final Map<String, List<String>> accounts = new TreeMap<>();
    public final List<String> calls = new ArrayList<>();
    /** Account (address) → its locale, the code e-mail's language, where a sign-in gave one. */
    public final Map<String, String> locales = new TreeMap<>();
    private final Predicate<String> participantExists;
    public boolean loginsFail;
    public int conflictsToSimulate;

    public InMemoryContactBook(Predicate<String> participantExists) {
        this.participantExists = participantExists;
    }

    public InMemoryContactBook(Set<String> participants) {
        this(participants::contains);
    }

    private static String key(int year, String participantId, String hash) {
        return year + "#" + participantId + "#" + hash;
    }

    @Override
    public synchronized boolean isContact(int campaignYear, String participantId, String emailHash) {
        return contacts.containsKey(key(campaignYear, participantId, emailHash));
    }

    @Override
    public synchronized List<Contact> contacts(int campaignYear, String participantId) {
        String prefix = campaignYear + "#" + participantId + "#";
        List<Contact> all = new ArrayList<>();
        contacts.forEach((k, c) -> {
            if (k.startsWith(prefix)) {
                all.add(c);
            }
        });
        all.sort(Comparator.comparing(Contact::addedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        return all;
    }

    @Override
    public synchronized List<String> participantsOf(int campaignYear, String emailHash) {
        List<String> ids = new ArrayList<>();
        contacts.forEach((k, c) -> {
            if (k.startsWith(campaignYear + "#") && c.emailHash().equals(emailHash)) {
                ids.add(c.participantId());
            }
        });
        return ids.stream().sorted().toList();
    }

    @Override
    public synchronized boolean replace(int campaignYear, String participantId, List<NewContact> added,
                                        List<Contact> removed, List<Contact> relanguaged, String firstEmail,
                                        String addedBy) {
        if (!participantExists.test(participantId)) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "id", "no such participant");
        }
        if (conflictsToSimulate > 0) {
            conflictsToSimulate--;
            return false;
        }
        for (NewContact n : added) {
            if (contacts.containsKey(key(campaignYear, participantId, n.emailHash()))) {
                return false;
            }
        }
        for (Contact c : removed) {
            if (!contacts.containsKey(key(campaignYear, participantId, c.emailHash()))) {
                return false;
            }
        }
        for (Contact c : relanguaged) {
            if (!contacts.containsKey(key(campaignYear, participantId, c.emailHash()))) {
                return false;
            }
        }
        relanguaged.forEach(c -> contacts.computeIfPresent(key(campaignYear, participantId, c.emailHash()),
                (k, old) -> old.withLang(c.lang())));
        removed.forEach(c -> contacts.remove(key(campaignYear, participantId, c.emailHash())));
        added.forEach(n -> contacts.put(key(campaignYear, participantId, n.emailHash()),
                new Contact(participantId, n.email(), n.emailHash(), false, n.addedAt(), n.lang())));
        contactEmails.put(participantId, firstEmail);
        return true;
    }

    /** The participant's contactEmail as the last change set it. */
    public synchronized String contactEmail(String participantId) {
        return contactEmails.get(participantId);
    }

    @Override
    public synchronized void allow(String email, List<String> participantIds, lv.praise.domain.Lang language) {
        allow(email, participantIds);
        if (language != null && accounts.containsKey(email)) {
            locales.put(email, language.code());
        }
    }

    @Override
    public synchronized void allow(String email, List<String> participantIds) {
        calls.add(email + " " + participantIds);
        if (loginsFail) {
            throw new LoginsUnavailable("simulated", new RuntimeException("cognito down"));
        }
        if (participantIds.isEmpty()) {
            accounts.remove(email);
            locales.remove(email);
        } else {
            accounts.put(email, List.copyOf(participantIds));
        }
    }
}
