package lv.praise.adapter;

import lv.praise.domain.Actor;

import lv.praise.domain.CampaignStore;

import static lv.praise.testkit.Fixtures.BAKERY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lv.praise.domain.Campaign;
import lv.praise.domain.Channel;
import lv.praise.domain.Lang;
import lv.praise.domain.Participant;
import lv.praise.domain.SearchParticipants;
import lv.praise.domain.Praise;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.intake.PraiseStore.ConfirmOutcome;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

class DynamoStoresIT {
    private final DynamoDbClient dynamo = LocalDynamoDb.shared().client();
    private String table;
    private DynamoCampaignStore campaigns;
    private DynamoParticipantStore participants;
    private DynamoPraiseStore praises;

    @BeforeEach
    void freshTable() {
        table = LocalDynamoDb.shared().createFreshTable(SamTemplate.load(), "PraiseTable");
        campaigns = new DynamoCampaignStore(dynamo, table);
        participants = new DynamoParticipantStore(dynamo, table);
        praises = new DynamoPraiseStore(dynamo, table);
        participants.save(LIBRARY);
        participants.save(BAKERY);
    }

    @Test
    void aCampaignRoundTripsWithItsVocabularyAndCalendar() {
        Campaign stored = Campaign.defaults(YEAR).withCalendar(Instant.parse("2027-03-02T00:00:00Z"),
                Instant.parse("2027-03-20T00:00:00Z"), Instant.parse("2027-04-01T00:00:00Z"));
        campaigns.save(stored);
        assertEquals(stored, campaigns.find(YEAR).orElseThrow());
        assertTrue(campaigns.find(1999).isEmpty());
    }

    @Test
    void aNextCampaignIsCreatedWithThePointerAllOrNothing() {
        assertTrue(campaigns.currentYear().isEmpty(), "no pointer: the deployment's first year is current");
        Campaign next = Campaign.defaults(YEAR + 1);
        assertEquals(CampaignStore.Created.CREATED, campaigns.create(next, YEAR));
        assertEquals(YEAR + 1, campaigns.currentYear().getAsInt());
        assertEquals(next, campaigns.find(YEAR + 1).orElseThrow());

        assertEquals(CampaignStore.Created.YEAR_EXISTS, campaigns.create(Campaign.defaults(YEAR + 1), YEAR),
                "the year's item exists (the transaction's first condition)");
        Campaign stale = Campaign.defaults(YEAR + 2);
        assertEquals(CampaignStore.Created.CURRENT_CHANGED, campaigns.create(stale, YEAR),
                "created from a year that is no longer current (the pointer's condition)");
        assertTrue(campaigns.find(YEAR + 2).isEmpty(), "nothing of a refused creation is written");
        assertEquals(YEAR + 1, campaigns.currentYear().getAsInt());
    }

    @Test
    void theCalendarChangesUntilTheCampaignIsPublished() {
        Instant opens = Instant.parse("2027-03-02T00:00:00Z");
        Instant closes = Instant.parse("2027-03-20T00:00:00Z");
        Instant awards = Instant.parse("2027-04-01T10:00:00Z");
        assertTrue(campaigns.changeCalendar(Campaign.defaults(YEAR), opens, closes, awards), "stored first, then set");
        assertEquals(Campaign.defaults(YEAR).withCalendar(opens, closes, awards), campaigns.find(YEAR).orElseThrow());
        campaigns.freeze(campaigns.find(YEAR).orElseThrow(), Instant.parse("2027-04-01T10:00:00Z"), Actor.SCHEDULE);
        assertFalse(campaigns.changeCalendar(Campaign.defaults(YEAR), opens, closes, awards.plusSeconds(60)));
        assertEquals(awards, campaigns.find(YEAR).orElseThrow().awardsAt(), "a published campaign is read-only");
    }

    @Test
    void searchIsDiacriticInsensitiveOrderedAndLimited() {
        SearchParticipants search = new SearchParticipants(YEAR, participants);
        assertEquals(List.of(LIBRARY), search.search("preilu", 10));
        assertEquals(List.of(BAKERY), search.search("Rudzupuķe", 10));
        assertEquals(List.of(BAKERY, LIBRARY), search.search("", 10), "by name, Latvian order");
        assertEquals(List.of(BAKERY), search.search("", 1));
        assertTrue(new SearchParticipants(YEAR + 1, participants).search("", 10).isEmpty(),
                "another campaign's participants are apart");
    }

    @Test
    void savingAProfileKeepsItsPraiseCount() {
        Praise praise = pending("anna");
        praises.savePending(praise);
        praises.confirm(praise, Instant.parse("2027-03-05T12:00:00Z"));
        Participant renamed = new Participant(YEAR, LIBRARY.id(), "Preiļu bibliotēka", "STATE", "EDUCATION", "MEDIUM",
                List.of("Preiļi"), null, 0);
        participants.save(renamed);
        Participant stored = participants.find(YEAR, LIBRARY.id()).orElseThrow();
        assertEquals(1, stored.confirmedPraiseCount());
        assertEquals("Preiļu bibliotēka", stored.name());
        assertEquals(null, stored.contactEmail());
    }

