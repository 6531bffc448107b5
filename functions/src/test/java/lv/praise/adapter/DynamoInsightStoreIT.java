package lv.praise.adapter;

import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.praise.domain.Campaign;
import lv.praise.domain.Channel;
import lv.praise.domain.Lang;
import lv.praise.domain.Participant;
import lv.praise.domain.Praise;
import lv.praise.domain.insight.InsightCounts;
import lv.praise.domain.insight.ParticipantInsight;
import lv.praise.domain.insight.ReadInsight;
import lv.praise.domain.insight.RebuildInsight;
import lv.praise.domain.moderation.ModeratedPraise;
import lv.praise.domain.moderation.ModerationStatus;
import lv.praise.domain.moderation.RejectReason;
import lv.praise.domain.standings.RecalculateStandings;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * The insight's items on DynamoDB Local (issue 18): a decision moves the participant's counters in its own
 * transaction, the nightly rebuild arrives at the same counters, and a page load reads only the participant's own
 * items and at most three BENCHMARK items – every call counted at the SDK, as it goes on the wire.
 */
class DynamoInsightStoreIT {
    private static final Instant AT = Instant.parse(YEAR + "-03-04T08:00:00Z");
    private static final String ID = "veikals-0";
    private final LocalDynamoDb local = LocalDynamoDb.shared();
    /** Every request the client sent, in order. */
    private final List<SdkRequest> sent = Collections.synchronizedList(new ArrayList<>());
    /** Praise ids the ByWall index doesn't show yet (its lag, made at the wire). */
    private final java.util.Set<String> notIndexedYet = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Praise ids ByWall is still catching up on: each of its answers leaves them out, then takes in the first. */
    private final java.util.concurrent.ConcurrentLinkedDeque<String> catchingUp = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private DynamoDbClient dynamo;
    private String table;
    private DynamoPraiseStore praises;
    private DynamoModerationStore moderation;
    private DynamoInsightStore insight;
    private final Clock clock = Fixtures.clockAt(Instant.parse(YEAR + "-03-10T10:00:00Z"));

