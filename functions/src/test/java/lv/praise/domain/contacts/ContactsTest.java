package lv.praise.domain.contacts;

import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.intake.LimitPolicy;
import lv.praise.domain.intake.LimitReachedException;
import lv.praise.domain.RefusedException;
import lv.praise.domain.intake.SubmissionGate;
import lv.praise.domain.intake.SubmissionLimits;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryContactBook;
import lv.praise.testkit.InMemorySubmissionLimits;
import lv.praise.testkit.MutableClock;
import org.junit.jupiter.api.Test;

/** The contacts' rules (issue 18): the list, its change (table, then accounts), the start of a sign-in. */
class ContactsTest {
    private static final String A = "preilu-galvena-biblioteka";
    private static final String B = "maiznica-rudzupuke";
    private final KeyedHasher hasher = new KeyedHasher(Fixtures.EMAIL_KEY);
    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-05T10:00:00Z"));
    private final InMemoryContactBook book = new InMemoryContactBook(Set.of(A, B));
    private final UpdateContacts update = new UpdateContacts(() -> YEAR, book, book, book, hasher, clock);

    private static RefusedException refused(Runnable r) {
        return assertThrows(RefusedException.class, r::run);
    }

    @Test
    void theListIsAtMostTenAcceptableAddressesStoredLowerCaseEachMailboxOnce() {
        assertEquals("anna@preili.example.lv",
                ContactList.stored(ContactList.parse(List.of("Anna@Preili.Example.LV")).get(0)));
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add("c" + i + "@example.com");
        }
        assertEquals("contacts", refused(() -> ContactList.parse(eleven)).field());
        assertEquals(10, ContactList.parse(eleven.subList(0, 10)).size());
        assertEquals("contacts[1]", refused(() -> ContactList.parse(List.of("a@example.com", "no-at-sign"))).field());
        assertEquals("contacts[2]", refused(() -> ContactList.parse(List.of("a@example.com", "b@example.com", ""))).field());
        // One mailbox, two spellings: the hash would make them one contact.
        assertEquals("contacts[1]", refused(() -> ContactList.parse(List.of("anna.b@gmail.com", "annab+x@googlemail.com"))).field());
        assertEquals("contacts", refused(() -> ContactList.parse(null)).field());
        assertEquals(List.of(), ContactList.parse(List.of()));
    }

    @Test
    void aChangeWritesTheTableThenEveryTouchedAccountAndTheFirstContactIsTheContactEmail() {
        List<Contact> after = update.replace(A, List.of("Direktore@Preili.example.lv", "info@preili.example.lv"), "org");
        assertEquals(List.of("direktore@preili.example.lv", "info@preili.example.lv"), after.stream().map(Contact::email).toList());
        assertEquals("direktore@preili.example.lv", book.contactEmail(A));
        assertTrue(book.isContact(YEAR, A, hasher.hash("direktore@preili.example.lv")));
        assertEquals(Map.of("direktore@preili.example.lv", List.of(A), "info@preili.example.lv", List.of(A)), book.accounts);

        // The same address for a second participant: its account names both.
        update.replace(B, List.of("info@preili.example.lv"), "org");
        assertEquals(List.of(A, B).stream().sorted().toList(), book.accounts.get("info@preili.example.lv"));

        // Removing a contact: gone from the table and from the account; the first remaining is the contactEmail.
        List<Contact> left = update.replace(A, List.of("info@preili.example.lv"), "org");
        assertEquals(List.of("info@preili.example.lv"), left.stream().map(Contact::email).toList());
        assertFalse(book.isContact(YEAR, A, hasher.hash("direktore@preili.example.lv")));
        assertFalse(book.accounts.containsKey("direktore@preili.example.lv"), "no participant left: no account");
        assertEquals(List.of(B), book.accounts.get("info@preili.example.lv").stream().filter(B::equals).toList());
        assertEquals("info@preili.example.lv", book.contactEmail(A));

        update.replace(A, List.of(), "org");
        assertEquals(null, book.contactEmail(A));
        assertEquals(List.of(B), book.accounts.get("info@preili.example.lv"));
    }

    @Test
    void aFailureOfTheAccountsLosesNothingAndTheSameRequestAgainRepairs() {
        book.loginsFail = true;
        RefusedException e = refused(() -> update.replace(A, List.of("anna@example.com"), "org"));
        assertEquals(ErrorCode.SIGN_IN_UNAVAILABLE, e.code());
        assertTrue(book.isContact(YEAR, A, hasher.hash("anna@example.com")), "the table keeps the new list");
        assertFalse(book.accounts.containsKey("anna@example.com"));
        book.loginsFail = false;
        update.replace(A, List.of("anna@example.com"), "org");
        assertEquals(List.of(A), book.accounts.get("anna@example.com"));
    }

    @Test
    void anUnknownParticipantOrABadIdIsRefusedWithNothingWritten() {
        assertEquals(ErrorCode.NOT_FOUND, refused(() -> update.replace("no-such-participant", List.of("a@example.com"), "o")).code());
        assertEquals("id", refused(() -> update.replace("Not An Id", List.of("a@example.com"), "o")).field());
        assertEquals("contacts[0]", refused(() -> update.replace(A, List.of("bad"), "o")).field());
        assertTrue(book.accounts.isEmpty());
        assertTrue(book.contacts(YEAR, A).isEmpty());
    }

    @Test
    void anotherSpellingOfAStoredMailboxIsTheSameContactAndKeepsItsSpelling() {
        update.replace(A, List.of("anna.berzina@gmail.com"), "o");
        List<Contact> after = update.replace(A, List.of("annaberzina@gmail.com", "b@example.com"), "o");
        assertEquals(List.of("anna.berzina@gmail.com", "b@example.com"), after.stream().map(Contact::email).toList());
    }

    @Test
    void aListChangedMeanwhileIsReadAgain() {
        book.conflictsToSimulate = 2;
        assertEquals(1, update.replace(A, List.of("a@example.com"), "o").size());
    }

    private StartSignIn start(LimitPolicy limits, SubmissionLimits counters, List<String> warnings) {
        return new StartSignIn(() -> YEAR, new SubmissionGate(limits, SubmissionLimits.prefixed("signin", counters), hasher),
                book, book, hasher, clock, (event, fields) -> warnings.add(event + " " + fields));
    }

    @Test
    void aStartMakesAContactsAccountAndNothingForAnyoneElse() {
        update.replace(A, List.of("anna@example.com"), "o");
        book.accounts.clear();
        List<String> warnings = new ArrayList<>();
        StartSignIn start = start(LimitPolicy.of(10, 5, 15), new InMemorySubmissionLimits(), warnings);
        start.start("Anna@Example.com", "192.0.2.10");
        assertEquals(List.of(A), book.accounts.get("anna@example.com"));
        start.start("stranger@example.com", "192.0.2.10");
        assertFalse(book.accounts.containsKey("stranger@example.com"));
        assertEquals("email", refused(() -> start.start("not an address", "192.0.2.10")).field());
        // The accounts' service down: the same answer (no exception), a warning without the address.
        book.loginsFail = true;
        start.start("anna@example.com", "192.0.2.10");
        assertEquals(1, warnings.size());
        assertFalse(warnings.get(0).contains("anna"), warnings.get(0));
    }

    @Test
    void startsAreLimitedPerAddressAndPerEmailOnCountersOfTheirOwn() {
        InMemorySubmissionLimits counters = new InMemorySubmissionLimits();
        StartSignIn start = start(LimitPolicy.of(3, 2, 15), counters, new ArrayList<>());
        start.start("one@example.com", "192.0.2.10");
        start.start("one@example.com", "192.0.2.10");
        LimitReachedException email = assertThrows(LimitReachedException.class, () -> start.start("one@example.com", "192.0.2.10"));
        assertEquals("email", email.field());
        start.start("two@example.com", "192.0.2.11");
        assertThrows(LimitReachedException.class, () -> start.start("three@example.com", "192.0.2.10"));
        Map<String, Integer> prefixes = new HashMap<>();
        counters.calls().forEach(c -> prefixes.merge(c.keyHash().substring(0, c.keyHash().indexOf(':') + 1), 1, Integer::sum));
        assertEquals(Set.of("signin:"), prefixes.keySet(), "apart from the praise form's counters");
    }

    @Test
    void theBackfillMakesAContactEmailTheFirstContactOnceAndLeavesAnyListAlone() {
        lv.praise.testkit.InMemoryStore participants = new lv.praise.testkit.InMemoryStore();
        participants.save(Fixtures.LIBRARY);
        participants.save(Fixtures.BAKERY);
        InMemoryContactBook contacts = new InMemoryContactBook(Set.of(Fixtures.LIBRARY.id(), Fixtures.BAKERY.id()));
        new UpdateContacts(() -> YEAR, contacts, contacts, contacts, hasher, clock)
                .replace(Fixtures.BAKERY.id(), List.of("owner@example.com"), "o");
        ContactBackfill backfill = new ContactBackfill(() -> YEAR, participants, contacts, contacts, hasher, clock);
        ContactBackfill.Result first = backfill.run();
        int withEmail = Fixtures.LIBRARY.contactEmail() == null ? 0 : 1;
        assertEquals(withEmail, first.added());
        if (withEmail == 1) {
            assertEquals(List.of(Fixtures.LIBRARY.contactEmail().toLowerCase(java.util.Locale.ROOT)),
                    contacts.contacts(YEAR, Fixtures.LIBRARY.id()).stream().map(Contact::email).toList());
        }
        assertEquals(List.of("owner@example.com"),
                contacts.contacts(YEAR, Fixtures.BAKERY.id()).stream().map(Contact::email).toList(), "a list is left alone");
        assertEquals(new ContactBackfill.Result(0, 0), backfill.run(), "run again, it writes nothing");
    }
}
