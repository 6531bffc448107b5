package lv.praise.adapter;

import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lv.praise.domain.Evaluation;
import lv.praise.domain.Participant;
import lv.praise.domain.nominations.Nomination;
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

    private String table;

    /** When the nominators' slots (their e-mail hashes) expire: some months after the awards. */
    private static final Instant EXPIRES = Instant.parse("2027-10-12T09:00:00Z");

    @Test
    void aPersonNominatesAnOrganisationOnceEvenWhenRacing() throws Exception {
        Instant at = Instant.parse("2027-03-05T10:00:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> nominations.add(YEAR, "ziedu veikals magnolija", "Ziedu veikals Magnolija",
                        "hash-anna", "Laipni!", at, EXPIRES)));
            }
            int counted = 0;
            for (Future<Boolean> run : runs) {
                counted += run.get() ? 1 : 0;
            }
            assertEquals(1, counted);
            var slot = LocalDynamoDb.shared().client().getItem(r -> r.tableName(table)
                    .key(Keys.nominator(YEAR, Keys.evaluatorHash("ziedu veikals magnolija"), "hash-anna"))).item();
            assertEquals(String.valueOf(EXPIRES.getEpochSecond()), slot.get("purgeAt").n(), "the nominator's hash expires");
        } finally {
            pool.shutdownNow();
        }
        assertTrue(nominations.add(YEAR, "ziedu veikals magnolija", "ZIEDU VEIKALS MAGNOLIJA", "hash-janis", null,
                at.plusSeconds(60), EXPIRES));
        List<Nomination> all = nominations.all(YEAR);
        assertEquals(1, all.size());
        assertEquals(new Nomination("Ziedu veikals Magnolija", 2, at, at.plusSeconds(60)), all.get(0),
                "the first spelling stays");
        assertTrue(nominations.all(YEAR + 1).isEmpty());
    }
}