    @Test
    void aPendingPraiseIsNeverOverwrittenAndRoundTrips() {
        Praise praise = pending("anna");
        praises.savePending(praise);
        assertEquals(praise, praises.find(praise.id()).orElseThrow());
        assertThrows(ConditionalCheckFailedException.class, () -> praises.savePending(praise));
    }

    @Test
    void theSubmissionContextIsReadInOneGo() {
        var context = praises.loadSubmissionContext(YEAR, LIBRARY.id(), "hash-anna");
        assertTrue(context.campaign().isEmpty());
        assertEquals(LIBRARY, context.participant().orElseThrow());
        assertFalse(context.alreadyPraised());

        campaigns.save(Campaign.defaults(YEAR));
        Praise praise = pending("anna");
        praises.savePending(praise);
        praises.confirm(praise, Instant.parse("2027-03-05T12:00:00Z"));
        var after = praises.loadSubmissionContext(YEAR, LIBRARY.id(), "hash-anna");
        assertTrue(after.campaign().isPresent());
        assertTrue(after.alreadyPraised());
        assertTrue(praises.loadSubmissionContext(YEAR, "nobody", "hash-anna").participant().isEmpty());
    }

    @Test
    void confirmationCountsOnceAndOnlyOncePerPerson() {
        Praise first = pending("anna");
        Praise second = pending("anna");
        praises.savePending(first);
        praises.savePending(second);
        Instant at = Instant.parse("2027-03-05T12:00:00Z");

        assertEquals(ConfirmOutcome.CONFIRMED, praises.confirm(first, at));
        assertEquals(ConfirmOutcome.ALREADY_CONFIRMED, praises.confirm(first, at));
        assertEquals(ConfirmOutcome.ALREADY_PRAISED, praises.confirm(second, at));

        assertEquals(1, participants.find(YEAR, LIBRARY.id()).orElseThrow().confirmedPraiseCount());
        Praise confirmed = praises.find(first.id()).orElseThrow();
        assertEquals(PraiseStatus.CONFIRMED, confirmed.status());
        assertEquals(at, confirmed.confirmedAt());
        assertEquals(PraiseStatus.PENDING, praises.find(second.id()).orElseThrow().status());
    }

    @Test
    void aConfirmedPraiseKeepsNoHashAndItsSlotExpiresAfterTheAwards() {
        Praise praise = pending("anna");
        praises.savePending(praise);
        assertEquals("hash-anna", item(Keys.praise(praise.id())).get(PraiseItems.EMAIL_HASH).s(), "pending: kept until confirmed");
        Campaign campaign = Campaign.defaults(YEAR);
        Instant expires = lv.praise.domain.HashRetention.DEFAULT.expiresAt(campaign);
        assertEquals(campaign.awardsAt().plus(Duration.ofDays(183)), expires);

        praises.confirm(praise, Instant.parse("2027-03-05T12:00:00Z"), expires);

        var stored = item(Keys.praise(praise.id()));
        assertFalse(stored.containsKey(PraiseItems.EMAIL_HASH), "a confirmed praise keeps no e-mail hash: " + stored.keySet());
        assertFalse(stored.containsKey(PraiseItems.PURGE_AT), "the praise itself stays: its counts are the campaign's");
        var slot = item(Keys.praiser(YEAR, LIBRARY.id(), "hash-anna"));
        assertEquals(String.valueOf(expires.getEpochSecond()), slot.get(PraiseItems.PURGE_AT).n(), "the slot expires by TTL");
        assertEquals(YEAR + "#hash-anna", slot.get(PraiseItems.PERSON_KEY).s());
        assertEquals(praise.id(), slot.get("praiseId").s());
        assertTrue(praises.loadSubmissionContext(YEAR, LIBRARY.id(), "hash-anna").alreadyPraised(),
                "until then the slot holds the one-praise rule");
    }

    private java.util.Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item(
            java.util.Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> key) {
        return dynamo.getItem(r -> r.tableName(table).key(key).consistentRead(true)).item();
    }

    @Test
    void deletingAPendingPraiseLeavesAConfirmedOneAlone() {
        Praise praise = pending("anna");
        praises.savePending(praise);
        praises.confirm(praise, Instant.parse("2027-03-05T12:00:00Z"));
        assertThrows(ConditionalCheckFailedException.class, () -> praises.deletePending(praise.id()));
        assertTrue(praises.find(praise.id()).isPresent());
    }

    private static Praise pending(String person) {
        var token = lv.praise.domain.intake.ConfirmationToken.generate();
        Instant at = Instant.parse("2027-03-05T10:00:00Z");
        return Praise.pending(token.praiseId(), YEAR, LIBRARY.name(),
                new Praise.Content(LIBRARY.id(), "Preiļi", null, 5, List.of("speed", "quality"),
                        "Paldies par laipnību!", Channel.BRANCH, Lang.LV),
                "hash-" + person, token.secretHash(), at, at.plus(Duration.ofHours(72)));
    }
}
