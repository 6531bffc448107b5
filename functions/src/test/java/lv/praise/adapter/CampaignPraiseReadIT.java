package lv.praise.adapter;

import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import lv.praise.domain.Campaign;
import lv.praise.domain.Channel;
import lv.praise.domain.Lang;
import lv.praise.domain.Participant;
import lv.praise.domain.Praise;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.moderation.ModeratedPraise;
import lv.praise.domain.moderation.ModerationStatus;
import lv.praise.domain.moderation.RejectReason;
import lv.praise.domain.scoring.ComponentTally;
import lv.praise.domain.scoring.ScoringRules;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.SamTemplate;
import lv.praise.testkit.twin.DynamoTwin;
import lv.praise.testkit.twin.ItemSize;
import lv.praise.testkit.twin.TwinReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The recalculation's and the publication's read of the praise (index ByTally, docs/data-model.md pattern 9)
 * reads only the campaign's own confirmed praise, shown in the DynamoDB twin's capacity accounting: a twin of
 * this test's own counts what each read is billed, and the year before's praise added to the table changes
 * nothing of it. Also: the publication's settled read agrees with the frozen counters or fails, and the
 * back-fill of the index key on a deployed table.
 */
class CampaignPraiseReadIT {
    private static final int PARTICIPANTS = 12;
    /** The year before's praise, loaded past the twin: many more items than this campaign's. */
    private static final int EARLIER_PRAISE = 6_000;
    private static final Instant AT = Instant.parse(YEAR + "-03-10T10:00:00Z");

    private final LocalDynamoDb local = LocalDynamoDb.shared();
    private DynamoTwin twin;
    private DynamoDbClient dynamo;
    /** DynamoDB Local itself, past the twin: seeding and weighing are not counted. */
    private DynamoDbClient upstream;
    private String table;
    private DynamoPraiseStore praises;
    private final ScoringRules rules = ScoringRules.defaults();
    private int confirmed;
    private String firstConfirmed;

    @BeforeEach
    void freshTableBehindATwin() {
        twin = DynamoTwin.start(local.upstreamEndpoint(), DynamoTwin.DEFAULT_HOLD);
        dynamo = LocalDynamoDb.clientFor(twin.endpoint(), o -> { });
        upstream = LocalDynamoDb.clientFor(local.upstreamEndpoint(), o -> { });
        table = local.createFreshTable(SamTemplate.load(), "PraiseTable");
        new DynamoCampaignStore(dynamo, table).save(Campaign.defaults(YEAR));
        DynamoParticipantStore participants = new DynamoParticipantStore(dynamo, table);
        praises = new DynamoPraiseStore(dynamo, table);
        for (int i = 0; i < PARTICIPANTS; i++) {
            participants.save(participant(YEAR, i));
            participants.save(participant(YEAR - 1, i));
        }
        // This campaign, through the stores' own write path: confirmed praise, some left unconfirmed, one rejected.
        for (int i = 0; i < 60; i++) {
            Praise p = submit(YEAR, String.format("dalibnieks-%02d", i % PARTICIPANTS), i % 5 + 1);
            if (i % 6 != 5) {
                firstConfirmed = firstConfirmed == null ? p.id() : firstConfirmed;
                assertEquals(lv.praise.domain.intake.PraiseStore.ConfirmOutcome.CONFIRMED, praises.confirm(p, AT.plusSeconds(i)));
                confirmed++;
            }
        }
        // One rejected by an organiser's decision (its participant's counters move with it): read, not counted.
        DynamoModerationStore moderation = new DynamoModerationStore(dynamo, table);
        ModeratedPraise first = moderation.findConfirmed(firstConfirmed).orElseThrow();
        moderation.decide(first, first.decided(ModerationStatus.REJECTED, RejectReason.SPAM, lv.praise.testkit.Fixtures.organiser("anna@example.lv"),
                AT.plusSeconds(3600)));
        confirmed--;
    }

    @AfterEach
    void stop() {
        dynamo.close();
        upstream.close();
        twin.close();
    }