    @BeforeEach
    void freshTable() {
        dynamo = local.client(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                sent.add(context.request());
            }

            /** ByWall lags the table in AWS (DynamoDB Local's doesn't): a praise listed here is not on it yet. */
            @Override
            public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
                if (context.request() instanceof QueryRequest q && DynamoModerationStore.BY_WALL.equals(q.indexName())
                        && context.response() instanceof QueryResponse r
                        && (!notIndexedYet.isEmpty() || !catchingUp.isEmpty())) {
                    java.util.Set<String> missing = new java.util.HashSet<>(notIndexedYet);
                    missing.addAll(catchingUp);
                    if (Keys.wallKey(YEAR, ID).equals(q.expressionAttributeValues().get(":key").s())) {
                        catchingUp.pollFirst();
                    }
                    List<Map<String, AttributeValue>> shown = r.items().stream()
                            .filter(item -> !missing.contains(item.get("id").s())).toList();
                    return r.toBuilder().items(shown).count(shown.size()).build();
                }
                return context.response();
            }
        }));
        table = local.createFreshTable(SamTemplate.load(), "PraiseTable");
        new DynamoCampaignStore(dynamo, table).save(Campaign.defaults(YEAR));
        DynamoParticipantStore participants = new DynamoParticipantStore(dynamo, table);
        for (int i = 0; i < 6; i++) {
            participants.save(new Participant(YEAR, "veikals-" + i, "Veikals " + i, "B2C", "TRADE", "SMALL",
                    List.of("Rīga, Brīvības 1"), null, 0));
        }
        praises = new DynamoPraiseStore(dynamo, table);
        moderation = new DynamoModerationStore(dynamo, table);
        insight = new DynamoInsightStore(dynamo, table);
    }

    @AfterEach
    void close() {
        dynamo.close();
    }

    private ModeratedPraise confirmed(String participantId, int stars, String employee, int minute) {
        String id = UUID.randomUUID().toString().replace("-", "");
        Praise p = Praise.pending(id, YEAR, "Veikals",
                new Praise.Content(participantId, null, employee, stars, List.of("speed"), "Paldies!", Channel.ONLINE,
                        Lang.LV),
                "hash-" + id, "token-" + id, AT, AT.plus(Duration.ofDays(3)));
        praises.savePending(p);
        praises.confirm(p, AT.plusSeconds(60L * minute));
        return moderation.findConfirmed(id).orElseThrow();
    }

    private ModeratedPraise confirmedAt(String participantId, String branch, String employee, int minute) {
        String id = UUID.randomUUID().toString().replace("-", "");
        Praise p = Praise.pending(id, YEAR, "Veikals",
                new Praise.Content(participantId, branch, employee, 5, List.of("speed"), "Paldies!",
                        branch == null ? Channel.ONLINE : Channel.BRANCH, Lang.LV),
                "hash-" + id, "token-" + id, AT, AT.plus(Duration.ofDays(3)));
        praises.savePending(p);
        praises.confirm(p, AT.plusSeconds(60L * minute));
        return moderation.findConfirmed(id).orElseThrow();
    }

    private Map<String, AttributeValue> insightItem(String participantId) {
        return dynamo.getItem(r -> r.tableName(table).key(Map.of("PK", AttributeValue.fromS("CAMPAIGN#" + YEAR),
                "SK", AttributeValue.fromS("INSIGHT#" + participantId))).consistentRead(true)).item();
    }

    /** Every item of the table that holds this text anywhere (a name, a value, a key). */
    private List<Map<String, AttributeValue>> itemsHolding(String text) {
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        dynamo.scanPaginator(r -> r.tableName(table).consistentRead(true)).items().forEach(item -> {
            if (item.toString().contains(text)) {
                found.add(item);
            }
        });
        return found;
    }

    private ModeratedPraise decide(ModeratedPraise current, ModerationStatus to) {
        ModeratedPraise decided = current.decided(to, to == ModerationStatus.REJECTED ? RejectReason.SPAM : null,
                Fixtures.organiser("anna@example.lv"), AT.plusSeconds(3600));
        assertEquals(lv.praise.domain.moderation.ModerationStore.DecideOutcome.CHANGED, moderation.decide(current, decided));
        return moderation.findConfirmed(current.id()).orElseThrow();
    }

    @Test
    void approvingAndTakingApprovalAwayMoveTheCountersInTheDecisionsTransaction() {
        ModeratedPraise p = confirmed(ID, 5, "Anna Bērziņa", 1);
        assertEquals(InsightCounts.EMPTY.counters(), insight.counts(YEAR, ID).counters(), "pending praise counts nothing");

        sent.clear();
        ModeratedPraise approved = decide(p, ModerationStatus.APPROVED);
        List<TransactWriteItemsRequest> transactions = sent.stream().filter(TransactWriteItemsRequest.class::isInstance)
                .map(TransactWriteItemsRequest.class::cast).toList();
        assertEquals(1, transactions.size());
        List<String> written = transactions.get(0).transactItems().stream()
                .map(t -> t.update() != null ? t.update().key().get("SK").s() : t.put() != null ? t.put().item().get("SK").s() : "?")
                .toList();
        assertTrue(written.contains("INSIGHT#" + ID), "the counters are in the decision's transaction: " + written);
        assertTrue(written.contains("INSIGHT#" + ID + "#e#anna berzina"), "the employee's own counter too: " + written);
        assertTrue(written.stream().allMatch(sk -> sk.equals("PRAISE") || sk.endsWith("#" + ID)
                        || sk.startsWith("INSIGHT#" + ID + "#")),
                "no item outside the participant's own: " + written);

        InsightCounts after = insight.counts(YEAR, ID);
        assertEquals(1, after.get(InsightCounts.APPROVED));
        assertEquals(5, after.get(InsightCounts.STARS_SUM));
        assertEquals(1, after.get("e#anna berzina"));
        assertEquals(1, after.get("d#" + YEAR + "-03-04"));
        assertEquals("Anna Bērziņa", after.names().get("anna berzina"));
        assertEquals(1, after.version());

        decide(approved, ModerationStatus.REJECTED);
        InsightCounts rejected = insight.counts(YEAR, ID);
        assertEquals(0, rejected.get(InsightCounts.APPROVED));
        assertEquals(0, rejected.get("e#anna berzina"));
        assertEquals(2, rejected.version());
        ParticipantInsight view = new ReadInsight(new DynamoCampaignStore(dynamo, table), insight, clock).read(YEAR, ID);
        assertTrue(view.texts().isEmpty(), "rejected praise never reaches the participant");
        assertTrue(view.employees().isEmpty());
    }

    @Test
    void erasingAnApprovedPraiseTakesItsCountersAwayInTheSameWrite() {
        ModeratedPraise approved = decide(confirmed(ID, 4, "Līga", 2), ModerationStatus.APPROVED);
        decide(confirmed(ID, 5, "Līga", 3), ModerationStatus.APPROVED);
        assertEquals(2, insight.counts(YEAR, ID).get("e#liga"));
        assertEquals(lv.praise.domain.erasure.ErasureStore.EraseOutcome.ERASED, new DynamoErasureStore(dynamo, table)
                .erase(approved.id(), Fixtures.organiser("anna@example.lv"), AT.plusSeconds(7200)));
        InsightCounts after = insight.counts(YEAR, ID);
        assertEquals(1, after.get(InsightCounts.APPROVED));
        assertEquals(5, after.get(InsightCounts.STARS_SUM));
        assertEquals(1, after.get("e#liga"));
    }

    @Test
    void theNightlyRebuildArrivesAtTheIncrementalCountsAndWritesTheBenchmarkGroups() {
        int minute = 0;
        for (int i = 0; i < 6; i++) {
            String id = "veikals-" + i;
            for (int n = 0; n <= i; n++) {
                ModeratedPraise p = decide(confirmed(id, 1 + (n + i) % 5, n % 2 == 0 ? "Anna Bērziņa" : "anna  berzina", minute++),
                        ModerationStatus.APPROVED);
                if (n == 1) {
                    decide(p, ModerationStatus.REJECTED);
                }
            }
            confirmed(id, 2, "Pending Name", minute++);
        }
        Map<String, Map<String, Long>> incremental = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            incremental.put("veikals-" + i, insight.counts(YEAR, "veikals-" + i).positive());
        }
        RecalculateStandings nightly = new RecalculateStandings(YEAR, new DynamoCampaignStore(dynamo, table),
                new DynamoParticipantStore(dynamo, table), new DynamoEvaluationStore(dynamo, table),
                new DynamoScoringSource(dynamo, table), new DynamoStandingsStore(dynamo, table, clock), clock)
                .then((run, published) -> new RebuildInsight(insight, clock).rebuild(run, published));
        nightly.run();
        for (int i = 0; i < 6; i++) {
            InsightCounts rebuilt = insight.counts(YEAR, "veikals-" + i);
            assertEquals(incremental.get("veikals-" + i), rebuilt.positive(), "veikals-" + i);
            assertTrue(rebuilt.score() != null, "the standings line is kept with the counters");
            assertFalse(rebuilt.score().published());
        }
        ParticipantInsight view = new ReadInsight(new DynamoCampaignStore(dynamo, table), insight, clock).read(YEAR, "veikals-5");
        ParticipantInsight.Benchmark industry = view.benchmarks().get(0);
        assertEquals("industry", industry.group());
        assertEquals(6, industry.participants());
        assertTrue(industry.enough());
        long approved = incremental.values().stream().mapToLong(c -> c.getOrDefault(InsightCounts.APPROVED, 0L)).sum();
        long stars = incremental.values().stream().mapToLong(c -> c.getOrDefault(InsightCounts.STARS_SUM, 0L)).sum();
        assertEquals(new java.math.BigDecimal(stars).divide(new java.math.BigDecimal(approved), 2, java.math.RoundingMode.HALF_UP),
                industry.groupMeanStars());
        assertEquals(1, view.employees().size(), "two spellings differing in case, diacritics and blanks are one key");
        assertTrue(view.years().isEmpty(), "this year is no earlier year");
        var kept = insight.history("veikals-5", YEAR + 1);
        assertEquals(1, kept.size(), "this year's figures are kept in the history partition for next year's page");
        assertEquals(incremental.get("veikals-5").get(InsightCounts.APPROVED), kept.get(0).approved());
    }

    @Test
    void theInsightItemDoesNotGrowWithTheEmployeesAndBranchesNamed() {
        decide(confirmedAt(ID, "Filiāle 0", "Darbiniece Nr 0", 0), ModerationStatus.APPROVED);
        int attributes = insightItem(ID).size();
        for (int i = 1; i < 40; i++) {
            decide(confirmedAt(ID, "Filiāle " + i, "Darbiniece Nr " + i, i), ModerationStatus.APPROVED);
        }
        assertEquals(attributes, insightItem(ID).size(),
                "a new employee or branch adds no attribute to the item every approval updates: " + insightItem(ID).keySet());
        InsightCounts counts = insight.counts(YEAR, ID);
        assertEquals(40, counts.with(InsightCounts.EMPLOYEE).size());
        assertEquals(40, counts.with(InsightCounts.BRANCH).size());
        assertEquals("Darbiniece Nr 7", counts.names().get("darbiniece nr 7"));
        ParticipantInsight view = new ReadInsight(new DynamoCampaignStore(dynamo, table), insight, clock).read(YEAR, ID);
        assertEquals(40, view.employees().size());
        assertEquals(40, view.praise().branches().size());
        List<Praise> all = insight.approved(YEAR, ID);
        assertEquals(40, all.size(), "the cards' read: every approved praise");
        assertEquals("Darbiniece Nr 39", all.get(0).employee(), "newest first");

        // The nightly rebuild arrives at the same counts, and writes the same few attributes.
        Map<String, Long> decided = counts.positive();
        nightly().run();
        assertEquals(decided, insight.counts(YEAR, ID).positive());
        assertEquals(Map.of("darbiniece nr 7", "Darbiniece Nr 7"), Map.of("darbiniece nr 7",
                insight.counts(YEAR, ID).names().get("darbiniece nr 7")));
        assertTrue(insightItem(ID).size() <= attributes + 4, "rebuilt: " + insightItem(ID).keySet());
    }

    @Test
    void theRebuildRepairsThePartsThatDifferAndDeletesThoseNothingNamesNow() {
        ModeratedPraise atBranch = decide(confirmedAt(ID, "Filiāle A", "Ilze", 1), ModerationStatus.APPROVED);
        decide(confirmedAt(ID, "Filiāle B", "Ilze", 2), ModerationStatus.APPROVED);
        decide(atBranch, ModerationStatus.REJECTED);
        Map<String, AttributeValue> emptied = Map.of("PK", AttributeValue.fromS("CAMPAIGN#" + YEAR),
                "SK", AttributeValue.fromS("INSIGHT#" + ID + "#b#Filiāle A"));
        assertEquals("0", dynamo.getItem(r -> r.tableName(table).key(emptied)).item().get("count").n(),
                "a decision leaves a branch's zero (no name of a person in it)");
        // A counter gone wrong (say, written by an earlier version): the night puts it right.
        Map<String, AttributeValue> ilze = Map.of("PK", AttributeValue.fromS("CAMPAIGN#" + YEAR),
                "SK", AttributeValue.fromS("INSIGHT#" + ID + "#e#ilze"));
        dynamo.updateItem(r -> r.tableName(table).key(ilze).updateExpression("SET #c = :c")
                .expressionAttributeNames(Map.of("#c", "count")).expressionAttributeValues(Map.of(":c", AttributeValue.fromN("7"))));

        nightly().run();
        var gone = dynamo.getItem(r -> r.tableName(table).key(emptied).consistentRead(true));
        assertTrue(!gone.hasItem() || gone.item().isEmpty(), "the zero is deleted");
        assertEquals("1", dynamo.getItem(r -> r.tableName(table).key(ilze).consistentRead(true)).item().get("count").n());
        InsightCounts after = insight.counts(YEAR, ID);
        assertEquals(Map.of("Filiāle B", 1L), after.with(InsightCounts.BRANCH));
        assertEquals(Map.of("ilze", 1L), after.with(InsightCounts.EMPLOYEE));
    }

    @Test
    void erasingTheLastPraiseNamingAnEmployeeRemovesTheNameInTheSameWrite() {
        ModeratedPraise only = decide(confirmed(ID, 4, "Ēriks Zīlīte", 2), ModerationStatus.APPROVED);
        ModeratedPraise other = decide(confirmed(ID, 5, "Līga", 3), ModerationStatus.APPROVED);
        ModeratedPraise again = decide(confirmed(ID, 5, "līga", 4), ModerationStatus.APPROVED);
        assertTrue(itemsHolding("Ēriks Zīlīte").stream().anyMatch(i -> !i.containsKey("text")),
                "while approved, the insight keeps the name beside the praise");

        assertEquals(lv.praise.domain.erasure.ErasureStore.EraseOutcome.ERASED, new DynamoErasureStore(dynamo, table)
                .erase(only.id(), Fixtures.organiser("anna@example.lv"), AT.plusSeconds(7200)));
        assertEquals(List.of(), itemsHolding("Ēriks Zīlīte"), "no item keeps the erased praise's employee name");
        assertEquals(List.of(), itemsHolding("eriks zilite"), "nor its key");
        assertEquals(0, insight.counts(YEAR, ID).get("e#eriks zilite"));

        // Approval taken away from the last praise naming Līga: her name goes too; one of two: it stays.
        decide(other, ModerationStatus.REJECTED);
        assertEquals(1, insight.counts(YEAR, ID).get("e#liga"));
        decide(again, ModerationStatus.REJECTED);
        assertEquals(0, insight.counts(YEAR, ID).get("e#liga"));
        assertTrue(itemsHolding("liga").isEmpty() && itemsHolding("Līga").stream().allMatch(i -> i.containsKey("text")),
                "only the praise items themselves still name her: " + itemsHolding("Līga"));
    }

    @Test
    void anApprovalBetweenTheEmployeesReadAndTheLastOnesRemovalKeepsTheName() {
        ModeratedPraise first = decide(confirmed(ID, 5, "Inese", 1), ModerationStatus.APPROVED);
        ModeratedPraise second = confirmed(ID, 4, "inese", 2);
        // Another moderator approves the second praise naming Inese right after this decision read her count (1)
        // and before its transaction (delete her part on count <= 1) arrives: that condition fails, it is built again.
        DynamoModerationStore other = new DynamoModerationStore(local.client(), table);
        java.util.concurrent.atomic.AtomicBoolean raced = new java.util.concurrent.atomic.AtomicBoolean();
        DynamoDbClient racing = local.client(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof TransactWriteItemsRequest t && !raced.getAndSet(true)
                        && t.transactItems().stream().anyMatch(i -> i.delete() != null)) {
                    assertEquals(lv.praise.domain.moderation.ModerationStore.DecideOutcome.CHANGED, other.decide(second,
                            second.decided(ModerationStatus.APPROVED, null, Fixtures.organiser("b@example.lv"),
                                    AT.plusSeconds(3000))));
                }
            }
        }));
        try {
            ModeratedPraise current = new DynamoModerationStore(racing, table).findConfirmed(first.id()).orElseThrow();
            assertEquals(lv.praise.domain.moderation.ModerationStore.DecideOutcome.CHANGED,
                    new DynamoModerationStore(racing, table).decide(current, current.decided(ModerationStatus.REJECTED,
                            RejectReason.SPAM, Fixtures.organiser("anna@example.lv"), AT.plusSeconds(3600))));
        } finally {
            racing.close();
        }
        assertTrue(raced.get(), "the race happened");
        InsightCounts after = insight.counts(YEAR, ID);
        assertEquals(1, after.get("e#inese"), "one praise names her now");
        assertEquals("inese", after.names().get("inese"), "and her name stays with it");
        assertEquals(1, after.get(InsightCounts.APPROVED));
    }

    private RecalculateStandings nightly() {
        return new RecalculateStandings(YEAR, new DynamoCampaignStore(dynamo, table), new DynamoParticipantStore(dynamo, table),
                new DynamoEvaluationStore(dynamo, table), new DynamoScoringSource(dynamo, table),
                new DynamoStandingsStore(dynamo, table, clock), clock)
                .then((run, published) -> new RebuildInsight(insight, clock).rebuild(run, published));
    }

    @Test
    void aRebuildWhoseIndexIsBehindTheDecisionsKeepsTheirCountersAndStillWritesTheLine() {
        decide(confirmed(ID, 4, "Līga", 1), ModerationStatus.APPROVED);
        ModeratedPraise newest = decide(confirmed(ID, 5, "Jānis", 2), ModerationStatus.APPROVED);
        // Approved moments before the night: the table has them, ByWall is still taking them in, one a read.
        List<String> justApproved = new ArrayList<>();
        for (int i = 0; i < DynamoInsightStore.REBUILD_ATTEMPTS; i++) {
            justApproved.add(decide(confirmed(ID, 3, "Anna", 3 + i), ModerationStatus.APPROVED).id());
        }
        Map<String, Long> decided = insight.counts(YEAR, ID).positive();
        assertEquals(2 + DynamoInsightStore.REBUILD_ATTEMPTS, decided.get(InsightCounts.APPROVED));

        catchingUp.addAll(justApproved);
        notIndexedYet.add(newest.id());
        nightly().run();
        assertTrue(catchingUp.isEmpty(), "the index moved on every read");
        InsightCounts after = insight.counts(YEAR, ID);
        assertEquals(decided, after.positive(), "the praise the index missed is still counted");
        assertEquals(1, after.get("e#janis"));
        assertTrue(after.score() != null, "the standings line is written all the same");
        assertTrue(after.rebuiltAt() != null);

        // The index caught up: the next night counts from it.
        notIndexedYet.clear();
        nightly().run();
        assertEquals(decided, insight.counts(YEAR, ID).positive());
    }

    @Test
    void aCounterGoneWrongThatEveryReadContradictsAlikeIsRepairedByTheNight() {
        decide(confirmedAt(ID, "Filiāle A", "Ilze", 1), ModerationStatus.APPROVED);
        decide(confirmed(ID, 5, "Jānis", 2), ModerationStatus.APPROVED);
        Map<String, Long> right = insight.counts(YEAR, ID).positive();
        // Gone wrong: the counter says 7 (an earlier version's arithmetic), and Ilze's part was never written
        // (counted before the parts existed). The version is past 0: decisions moved it.
        dynamo.updateItem(r -> r.tableName(table).key(Map.of("PK", AttributeValue.fromS("CAMPAIGN#" + YEAR),
                        "SK", AttributeValue.fromS("INSIGHT#" + ID))).updateExpression("SET #c = :c")
                .expressionAttributeNames(Map.of("#c", InsightCounts.APPROVED))
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromN("7"))));
        dynamo.deleteItem(r -> r.tableName(table).key(Map.of("PK", AttributeValue.fromS("CAMPAIGN#" + YEAR),
                "SK", AttributeValue.fromS("INSIGHT#" + ID + "#e#ilze"))));
        assertEquals(7, insight.counts(YEAR, ID).get(InsightCounts.APPROVED));
        assertTrue(insight.counts(YEAR, ID).version() > 0);

        nightly().run();
        InsightCounts after = insight.counts(YEAR, ID);
        assertEquals(right, after.positive(), "what every read of the index agreed on replaces the wrong counters");
        assertEquals(1, after.get("e#ilze"), "and the missing part is written");
        assertTrue(after.score() != null);
    }

    @Test
    void aPageLoadReadsOnlyTheParticipantsOwnItemsAndAtMostThreeBenchmarkItems() {
        for (int i = 0; i < 4; i++) {
            decide(confirmed("veikals-" + i, 4, "Jānis", i), ModerationStatus.APPROVED);
        }
        new RecalculateStandings(YEAR, new DynamoCampaignStore(dynamo, table), new DynamoParticipantStore(dynamo, table),
                new DynamoEvaluationStore(dynamo, table), new DynamoScoringSource(dynamo, table),
                new DynamoStandingsStore(dynamo, table, clock), clock)
                .then((run, published) -> new RebuildInsight(insight, clock).rebuild(run, published)).run();

        sent.clear();
        ParticipantInsight view = new ReadInsight(new DynamoCampaignStore(dynamo, table), insight, clock).read(YEAR, ID);
        assertEquals(1, view.praise().approved());
        List<SdkRequest> reads = List.copyOf(sent);
        List<String> keys = new ArrayList<>();
        int benchmarkItems = 0;
        for (SdkRequest r : reads) {
            if (r instanceof GetItemRequest g) {
                keys.add(g.key().get("PK").s() + " " + g.key().get("SK").s());
            } else if (r instanceof QueryRequest q) {
                keys.add(q.expressionAttributeValues().values().stream().map(AttributeValue::s).sorted().toList().toString());
            } else if (r instanceof BatchGetItemRequest b) {
                for (var k : b.requestItems().get(table).keys()) {
                    assertTrue(k.get("SK").s().startsWith("BENCHMARK#"), k.toString());
                    benchmarkItems++;
                }
            } else {
                throw new AssertionError("a page load only reads: " + r.getClass().getSimpleName());
            }
        }
        assertEquals(List.of(
                "CAMPAIGN#" + YEAR + " PARTICIPANT#" + ID,
                "CAMPAIGN#" + YEAR + " CAMPAIGN",
                "CAMPAIGN#" + YEAR + " INSIGHT#" + ID,
                "[CAMPAIGN#" + YEAR + ", INSIGHT#" + ID + "#]",
                "CAMPAIGN#" + YEAR + " MERGES#" + ID,
                "[" + YEAR + "#" + ID + "]",
                "CAMPAIGN#" + YEAR + " CRITERIA#" + ID,
                "[HISTORY#" + ID + "]"), keys);
        assertTrue(benchmarkItems <= 3 && benchmarkItems > 0, "benchmark items read: " + benchmarkItems);
        assertEquals(9, reads.size(), "eight of its own reads and one BatchGetItem of the groups");
    }
}
