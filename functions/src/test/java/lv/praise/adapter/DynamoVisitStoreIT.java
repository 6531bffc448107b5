package lv.praise.adapter;

import static lv.praise.testkit.Fixtures.BAKERY;
import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lv.praise.domain.Actor;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;
import lv.praise.domain.visits.Answer;
import lv.praise.domain.visits.Criterion;
import lv.praise.domain.visits.CriterionResults;
import lv.praise.domain.visits.PlanRow;
import lv.praise.domain.visits.Questionnaire;
import lv.praise.domain.visits.Submission;
import lv.praise.domain.visits.Visit;
import lv.praise.domain.visits.VisitStatus;
import lv.praise.domain.visits.VisitStore;
import lv.praise.domain.visits.Visits;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** DynamoVisitStore on DynamoDB Local, through the use cases: every rule of the contract that rests on a write. */
class DynamoVisitStoreIT {
    private static final Actor ORGANISER = new Actor("sub-org", "org@example.lv");
    private static final Actor ANNA = new Actor("sub-anna", "anna@example.lv");
    private final DynamoDbClient dynamo = LocalDynamoDb.shared().client();
    private String table;
    private DynamoVisitStore store;
    private DynamoParticipantStore participants;
    private Visits visits;

    @BeforeEach
    void freshTable() {
        table = LocalDynamoDb.shared().createFreshTable(SamTemplate.load(), "PraiseTable");
        participants = new DynamoParticipantStore(dynamo, table);
        participants.save(LIBRARY);
        participants.save(BAKERY);
        store = new DynamoVisitStore(dynamo, table, Fixtures.clockAt(DURING_WINDOW));
        visits = new Visits(YEAR, new DynamoCampaignStore(dynamo, table), participants, store, store,
                Fixtures.clockAt(DURING_WINDOW), () -> UUID.randomUUID().toString());
    }

    @Test
    void anEvaluatorsPlanIsTheirsAloneAndOrganisersFindAVisitByItsId() {
        List<Visit> planned = visits.plan(List.of(row(0, LIBRARY.id(), "anna@example.lv"), row(1, BAKERY.id(), "berta@example.lv"),
                row(2, BAKERY.id(), "Anna@Example.lv")), ORGANISER).created();
        assertEquals(2, store.ofEvaluator(YEAR, "anna@example.lv").size());
        assertEquals(1, store.ofEvaluator(YEAR, "berta@example.lv").size());
        assertEquals(3, store.all(YEAR).size());
        Visit berta = planned.get(1);
        assertEquals(berta, store.find(YEAR, berta.id()).orElseThrow());
        assertTrue(store.find(YEAR, "anna@example.lv", berta.id()).isEmpty(), "another evaluator's id is no key of theirs");
        assertEquals(berta, store.find(YEAR, "berta@example.lv", berta.id()).orElseThrow());
    }

    @Test
    void aPlanSentAgainAfterAFailureHalfWayPlansOnlyTheRestAndACancelledVisitIsGoneWithItsKey() {
        // 40 visits: more than one transaction; the first 10 "survived" a failure half-way.
        List<PlanRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(new PlanRow("visits[" + i + "].", i % 2 == 0 ? LIBRARY.id() : BAKERY.id(), null, "e-mail",
                    "evaluator" + i + "@example.lv", "2027-03-01", "2027-03-20"));
        }
        List<Visit> survived = visits.plan(rows.subList(0, 10), ORGANISER).created();
        assertEquals(10, survived.size());
        Visits.Planned retried = visits.plan(rows, ORGANISER);
        assertEquals(30, retried.created().size());
        assertEquals(survived.stream().map(Visit::id).sorted().toList(),
                retried.existing().stream().map(Visit::id).sorted().toList());
        assertEquals(40, store.all(YEAR).size(), "nothing planned twice");
        Map<String, Map<String, AttributeValue>> before = scan();
        Visits.Planned third = visits.plan(rows, ORGANISER);
        assertEquals(0, third.created().size());
        assertEquals(40, third.existing().size());
        assertEquals(before, scan(), "a plan sent again writes nothing");