    @Test
    void aRecalculationInATableWithTheYearBeforesPraiseReadsNoneOfIt() throws Exception {
        Measured before = measuredRead();
        assertEquals(confirmed + 1, before.reading().praiseRead(), "exactly this campaign's confirmed praise");
        assertEquals(confirmed, before.reading().tally().countedPraise());
        assertEquals(1, before.reading().tally().ignoredRejected());
        assertEquals(0, before.reading().tally().ignoredUnconfirmed(), "unconfirmed praise is not in the index");

        loadEarlierYear(EARLIER_PRAISE);
        Measured after = measuredRead();

        assertEquals(before.reading().praiseRead(), after.reading().praiseRead(), "none of the year before's praise read");
        assertEquals(before.report().total().readUnits(), after.report().total().readUnits(),
                "the read is billed the same with " + EARLIER_PRAISE + " praise of the year before in the table");
        assertEquals(List.of("Query"), List.copyOf(after.report().byOperation().keySet()), "no Scan");
        assertEquals(DynamoScoringSource.shards(), after.report().total().requests(), "one Query per shard, one page each");
        // Billed for exactly the campaign's index entries: per shard, 0.5 unit per 4 KB of them.
        assertEquals(billedIndexEntries(YEAR), after.report().total().readUnits(), 1e-9);
        assertTrue(billedIndexEntries(YEAR - 1) > 10 * after.report().total().readUnits(),
                "the year before's entries would cost far more: " + billedIndexEntries(YEAR - 1));
    }

