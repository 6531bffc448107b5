package lv.praise.adapter;

import static lv.praise.testkit.Fixtures.BAKERY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;
import lv.praise.domain.contacts.Contact;
import lv.praise.domain.contacts.ContactLogins;
import lv.praise.domain.contacts.ContactWriter.NewContact;
import lv.praise.domain.contacts.ParticipantAccess;
import lv.praise.domain.contacts.UpdateContacts;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The contacts' items on DynamoDB Local (issue 18, docs/insight.md): a change is one transaction of the Contact,
 * CONTACTOF and participant items; the access check and the sign-in read what it wrote; a missing participant
 * or a list changed meanwhile writes nothing.
 */
class DynamoContactStoreIT {
    private final DynamoDbClient dynamo = LocalDynamoDb.shared().client();
    private final KeyedHasher hasher = new KeyedHasher(Fixtures.EMAIL_KEY);
    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-05T10:00:00Z"));
    private String table;
    private DynamoContactStore store;

    @BeforeEach
    void freshTable() {
        table = LocalDynamoDb.shared().createFreshTable(SamTemplate.load(), "PraiseTable");
        store = new DynamoContactStore(dynamo, table);
        DynamoParticipantStore participants = new DynamoParticipantStore(dynamo, table);
        participants.create(LIBRARY);
        participants.create(BAKERY);
    }

    private Map<String, AttributeValue> participantItem(String id) {
        return dynamo.getItem(r -> r.tableName(table).key(Keys.participant(YEAR, id)).consistentRead(true)).item();
    }

    private int itemCount() {
        return dynamo.scan(r -> r.tableName(table)).count();
    }

    @Test
    void aChangeIsOneTransactionOfContactReverseAndParticipantItems() {
        String hash = hasher.hash("anna@example.com");
        assertTrue(store.replace(YEAR, LIBRARY.id(), List.of(new NewContact("anna@example.com", hash, clock.instant())),
                List.of(), "anna@example.com", "organiser-sub"));
        assertTrue(store.isContact(YEAR, LIBRARY.id(), hash));
        assertFalse(store.isContact(YEAR, BAKERY.id(), hash));
        assertEquals(List.of(LIBRARY.id()), store.participantsOf(YEAR, hash));
        assertEquals(List.of(), store.participantsOf(YEAR + 1, hash), "another campaign's contacts are apart");
        assertEquals("anna@example.com", participantItem(LIBRARY.id()).get("contactEmail").s());
        Contact stored = store.contacts(YEAR, LIBRARY.id()).get(0);
        assertEquals("anna@example.com", stored.email());
        assertEquals(clock.instant(), stored.addedAt());
        assertFalse(stored.digestOptOut());

        // Adding it again (a list read before the first write) fails its condition: nothing written.
        int before = itemCount();
        assertFalse(store.replace(YEAR, LIBRARY.id(), List.of(new NewContact("anna@example.com", hash, clock.instant())),
                List.of(), "other@example.com", "organiser-sub"));
        assertEquals(before, itemCount());
        assertEquals("anna@example.com", participantItem(LIBRARY.id()).get("contactEmail").s());

        assertTrue(store.replace(YEAR, LIBRARY.id(), List.of(), List.of(stored), null, "organiser-sub"));
        assertFalse(store.isContact(YEAR, LIBRARY.id(), hash));
        assertEquals(List.of(), store.participantsOf(YEAR, hash));
        assertNull(participantItem(LIBRARY.id()).get("contactEmail"), "no contact left: no contactEmail");
        // Removing what is gone already fails its condition.
        assertFalse(store.replace(YEAR, LIBRARY.id(), List.of(), List.of(stored), null, "organiser-sub"));
    }

    @Test
    void aMissingParticipantIs404AndNothingIsWritten() {
        int before = itemCount();
        RefusedException e = assertThrows(RefusedException.class, () -> store.replace(YEAR, "no-such-participant",
                List.of(new NewContact("a@example.com", hasher.hash("a@example.com"), clock.instant())), List.of(),
                "a@example.com", "o"));
        assertEquals(ErrorCode.NOT_FOUND, e.code());
        assertEquals(before, itemCount());
    }

    @Test
    void theUseCaseKeepsTheOrderGivenAndTheAccessRuleFollowsTheTable() {
        List<String> calls = new java.util.ArrayList<>();
        ContactLogins logins = (email, ids) -> calls.add(email + " " + ids);
        UpdateContacts update = new UpdateContacts(() -> YEAR, store, store, logins, hasher, clock);
        update.replace(LIBRARY.id(), List.of("b@example.com", "a@example.com", "c@example.com"), "o");
        assertEquals(List.of("b@example.com", "a@example.com", "c@example.com"),
                store.contacts(YEAR, LIBRARY.id()).stream().map(Contact::email).toList());
        assertEquals("b@example.com", participantItem(LIBRARY.id()).get("contactEmail").s());
        update.replace(BAKERY.id(), List.of("a@example.com"), "o");
        assertTrue(calls.contains("a@example.com " + List.of(BAKERY.id(), LIBRARY.id()).stream().sorted().toList()),
                calls.toString());

        ParticipantAccess access = new ParticipantAccess(store, hasher);
        access.requireContact(YEAR, LIBRARY.id(), "a@example.com");
        RefusedException other = assertThrows(RefusedException.class,
                () -> access.requireContact(YEAR, LIBRARY.id(), "stranger@example.com"));
        assertEquals(ErrorCode.NOT_FOUND, other.code());

        // Languages: set with the list, changed on a kept contact in the same transaction, read by the digest too.
        update.replaceWanted(LIBRARY.id(), List.of(new lv.praise.domain.contacts.ContactList.Wanted("b@example.com", "en"),
                new lv.praise.domain.contacts.ContactList.Wanted("a@example.com", null),
                new lv.praise.domain.contacts.ContactList.Wanted("c@example.com", "et")), "o");
        assertEquals(List.of(lv.praise.domain.Lang.EN, lv.praise.domain.Lang.LV, lv.praise.domain.Lang.ET),
                store.contacts(YEAR, LIBRARY.id()).stream().map(Contact::lang).toList());
        assertEquals(java.util.Map.of("b@example.com", lv.praise.domain.Lang.EN, "a@example.com", lv.praise.domain.Lang.LV,
                        "c@example.com", lv.praise.domain.Lang.ET),
                new DynamoDigestStore(dynamo, table).recipients(YEAR, LIBRARY.id()).stream().collect(
                        java.util.stream.Collectors.toMap(lv.praise.domain.digest.DigestRecipient::email,
                                lv.praise.domain.digest.DigestRecipient::lang)), "the digest's recipients in their languages");

        update.replace(LIBRARY.id(), List.of("c@example.com"), "o");
        assertEquals(lv.praise.domain.Lang.ET, store.contacts(YEAR, LIBRARY.id()).get(0).lang(), "kept, not given: kept");
        assertThrows(RefusedException.class, () -> access.requireContact(YEAR, LIBRARY.id(), "a@example.com"),
                "a removed contact reads no more");
        assertEquals("c@example.com", participantItem(LIBRARY.id()).get("contactEmail").s());
        assertEquals(List.of(BAKERY.id()), store.participantsOf(YEAR, hasher.hash("a@example.com")));
    }
}