        Visit gone = survived.get(0);
        visits.cancel(gone.id());
        assertTrue(store.find(YEAR, gone.id()).isEmpty());
        assertEquals(39, store.all(YEAR).size());
        assertEquals(before.size() - 3, scan().size(), "the visit, its reference and its plan key");
        assertEquals(1, visits.plan(rows.subList(0, 1), ORGANISER).created().size(), "its key is free again");
    }

    @Test
    void aSubmittedVisitCantBeCancelled() {
        Visit planned = visits.plan(List.of(row(0, LIBRARY.id(), "anna@example.lv")), ORGANISER).created().get(0);
        visits.submit("anna@example.lv", planned.id(), submission("11111111-1111-4111-8111-111111111111"), ANNA);
        // Read before the submission: the store's condition refuses it all the same.
        assertThrows(VisitStore.Moved.class, () -> store.cancel(planned));
        assertEquals(ErrorCode.ALREADY_SUBMITTED, assertThrows(RefusedException.class, () -> visits.cancel(planned.id())).code());
        assertTrue(store.find(YEAR, planned.id()).isPresent());
    }

    @Test
    void theFirstSubmissionFreezesTheDefaultsAndTheSameSubmissionAgainWritesNothing() {
        Visit planned = visits.plan(List.of(row(0, LIBRARY.id(), "anna@example.lv")), ORGANISER).created().get(0);
        assertFalse(store.current(YEAR).frozen());
        assertEquals(null, store.current(YEAR).revision(), "the defaults, nothing stored");

        Map<String, Map<String, AttributeValue>> before = scan();
        assertBadInputWritesNothing(planned, before);

        Visit submitted = visits.submit("anna@example.lv", planned.id(), submission("11111111-1111-4111-8111-111111111111"), ANNA);
        assertEquals("905/13", submitted.latest().score().exact());
        Questionnaire frozen = store.current(YEAR);
        assertTrue(frozen.frozen());
        assertEquals(1, frozen.version());
        assertEquals(Questionnaire.defaults(YEAR).criteria(), frozen.criteria(), "the defaults stored as they were scored");
        assertEquals(submitted, store.find(YEAR, planned.id()).orElseThrow(), "round trip");

        Map<String, Map<String, AttributeValue>> afterFirst = scan();
        assertEquals(submitted, visits.submit("anna@example.lv", planned.id(), submission("11111111-1111-4111-8111-111111111111"), ANNA));
        assertEquals(afterFirst, scan(), "a repeated submission writes nothing");

        RefusedException second = assertThrows(RefusedException.class, () -> visits.submit("anna@example.lv", planned.id(),
                submission("22222222-2222-4222-8222-222222222222"), ANNA));
        assertEquals(ErrorCode.ALREADY_SUBMITTED, second.code());
        assertEquals(afterFirst, scan());

        // Frozen: a save makes version 2; version 2 not frozen: the next save replaces it.
        List<Criterion> changed = new ArrayList<>(Questionnaire.defaults(YEAR).criteria());
        changed.remove(0);
        assertEquals(2, visits.saveQuestionnaire(changed).version());
        assertEquals(2, visits.saveQuestionnaire(changed.subList(1, changed.size())).version());
        assertEquals(8, store.current(YEAR).criteria().size());
        assertEquals(10, store.version(YEAR, 1).orElseThrow().criteria().size(), "version 1 kept as it was");
    }

    @Test
    void everySubmissionIsKeptAsAVersionAndReviewsKeepWhoAndWhen() {
        Visit planned = visits.plan(List.of(row(0, LIBRARY.id(), "anna@example.lv")), ORGANISER).created().get(0);
        visits.submit("anna@example.lv", planned.id(), submission("11111111-1111-4111-8111-111111111111"), ANNA);
        visits.review(planned.id(), "return", "Precizējiet vietu.", ORGANISER);
        List<Answer> corrected = new ArrayList<>(submission("x").answers());
        corrected.set(7, new Answer("closing", "2", "pateicās"));
        visits.submit("anna@example.lv", planned.id(), new Submission("33333333-3333-4333-8333-333333333333",
                LocalDateTime.parse("2027-03-05T10:00"), "Preiļi, Raiņa bulvāris 28", corrected, null), ANNA);
        Visit approved = visits.review(planned.id(), "approve", null, ORGANISER);
        Visit stored = store.find(YEAR, planned.id()).orElseThrow();
        assertEquals(approved, stored);
        assertEquals(List.of("11111111-1111-4111-8111-111111111111", "33333333-3333-4333-8333-333333333333"),
                stored.submissionIds(), "every submission's id is kept on the visit");
        Map<String, Map<String, AttributeValue>> before = scan();
        assertEquals(stored, visits.submit("anna@example.lv", planned.id(), submission("11111111-1111-4111-8111-111111111111"),
                ANNA), "the first submission sent again answers the stored visit");
        assertEquals(before, scan(), "and writes nothing");
        assertEquals(VisitStatus.APPROVED, stored.status());
        assertEquals(List.of("return", "approve"), stored.reviews().stream().map(r -> r.decision()).toList());
        assertEquals(ORGANISER, stored.reviews().get(1).by());
        var versions = store.versions(YEAR, planned.id());
        assertEquals(2, versions.size());
        assertEquals("905/13", versions.get(0).score().exact());
        assertEquals(new BigDecimal("77.31"), versions.get(1).score().shown(), "100 × (45.25 + 5 · 1) / 65 = 77.307…");
        assertEquals(ANNA, versions.get(1).enteredBy());
    }

    @Test
    void aFrozenParticipantRefusesSubmissionAndReviewInTheSameTransaction() {
        Visit planned = visits.plan(List.of(row(0, LIBRARY.id(), "anna@example.lv")), ORGANISER).created().get(0);
        participants.freezeCounts(YEAR, DURING_WINDOW);
        Map<String, Map<String, AttributeValue>> before = scan();
        RefusedException e = assertThrows(RefusedException.class, () -> visits.submit("anna@example.lv", planned.id(),
                submission("11111111-1111-4111-8111-111111111111"), ANNA));
        assertEquals(ErrorCode.PUBLISHED, e.code());
        assertEquals(before, scan());
    }

    @Test
    void ofTwoDifferentSubmissionsAtOnceOneLandsAndTheOtherIsRefused() throws Exception {
        Visit planned = visits.plan(List.of(row(0, LIBRARY.id(), "anna@example.lv")), ORGANISER).created().get(0);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String id = "4444444" + i + "-4444-4444-8444-444444444444";
                Callable<String> task = () -> {
                    try {
                        visits.submit("anna@example.lv", planned.id(), submission(id), ANNA);
                        return "ok";
                    } catch (RefusedException refused) {
                        return refused.code().code();
                    }
                };
                outcomes.add(pool.submit(task));
            }
            Map<String, Integer> counts = new HashMap<>();
            for (Future<String> f : outcomes) {
                counts.merge(f.get(), 1, Integer::sum);
            }
            assertEquals(Map.of("ok", 1, "already_submitted", 3), counts);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, store.versions(YEAR, planned.id()).size());
    }

    @Test
    void perCriterionResultsAreKeptAndReplaced() {
        CriterionResults r = new CriterionResults(1, Map.of("competence", new CriterionResults.Mean(new BigDecimal("75.00"), 1)),
                Map.of("e-mail", Map.of("competence", new CriterionResults.Mean(new BigDecimal("75.00"), 1))), Map.of());
        store.keep(YEAR, Map.of(LIBRARY.id(), r, BAKERY.id(), r));
        assertEquals(Map.of(LIBRARY.id(), r, BAKERY.id(), r), store.results(YEAR));
        store.keep(YEAR, Map.of(BAKERY.id(), r));
        assertEquals(Map.of(BAKERY.id(), r), store.results(YEAR));
    }

    private void assertBadInputWritesNothing(Visit planned, Map<String, Map<String, AttributeValue>> before) {
        List<Answer> outside = new ArrayList<>(submission("x").answers());
        outside.set(0, new Answer("competence", "6", null));
        assertEquals("answers[0].value", assertThrows(RefusedException.class, () -> visits.submit("anna@example.lv",
                planned.id(), new Submission("11111111-1111-4111-8111-111111111111", LocalDateTime.parse("2027-03-05T10:00"),
                        "Preiļi", outside, null), ANNA)).field());
        List<Answer> unknown = new ArrayList<>(submission("x").answers());
        unknown.set(0, new Answer("speed", "1", null));
        assertEquals("answers[0].criterion", assertThrows(RefusedException.class, () -> visits.submit("anna@example.lv",
                planned.id(), new Submission("11111111-1111-4111-8111-111111111111", LocalDateTime.parse("2027-03-05T10:00"),
                        "Preiļi", unknown, null), ANNA)).field());
        assertEquals(ErrorCode.NOT_FOUND, assertThrows(RefusedException.class, () -> visits.submit("berta@example.lv",
                planned.id(), submission("11111111-1111-4111-8111-111111111111"), ANNA)).code());
        assertEquals(before, scan(), "nothing written");
    }

    private static PlanRow row(int i, String participant, String evaluator) {
        return new PlanRow("visits[" + i + "].", participant, null, "e-mail", evaluator, "2027-03-01", "2027-03-20");
    }

    private static Submission submission(String id) {
        return new Submission(id, LocalDateTime.parse("2027-03-05T10:00"), "Preiļi, Raiņa bulvāris 28", List.of(
                new Answer("competence", "4", null), new Answer("options", "1", null),
                new Answer("solved", "na", null), new Answer("response-time", "30", null),
                new Answer("positivity", "5", null), new Answer("consistency", "2", null),
                new Answer("respect", "yes", null), new Answer("closing", "0", null)), "Laipni.");
    }

    private Map<String, Map<String, AttributeValue>> scan() {
        Map<String, Map<String, AttributeValue>> items = new HashMap<>();
        dynamo.scanPaginator(r -> r.tableName(table).consistentRead(true)).items()
                .forEach(item -> items.put(item.get("PK").s() + "|" + item.get("SK").s(), item));
        return items;
    }
}
