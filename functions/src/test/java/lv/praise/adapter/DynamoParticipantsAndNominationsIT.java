package lv.praise.adapter;

import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lv.praise.domain.Evaluation;
import lv.praise.domain.Participant;
import lv.praise.domain.Lang;
import lv.praise.domain.OrganisationName;
import lv.praise.domain.nominations.NominationStore;
import lv.praise.domain.nominations.PendingNomination;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Adding participants, one participant's evaluations and nominations, on DynamoDB Local. */
class DynamoParticipantsAndNominationsIT {
    private final DynamoDbClient dynamo = LocalDynamoDb.shared().client();
    private DynamoParticipantStore participants;
    private DynamoEvaluationStore evaluations;
    private DynamoNominationStore nominations;
    private String table;

    @BeforeEach
    void freshTable() {
        table = LocalDynamoDb.shared().createFreshTable(SamTemplate.load(), "PraiseTable");
        participants = new DynamoParticipantStore(dynamo, table);
        evaluations = new DynamoEvaluationStore(dynamo, table);
        nominations = new DynamoNominationStore(dynamo, table);
    }

    @Test
    void anIdIsAddedOnceWithACountOfZero() {
        assertTrue(participants.create(LIBRARY));
        assertFalse(participants.create(new Participant(YEAR, LIBRARY.id(), "Cita", "B2C", "TRADE", "SMALL", List.of(),
                null, 0)), "the id is taken");
        Participant stored = participants.find(YEAR, LIBRARY.id()).orElseThrow();
        assertEquals(LIBRARY.name(), stored.name());
        assertEquals(0, stored.confirmedPraiseCount());
    }

    @Test
    void oneParticipantsEvaluationsAreItsOwnOnlyByDate() {
        evaluations.saveAll(List.of(
                new Evaluation(YEAR, "abc", LocalDate.of(YEAR, 3, 12), "Anna", "visit", 90),
                new Evaluation(YEAR, "abc", LocalDate.of(YEAR, 3, 2), "Jānis", "phone", 70),
                new Evaluation(YEAR, "abc-2", LocalDate.of(YEAR, 3, 5), "Anna", "visit", 50)));
        List<Evaluation> own = evaluations.of(YEAR, "abc");
        assertEquals(List.of(70, 90), own.stream().map(Evaluation::score).toList());
        assertEquals(1, evaluations.of(YEAR, "abc-2").size(), "a longer id with the same start is another participant");
    }

    private static PendingNomination pending(String id, String name, String emailHash, String text, Instant at) {
        return new PendingNomination(id, YEAR, name, OrganisationName.sameNameKey(name), text, Lang.LV, emailHash,
                "hash-of-" + id, at, at.plus(Duration.ofHours(72)), false);
    }

    /** When the nominators' slots (their e-mail hashes) expire: some months after the awards. */
    private static final Instant EXPIRES = Instant.parse("2027-10-12T09:00:00Z");

    @Test
    void aPersonsNominationCountsOnceEvenWhenTheirLinksRace() throws Exception {
        Instant at = Instant.parse("2027-03-05T10:00:00Z");
        // The same person, two spellings of one name, each link opened four times at once.
        List<PendingNomination> links = List.of(
                pending("aaaaaaaaaaaaaaaaaaaaaa", "Ziedu veikals \"Magnolija\", SIA", "hash-anna", "Laipni!", at),
                pending("bbbbbbbbbbbbbbbbbbbbbb", "ZIEDU VEIKALS MAGNOLIJA", "hash-anna", "Vēlreiz", at));
        links.forEach(nominations::savePending);
        assertFalse(nominations.find("aaaaaaaaaaaaaaaaaaaaaa").orElseThrow().confirmed());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<NominationStore.ConfirmOutcome> outcomes = new ArrayList<>();
        try {
            List<Future<NominationStore.ConfirmOutcome>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                PendingNomination link = links.get(i % 2);
                runs.add(pool.submit(() -> nominations.confirm(link, at.plusSeconds(5), EXPIRES)));
            }
            for (Future<NominationStore.ConfirmOutcome> run : runs) {
                outcomes.add(run.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, outcomes.stream().filter(o -> o == NominationStore.ConfirmOutcome.CONFIRMED).count(), outcomes.toString());
        assertEquals(1, nominations.slots(YEAR).size());

        PendingNomination janis = pending("cccccccccccccccccccccc", "Ziedu veikals Magnolija", "hash-janis", null, at);
        nominations.savePending(janis);
        assertEquals(NominationStore.ConfirmOutcome.CONFIRMED, nominations.confirm(janis, at.plusSeconds(60), EXPIRES));
        assertEquals(NominationStore.ConfirmOutcome.ALREADY_CONFIRMED, nominations.confirm(janis, at.plusSeconds(61), EXPIRES));
        assertTrue(nominations.find(janis.id()).orElseThrow().confirmed());
        List<NominationStore.Slot> slots = nominations.slots(YEAR);
        assertEquals(2, slots.size());
        assertEquals(new NominationStore.Slot("Ziedu veikals Magnolija", "hash-janis", null, at.plusSeconds(60)),
                slots.stream().filter(x -> x.emailHash().equals("hash-janis")).findFirst().orElseThrow());
        assertTrue(nominations.slots(YEAR + 1).isEmpty());
        var slot = dynamo.getItem(r -> r.tableName(table).key(Keys.nominatorSlot(YEAR,
                Keys.evaluatorHash(janis.groupKey()), "hash-janis"))).item();
        assertEquals(String.valueOf(EXPIRES.getEpochSecond()), slot.get("purgeAt").n(), "the nominator's hash expires");
    }

    @Test
    void aPendingNominationIsDeletedOnlyWhilePendingAndExpiresByTtl() {
        Instant at = Instant.parse("2027-03-05T10:00:00Z");
        PendingNomination one = pending("dddddddddddddddddddddd", "Autoserviss Rats", "hash-ilze", "Ātri.", at);
        nominations.savePending(one);
        var item = dynamo.getItem(r -> r.tableName(table).key(Keys.pendingNomination(one.id()))).item();
        assertEquals(String.valueOf(at.plus(Duration.ofHours(72)).plus(Duration.ofDays(7)).getEpochSecond()),
                item.get("purgeAt").n(), "a week after the link expired, as a pending praise");
        nominations.deletePending(one.id());
        assertTrue(nominations.find(one.id()).isEmpty());
    }
}