    @Test
    void theSettledReadWaitsForALaggingIndexAndFailsClearlyWhenItNeverAgrees() {
        // A confirmed praise the index has not caught up with: counted on its participant, no key yet.
        Praise lagging = submit(YEAR, "dalibnieks-03", 5);
        praises.confirm(lagging, AT.plusSeconds(500));
        upstream.updateItem(r -> r.tableName(table).key(Keys.praise(lagging.id()))
                .updateExpression("REMOVE " + PraiseItems.TALLY_KEY));

        DynamoScoringSource quick = new DynamoScoringSource(dynamo, table, DynamoScoringSource.DEFAULT_THREADS, 300);
        IllegalStateException never = assertThrows(IllegalStateException.class, () -> quick.settledTally(YEAR, rules));
        assertTrue(never.getMessage().contains("dalibnieks-03: read " + (countedFor("dalibnieks-03")) + ", counted "
                + (countedFor("dalibnieks-03") + 1)), never.getMessage());

        // The index catches up after the first whole read (the key set once every shard has been queried).
        AtomicInteger shardsRead = new AtomicInteger();
        try (DynamoDbClient watched = LocalDynamoDb.clientFor(twin.endpoint(), o -> o.addExecutionInterceptor(
                new ExecutionInterceptor() {
                    @Override
                    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
                        if (context.request() instanceof QueryRequest q && DynamoScoringSource.INDEX.equals(q.indexName())
                                && shardsRead.incrementAndGet() == DynamoScoringSource.shards()) {
                            new TallyKeyBackfill(upstream, table).run(YEAR, null, 100);
                        }
                    }
                }))) {
            ComponentTally settled = new DynamoScoringSource(watched, table, 1).settledTally(YEAR, rules);
            assertEquals(confirmed + 1, settled.countedPraise());
            assertTrue(shardsRead.get() >= 2 * DynamoScoringSource.shards(), "read again: " + shardsRead.get());
        }
    }

    @Test
    void theBackfillSetsTheKeyOnThisCampaignsConfirmedPraiseOnlyOnceAndResumes() {
        // Praise confirmed before the index existed: no key (as a deployed table has it).
        loadEarlierYear(300);
        List<String> ids = new ArrayList<>();
        upstream.scanPaginator(r -> r.tableName(table).filterExpression("attribute_exists(" + PraiseItems.TALLY_KEY + ")"))
                .items().forEach(item -> ids.add(item.get(Keys.PK).s()));
        for (String pk : ids) {
            upstream.updateItem(r -> r.tableName(table).key(Map.of(Keys.PK, AttributeValue.fromS(pk),
                    Keys.SK, AttributeValue.fromS("PRAISE"))).updateExpression("REMOVE " + PraiseItems.TALLY_KEY));
        }
        DynamoScoringSource source = new DynamoScoringSource(dynamo, table);
        assertEquals(0, source.read(YEAR, rules).praiseRead(), "without the key nothing is in the index");

        TallyKeyBackfill backfill = new TallyKeyBackfill(dynamo, table);
        assertThrows(IllegalArgumentException.class, () -> backfill.run(YEAR, "not-a-token", 1));
        long updated = 0;
        int calls = 0;
        String token = null;
        do {
            // Small pages, one a call: a run stopped after any call goes on from its token.
            TallyKeyBackfill.Progress p = backfill.run(YEAR, token, 1, 50);
            updated += p.updated();
            token = p.resumeToken();
            calls++;
        } while (token != null);
        assertTrue(calls > 5, "resumed " + calls + " times");
        assertEquals(confirmed + 1, updated, "this campaign's confirmed praise, none of the year before's, no unconfirmed");
        assertEquals(confirmed + 1, source.read(YEAR, rules).praiseRead());
        assertEquals(0, source.read(YEAR - 1, rules).praiseRead(), "the year before is left as it was");

        TallyKeyBackfill.Progress again = backfill.run(YEAR, null, 1000);
        assertTrue(again.done());
        assertEquals(0, again.updated(), "a second run writes nothing");
        assertEquals(0, again.alreadySet());
    }

    /** A read of this campaign's praise as the recalculation does it, through the twin, with what it was billed. */
    private Measured measuredRead() {
        twin.reset();
        DynamoScoringSource.Reading reading = new DynamoScoringSource(dynamo, table).read(YEAR, rules);
        return new Measured(reading, twin.report());
    }

    private record Measured(DynamoScoringSource.Reading reading, TwinReport report) {
    }

    /** Read units of reading a campaign's ByTally entries, eventually consistent, one request per shard. */
    private double billedIndexEntries(int year) {
        double units = 0;
        for (int shard = 0; shard < DynamoScoringSource.shards(); shard++) {
            long bytes = 0;
            for (Map<String, AttributeValue> entry : upstream.queryPaginator(DynamoScoringSource.request(table, year, shard)
                    .toBuilder().projectionExpression(null).expressionAttributeNames(Map.of("#tally", PraiseItems.TALLY_KEY))
                    .build()).items()) {
                bytes += ItemSize.of(entry);
            }
            units += Math.max(1, (bytes + 4095) / 4096) * 0.5;
        }
        return units;
    }

    private long countedFor(String participantId) {
        return new DynamoScoringSource(dynamo, table).tally(YEAR, rules).count(participantId);
    }

    private Praise submit(int year, String participantId, int stars) {
        String id = UUID.randomUUID().toString();
        Praise p = Praise.pending(id, year, "Dalībnieks",
                new Praise.Content(participantId, null, null, stars, List.of(), "Paldies!", Channel.ONLINE, Lang.LV),
                "hash-" + id, "token-" + id, AT, AT.plus(Duration.ofDays(3)));
        praises.savePending(p);
        return p;
    }

    /** The year before's praise, confirmed, as the write path leaves it, written straight to DynamoDB Local. */
    private void loadEarlierYear(int count) {
        List<WriteRequest> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = String.format("%04d-%08d", YEAR - 1, i);
            Praise p = Praise.pending(id, YEAR - 1, "Dalībnieks",
                    new Praise.Content("dalibnieks-" + (i % PARTICIPANTS), null, null, 4, List.of("speed"),
                            "Paldies par ļoti laipnu apkalpošanu!", Channel.ONLINE, Lang.LV),
                    "hash-" + id, "token-" + id, AT.minus(Duration.ofDays(365)), AT.minus(Duration.ofDays(362)));
            Map<String, AttributeValue> item = new HashMap<>(PraiseItems.pending(p));
            item.put(PraiseItems.STATUS, AttributeValue.fromS(PraiseStatus.CONFIRMED.name()));
            item.remove(PraiseItems.PURGE_AT);
            item.put(PraiseItems.TALLY_KEY, AttributeValue.fromS(Keys.tallyKey(YEAR - 1, id)));
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
            if (batch.size() == 25 || i == count - 1) {
                Map<String, List<WriteRequest>> pending = Map.of(table, List.copyOf(batch));
                while (!pending.isEmpty()) {
                    Map<String, List<WriteRequest>> request = pending;
                    pending = upstream.batchWriteItem(r -> r.requestItems(request)).unprocessedItems();
                }
                batch.clear();
            }
        }
        assertFalse(upstream.scan(r -> r.tableName(table).limit(1)).items().isEmpty());
    }

    private static Participant participant(int year, int i) {
        return new Participant(year, "dalibnieks-" + String.format("%02d", i), "Dalībnieks " + i, "B2C", "TRADE",
                "SMALL", List.of(), null, 0);
    }
}
