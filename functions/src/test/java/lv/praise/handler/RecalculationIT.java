package lv.praise.handler;

import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import lv.praise.adapter.DynamoCampaignStore;
import lv.praise.adapter.DynamoEvaluationStore;
import lv.praise.adapter.DynamoParticipantStore;
import lv.praise.adapter.DynamoPraiseStore;
import lv.praise.adapter.DynamoScoringSource;
import lv.praise.adapter.DynamoStandingsStore;
import lv.praise.domain.Campaign;
import lv.praise.domain.Channel;
import lv.praise.domain.Evaluation;
import lv.praise.domain.Lang;
import lv.praise.domain.Participant;
import lv.praise.domain.Praise;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.scoring.ParticipantProfile;
import lv.praise.domain.scoring.ComponentTally;
import lv.praise.domain.scoring.ScoringEngine;
import lv.praise.domain.scoring.ScoringRules;
import lv.praise.domain.scoring.Standings;
import lv.praise.domain.standings.Recalculation;
import lv.praise.domain.standings.RecalculateStandings;
import lv.praise.domain.standings.ReadStandings;
import lv.praise.domain.standings.StandingsSnapshot;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.DynamoFaults;
import lv.praise.testkit.Events;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * The recalculation on DynamoDB Local, through the real adapters and handlers: the standings equal
 * the engine's on the same data; one snapshot per night; earlier days stay readable; a run killed
 * half-way shows nothing of itself; praise of another campaign year is left out.
 */
class RecalculationIT {
    /** 02:00 in Riga on 5 March 2027. */
    private static final Instant NIGHT = Instant.parse("2027-03-05T00:00:00Z");
    private static final LocalDate DAY_ONE = LocalDate.of(2027, 3, 5);
    private static final LocalDate DAY_TWO = LocalDate.of(2027, 3, 6);
    /** More than one BatchWriteItem of rows (25 each). */
    private static final int PARTICIPANTS = 40;

    private final DynamoDbClient dynamo = LocalDynamoDb.shared().client();
    private final MutableClock clock = new MutableClock(NIGHT);
    private String table;
    private DynamoParticipantStore participants;
    private DynamoEvaluationStore evaluations;
    private DynamoPraiseStore praiseStore;
    /** What was seeded, to compute the expected standings with the engine directly. */
    private final List<Participant> seededParticipants = new ArrayList<>();
    private final List<Praise> seededPraise = new ArrayList<>();
    private final List<String> rejectedPraise = new ArrayList<>();
    private final Map<String, List<BigDecimal>> seededEvaluations = new HashMap<>();

    @BeforeEach
    void seed() {
        table = LocalDynamoDb.shared().createFreshTable(SamTemplate.load(), "PraiseTable");
        participants = new DynamoParticipantStore(dynamo, table);
        evaluations = new DynamoEvaluationStore(dynamo, table);
        praiseStore = new DynamoPraiseStore(dynamo, table);
        // Formula 2027.1: the seeded participants have a few praises each, which 2027.2's minimum would leave out.
        new DynamoCampaignStore(dynamo, table).save(Fixtures.firstFormulaCampaign());

        String[] categories = {"B2C", "B2B", "STATE", "E_SERVICE"};
        String[] industries = {"TRADE", "TRANSPORT", "FINANCE"};
        String[] sizes = {"SMALL", "MEDIUM", "LARGE"};
        for (int i = 0; i < PARTICIPANTS; i++) {
            seededParticipants.add(new Participant(YEAR, id(i), String.format(Locale.ROOT, "Dalībnieks %02d", i),
                    categories[i % 4], industries[i % 3], sizes[(i / 3) % 3], i % 3 == 0 ? List.of() : List.of("Rīga"),
                    "kontakti" + i + "@example.lv", 0));
        }
        seededParticipants.forEach(participants::save);
        for (int i = 0; i < 16; i++) {
            praise(YEAR, id(i), Channel.ONLINE, i % 5 + 1, true);
            praise(YEAR, id(i), Channel.BRANCH, 5 - i % 3, i % 4 != 3);
        }
        praise(YEAR, id(1), Channel.ONLINE, 5, true);
        // Confirmed, then rejected by moderation: read, but not counted.
        Praise rejected = praise(YEAR, id(2), Channel.ONLINE, 1, true);
        dynamo.updateItem(r -> r.tableName(table)
                .key(Map.of("PK", AttributeValue.fromS("PRAISE#" + rejected.id()), "SK", AttributeValue.fromS("PRAISE")))
                .updateExpression("SET moderation = :rejected")
                .expressionAttributeValues(Map.of(":rejected", AttributeValue.fromS("REJECTED"))));
        rejectedPraise.add(rejected.id());
        // Last year's campaign: the same participant id, confirmed praise that must not count now.
        participants.save(new Participant(YEAR - 1, id(0), "Dalībnieks 00", "B2C", "TRADE", "SMALL", List.of(), null, 0));
        praise(YEAR - 1, id(0), Channel.ONLINE, 1, true);

        List<Evaluation> scores = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int score = 70 + (i * 7) % 31;
            scores.add(new Evaluation(YEAR, id(i), LocalDate.of(2027, 3, 10), "Anna Bērziņa", "visit", score));
            seededEvaluations.computeIfAbsent(id(i), x -> new ArrayList<>()).add(BigDecimal.valueOf(score));
            if (i % 2 == 0) {
                scores.add(new Evaluation(YEAR, id(i), LocalDate.of(2027, 3, 12), "Jānis Ozoliņš", "phone", 95));
                seededEvaluations.get(id(i)).add(BigDecimal.valueOf(95));
            }
        }
        scores.add(new Evaluation(YEAR - 1, id(35), LocalDate.of(2026, 3, 10), "Anna Bērziņa", "visit", 100));
        evaluations.saveAll(scores);
    }

    @Test
    void theStandingsAreTheEnginesOnTheSameData() throws JsonProcessingException {
        APIGatewayV2HTTPResponse recalculated = new RecalculateScoresHandler(recalculation(dynamo))
                .handleRequest(Events.load("recalculate-scores.json"), null);
        assertEquals(200, recalculated.getStatusCode(), recalculated.getBody());
        var summary = Events.body(recalculated);
        assertEquals(DAY_ONE.toString(), summary.path("date").asText());
        assertEquals(PARTICIPANTS, summary.path("participants").asInt());
        assertEquals(seededPraise.stream().filter(p -> p.campaignYear() == YEAR && p.status() == PraiseStatus.CONFIRMED)
                        .count(), summary.path("praisesRead").asLong(),
                "every confirmed praise of the year, rejected included; no unconfirmed praise, not last year's");
        assertTrue(seededPraise.stream().anyMatch(p -> p.campaignYear() == YEAR && p.status() == PraiseStatus.PENDING),
                "the year has unconfirmed praise, which is not read");

        StandingsSnapshot expected = new StandingsSnapshot(YEAR, DAY_ONE, NIGHT, expectedStandings());
        assertTrue(expected.standings().counts().eligible() > 0);
        assertTrue(expected.standings().counts().belowThreshold() > 0);
        assertEquals(1, expected.standings().counts().ignoredRejected());
        assertEquals(0, expected.standings().counts().ignoredUnconfirmed(), "unconfirmed praise is not read");

        assertEquals(expected, new DynamoStandingsStore(dynamo, table, clock).latest(YEAR).orElseThrow());
        APIGatewayV2HTTPResponse shown = getStandings(null);
        assertEquals(200, shown.getStatusCode());
        assertEquals(Json.MAPPER.writeValueAsString(StandingsView.of(expected)), shown.getBody());
    }

    @Test
    void twoRunsOfOneNightLeaveOneSnapshot() {
        RecalculateStandings recalculate = recalculation(dynamo);
        recalculate.run();
        assertEquals(PARTICIPANTS + 1, itemsOf(DAY_ONE), "a row per participant and the header");

        // A participant withdrawn and more praise before the organiser's run later that night.
        dynamo.deleteItem(r -> r.tableName(table).key(Map.of("PK", AttributeValue.fromS("CAMPAIGN#" + YEAR),
                "SK", AttributeValue.fromS("PARTICIPANT#" + id(39)))));
        seededParticipants.remove(39);
        praise(YEAR, id(5), Channel.ONLINE, 5, true);
        clock.advance(Duration.ofMinutes(5));
        Recalculation second = recalculate.run();
        assertEquals(DAY_ONE, second.date());
        assertTrue(second.latest());
        assertEquals(PARTICIPANTS, itemsOf(DAY_ONE), "one snapshot: the first run's items are gone");
        assertEquals(new StandingsSnapshot(YEAR, DAY_ONE, clock.instant(), expectedStandings()),
                new DynamoStandingsStore(dynamo, table, clock).latest(YEAR).orElseThrow());

        // The very same run again (a retry at the same instant) writes the same keys.
        recalculate.run();
        assertEquals(PARTICIPANTS, itemsOf(DAY_ONE));
        assertEquals(200, getStandings(DAY_ONE).getStatusCode());
    }

    @Test
    void theNextDaysRunLeavesThePreviousDayReadable() throws JsonProcessingException {
        RecalculateStandings recalculate = recalculation(dynamo);
        recalculate.run();
        String dayOne = getStandings(null).getBody();
        praise(YEAR, id(7), Channel.BRANCH, 5, true);
        clock.set(NIGHT.plus(Duration.ofDays(1)));
        recalculate.run();

        assertEquals(DAY_TWO.toString(), Events.body(getStandings(null)).path("date").asText());
        assertEquals(dayOne, getStandings(DAY_ONE).getBody());
        assertEquals(Json.MAPPER.writeValueAsString(StandingsView.of(
                new StandingsSnapshot(YEAR, DAY_TWO, clock.instant(), expectedStandings()))), getStandings(DAY_TWO).getBody());
        assertEquals(404, getStandings(LocalDate.of(2027, 3, 4)).getStatusCode());

        // A late run of an earlier day never moves the pointer back.
        clock.set(NIGHT.plus(Duration.ofHours(3)));
        assertFalse(recalculate.run().latest());
        assertEquals(DAY_TWO.toString(), Events.body(getStandings(null)).path("date").asText());
    }

    @Test
    void aRunKilledHalfWayLeavesThePreviousSnapshotLatestAndWhole() {
        recalculation(dynamo).run();
        StandingsSnapshot dayOne = new DynamoStandingsStore(dynamo, table, clock).latest(YEAR).orElseThrow();
        String dayOneBody = getStandings(null).getBody();

        praise(YEAR, id(8), Channel.ONLINE, 2, true);
        clock.set(NIGHT.plus(Duration.ofDays(1)));
        DynamoDbClient dying = failingAfterBatchWrites(dynamo, 1);
        RuntimeException killed = assertThrows(RuntimeException.class, () -> recalculation(dying).run());
        assertEquals("killed half-way", killed.getMessage());
        int partial = itemsOf(DAY_TWO);
        assertTrue(partial > 0 && partial < PARTICIPANTS, "some rows of day two were written: " + partial);

        assertEquals(dayOne, new DynamoStandingsStore(dynamo, table, clock).latest(YEAR).orElseThrow());
        assertEquals(dayOneBody, getStandings(null).getBody());
        assertEquals(404, getStandings(DAY_TWO).getStatusCode(), "rows without a header are no snapshot");

        // The scheduler's retry completes the day and clears the dead run's rows.
        clock.advance(Duration.ofMinutes(1));
        recalculation(dynamo).run();
        assertEquals(DAY_TWO.toString(), Events.body(getStandings(null)).path("date").asText());
        assertEquals(PARTICIPANTS + 1, itemsOf(DAY_TWO));
        assertEquals(dayOneBody, getStandings(DAY_ONE).getBody());
    }

    @Test
    void aRunKilledAtAnyOfItsCallsLeavesTheLatestStandingsWholeAndTheRetryCompletesIt() throws Exception {
        recalculation(dynamo).run();
        String dayOneBody = getStandings(null).getBody();
        praise(YEAR, id(8), Channel.ONLINE, 2, true);
        clock.set(NIGHT.plus(Duration.ofDays(1)));

        // Every body a reader may see: day one, or day two as one of the runs so far computed it.
        Set<String> whole = new HashSet<>(Set.of(dayOneBody));
        boolean dayTwoSeen = false;
        int killed = 0;
        for (int call = 1; ; call++) {
            boolean finished = false;
            for (boolean afterTheCall : new boolean[] {false, true}) {
                clock.advance(Duration.ofMinutes(1));
                whole.add(Json.MAPPER.writeValueAsString(StandingsView.of(
                        new StandingsSnapshot(YEAR, DAY_TWO, clock.instant(), expectedStandings()))));
                DynamoFaults death = DynamoFaults.deathAt(call, afterTheCall);
                try (DynamoDbClient dying = death.client(LocalDynamoDb.shared())) {
                    recalculation(dying).run();
                    finished = death.calls() < call;
                    assertTrue(finished, "a run that made its " + call + "th call survived its death");
                } catch (RuntimeException e) {
                    assertTrue(DynamoFaults.injected(e), "died of the injected fault: " + e);
                    killed++;
                }
                APIGatewayV2HTTPResponse latest = getStandings(null);
                assertEquals(200, latest.getStatusCode(), latest.getBody());
                assertTrue(whole.contains(latest.getBody()), "killed at call " + call + (afterTheCall ? " (after)" : "")
                        + ": the latest standings are a whole snapshot");
                boolean dayTwo = !latest.getBody().equals(dayOneBody);
                assertTrue(dayTwo || !dayTwoSeen, "the latest standings never go back a day");
                dayTwoSeen |= dayTwo;
                APIGatewayV2HTTPResponse ofDayTwo = getStandings(DAY_TWO);
                assertTrue(ofDayTwo.getStatusCode() == 404 || whole.contains(ofDayTwo.getBody()),
                        "day two is absent or whole: " + ofDayTwo.getStatusCode());
                if (finished) {
                    break;
                }
            }
            if (finished) {
                break;
            }
        }
        assertTrue(killed > 10, "runs were killed at many points: " + killed);
        // The run that finished cleared the dead runs' rows: one header and the rows of one run.
        assertEquals(PARTICIPANTS + 1, itemsOf(DAY_TWO));
        assertEquals(DAY_TWO.toString(), Events.body(getStandings(null)).path("date").asText());
        assertEquals(dayOneBody, getStandings(DAY_ONE).getBody());
        System.out.printf("recalculation killed at each of its DynamoDB calls: %d killed runs, then one whole%n", killed);
    }

    /**
     * A day's snapshot carries the table's TTL attribute, the day + 35 days, on every row and its
     * header (never on the pointer). From that instant the day reads as a day without a snapshot,
     * whether DynamoDB's TTL has deleted nothing of it yet, some rows, or the header too.
     */
    @Test
    void aSnapshotExpiresAfterTheRetentionAndThenReadsAsADayWithoutOne() {
        recalculation(dynamo).run();
        clock.set(NIGHT.plus(Duration.ofDays(1)));
        recalculation(dynamo).run();
        // 5 March + 35 days: readable to the end of 9 April, Riga time.
        Instant expiry = LocalDate.of(2027, 4, 10).atStartOfDay(Campaign.RIGA).toInstant();
        List<Map<String, AttributeValue>> items = itemsOfDay(DAY_ONE);
        assertEquals(PARTICIPANTS + 1, items.size());
        for (Map<String, AttributeValue> item : items) {
            assertEquals(Long.toString(expiry.getEpochSecond()), item.get("purgeAt").n(), item.get("SK").s());
        }
        assertEquals(Long.toString(expiry.plus(Duration.ofDays(1)).getEpochSecond()),
                itemsOfDay(DAY_TWO).get(0).get("purgeAt").n());
        Map<String, AttributeValue> pointer = dynamo.getItem(r -> r.tableName(table).consistentRead(true).key(Map.of(
                "PK", AttributeValue.fromS("CAMPAIGN#" + YEAR), "SK", AttributeValue.fromS("STANDINGS#LATEST")))).item();
        assertFalse(pointer.containsKey("purgeAt"), "the pointer never expires");

        String dayOne = getStandings(DAY_ONE).getBody();
        clock.set(expiry.minusSeconds(1));
        assertEquals(dayOne, getStandings(DAY_ONE).getBody(), "readable to its last second");

        clock.set(expiry);
        LocalDate neverComputed = LocalDate.of(2027, 3, 4);
        String absent = getStandings(neverComputed).getBody().replace(neverComputed.toString(), DAY_ONE.toString());
        assertEquals(404, getStandings(DAY_ONE).getStatusCode(), "expired, though every item is still stored");
        assertEquals(absent, getStandings(DAY_ONE).getBody(), "the answer of a day with no snapshot");
        assertEquals(PARTICIPANTS + 1, itemsOf(DAY_ONE));
        assertEquals(DAY_TWO.toString(), Events.body(getStandings(null)).path("date").asText(), "the next day's stays");

        // TTL deletes lazily, item by item: some rows gone, the header still there – even seen by a clock a
        // second behind DynamoDB's – and at last the header. Always the same answer, never a 500.
        for (Map<String, AttributeValue> item : items.subList(0, PARTICIPANTS / 2)) {
            dynamo.deleteItem(r -> r.tableName(table).key(Map.of("PK", item.get("PK"), "SK", item.get("SK"))));
        }
        assertEquals(absent, getStandings(DAY_ONE).getBody());
        clock.set(expiry.minusSeconds(1));
        assertEquals(404, getStandings(DAY_ONE).getStatusCode(), "half-deleted by TTL is no snapshot either");
        clock.set(expiry);
        items.stream().filter(item -> item.get("SK").s().startsWith("HEADER#")).forEach(item ->
                dynamo.deleteItem(r -> r.tableName(table).key(Map.of("PK", item.get("PK"), "SK", item.get("SK")))));
        assertEquals(absent, getStandings(DAY_ONE).getBody());

        // With no run since, the latest snapshot expires too: no standings, as before the first run.
        clock.set(expiry.plus(Duration.ofDays(1)));
        assertEquals(404, getStandings(null).getStatusCode());
    }

    // --- helpers ---

    private RecalculateStandings recalculation(DynamoDbClient client) {
        return new RecalculateStandings(YEAR,
                new DynamoCampaignStore(client, table),
                new DynamoParticipantStore(client, table),
                new DynamoEvaluationStore(client, table),
                new DynamoScoringSource(client, table, 4),
                new DynamoStandingsStore(client, table, clock, 2),
                clock);
    }

    private APIGatewayV2HTTPResponse getStandings(LocalDate date) {
        APIGatewayV2HTTPEvent event = Events.load("get-standings.json");
        if (date != null) {
            event.setQueryStringParameters(Map.of("date", date.toString()));
        }
        return new GetStandingsHandler(new ReadStandings(YEAR, new DynamoStandingsStore(dynamo, table, clock)))
                .handleRequest(event, null);
    }

    /** The engine on the confirmed praise the test seeded (all the recalculation reads), computed without the table. */
    private Standings expectedStandings() {
        ScoringRules rules = ScoringRules.forCampaign(Fixtures.firstFormulaCampaign());
        ComponentTally tally = new ComponentTally(rules);
        for (Praise praise : seededPraise) {
            if (praise.campaignYear() == YEAR && praise.status() == PraiseStatus.CONFIRMED) {
                tally.add(praise.participantId(), praise.channel(), praise.stars(),
                        praise.status() == PraiseStatus.CONFIRMED, rejectedPraise.contains(praise.id()));
            }
        }
        return ScoringEngine.score(seededParticipants.stream().map(ParticipantProfile::of).toList(), tally,
                seededEvaluations, rules);
    }

    private Praise praise(int year, String participantId, Channel channel, int stars, boolean confirmed) {
        String id = UUID.randomUUID().toString();
        Instant at = NIGHT.minus(Duration.ofDays(1));
        Praise pending = Praise.pending(id, year, "Dalībnieks",
                new Praise.Content(participantId, null, null, stars, List.of(), "Paldies!", channel, Lang.LV),
                "hash-" + id, "token-" + id, at, at.plus(Duration.ofDays(3)));
        praiseStore.savePending(pending);
        Praise stored = pending;
        if (confirmed) {
            praiseStore.confirm(pending, at.plusSeconds(60));
            stored = praiseStore.find(id).orElseThrow();
        }
        seededPraise.add(stored);
        return stored;
    }

    private int itemsOf(LocalDate date) {
        return dynamo.query(r -> r.tableName(table).select(Select.COUNT).consistentRead(true)
                .keyConditionExpression("PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("STANDINGS#" + YEAR + "#" + date))))
                .count();
    }

    private List<Map<String, AttributeValue>> itemsOfDay(LocalDate date) {
        return dynamo.query(r -> r.tableName(table).consistentRead(true)
                .keyConditionExpression("PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("STANDINGS#" + YEAR + "#" + date))))
                .items();
    }

    private static String id(int i) {
        return String.format(Locale.ROOT, "p%02d", i);
    }

    /** A client that works until its n-th BatchWriteItem, then fails every call: a run dying half-way. */
    private static DynamoDbClient failingAfterBatchWrites(DynamoDbClient real, int n) {
        AtomicInteger batchWrites = new AtomicInteger();
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("batchWriteItem") && batchWrites.incrementAndGet() > n) {
                        throw new IllegalStateException("killed half-way");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
