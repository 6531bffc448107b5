package lv.praise.adapter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.moderation.ModerationStatus;
import lv.praise.domain.scoring.ComponentTally;
import lv.praise.domain.scoring.ScoringRules;
import lv.praise.domain.standings.ScoringSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Every confirmed praise of a campaign, read from the sparse index ByTally (docs/data-model.md, pattern 9):
 * its {@value Keys#TALLY_SHARDS} partitions {@code {year}#{shard}} hold exactly the campaign's confirmed
 * praise – no earlier year's, no unconfirmed praise, no standings rows – each entry only the attributes
 * scoring needs. The shards are queried at once, each paged through on its own thread and added one praise
 * at a time to its own {@link ComponentTally}; the tallies are merged at the end. No praise is kept: memory
 * grows with the number of participants, not of praise. What is read grows with this campaign's praise, not
 * with the table.
 *
 * <p>An index is read eventually consistently (DynamoDB copies a write to it within about a second). The
 * nightly run takes that as it comes; the publication's final read, after the counts are frozen, is read
 * again until it agrees with the participants' counters, read strongly consistently ({@link #settledTally}).
 */
public final class DynamoScoringSource implements ScoringSource {
    public static final String INDEX = "ByTally";
    /** Shards read at once by default: all of them. */
    public static final int DEFAULT_THREADS = Keys.TALLY_SHARDS;
    /** The moderation verdict that takes a praise out of the scores; absent means not moderated. */
    static final String REJECTED = "REJECTED";
    /**
     * How long a frozen campaign's praise is read again while it disagrees with the counters. DynamoDB's
     * indexes usually follow their table within a second; ten seconds of reads leave room for a slow one
     * and still end the publishing function's run with a clear failure well inside its time.
     */
    static final long SETTLE_MILLIS = 10_000;

    /**
     * What a read found.
     *
     * @param praiseRead index entries read (all added to the tally): the campaign's confirmed praise
     * @param pages      Query calls made, over all shards
     */
    public record Reading(ComponentTally tally, long praiseRead, int pages) {
    }

    private final DynamoDbClient dynamo;
    private final String table;
    private final int threads;
    private final long settleMillis;

    public DynamoScoringSource(DynamoDbClient dynamo, String table) {
        this(dynamo, table, DEFAULT_THREADS);
    }

    /** @param threads how many shards are read at once (1 reads them one after the other) */
    public DynamoScoringSource(DynamoDbClient dynamo, String table, int threads) {
        this(dynamo, table, threads, SETTLE_MILLIS);
    }

    /** @param settleMillis how long {@link #settledTally} reads again while it disagrees (tests shorten it) */
    DynamoScoringSource(DynamoDbClient dynamo, String table, int threads, long settleMillis) {
        if (threads < 1 || threads > Keys.TALLY_SHARDS) {
            throw new IllegalArgumentException("threads must be from 1 to " + Keys.TALLY_SHARDS);
        }
        this.dynamo = dynamo;
        this.table = table;
        this.threads = threads;
        this.settleMillis = settleMillis;
    }

    @Override
    public ComponentTally tally(int campaignYear, ScoringRules rules) {
        return read(campaignYear, rules).tally();
    }

    /**
     * Reads the praise until it agrees with the participants' counters, which the caller has frozen: read
     * once, strongly consistently, they say what every confirmation, entered praise and decision committed.
     * A read that still disagrees after {@link #SETTLE_MILLIS} (by default) fails, naming where.
     */
    @Override
    public ComponentTally settledTally(int campaignYear, ScoringRules rules) {
        Map<String, Long> counted = new HashMap<>();
        long rejected = 0;
        for (Map<String, AttributeValue> item : dynamo.queryPaginator(counters(table, campaignYear)).items()) {
            counted.put(item.get(Keys.SK).s().substring(Keys.PARTICIPANT_PREFIX.length()),
                    Attributes.number(item, ParticipantItems.CONFIRMED_COUNT));
            rejected += Attributes.number(item, ParticipantItems.reviewCount(ModerationStatus.REJECTED));
        }
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            ComponentTally tally = tally(campaignYear, rules);
            var disagreement = tally.disagreement(counted, rejected);
            if (disagreement.isEmpty()) {
                return tally;
            }
            if (System.nanoTime() - started > settleMillis * 1_000_000) {
                throw new IllegalStateException("the praise of " + campaignYear + " read from index " + INDEX
                        + " still disagrees with the participants' frozen counts after " + attempt + " reads ("
                        + disagreement.get() + "); nothing was written from it, run the publication again");
            }
            Transactions.backOff(attempt);
        }
    }

    public Reading read(int campaignYear, ScoringRules rules) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "praise-tally");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Reading>> parts = new ArrayList<>(Keys.TALLY_SHARDS);
            for (int shard = 0; shard < Keys.TALLY_SHARDS; shard++) {
                QueryRequest request = request(table, campaignYear, shard);
                parts.add(pool.submit(() -> readShard(request, rules)));
            }
            ComponentTally tally = new ComponentTally(rules);
            long read = 0;
            int pages = 0;
            for (Future<Reading> part : parts) {
                Reading reading = join(part);
                tally.merge(reading.tally());
                read += reading.praiseRead();
                pages += reading.pages();
            }
            return new Reading(tally, read, pages);
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many shards a read queries: one Query (and its pages) each. */
    public static int shards() {
        return Keys.TALLY_SHARDS;
    }

    /**
     * The Query of one shard of a campaign's confirmed praise, with only the attributes scoring reads.
     * Public so that the benchmark's bare read sends exactly the same requests.
     */
    public static QueryRequest request(String table, int campaignYear, int shard) {
        return QueryRequest.builder()
                .tableName(table)
                .indexName(INDEX)
                .keyConditionExpression("#tally = :shard")
                // The index projects just these (and the keys): DynamoDB bills the entries, ~0.2 KB each.
                .projectionExpression("#participant, #channel, #stars, #status, #moderation")
                .expressionAttributeNames(Map.of(
                        "#tally", PraiseItems.TALLY_KEY,
                        "#participant", "participantId",
                        "#channel", "channel",
                        "#stars", "stars",
                        "#status", PraiseItems.STATUS,
                        "#moderation", PraiseItems.MODERATION))
                .expressionAttributeValues(Map.of(":shard", AttributeValue.fromS(Keys.tallyKey(campaignYear, shard))))
                .build();
    }

    /** The participants' counters, strongly consistent: what the praise read must agree with once frozen. */
    private static QueryRequest counters(String table, int campaignYear) {
        return QueryRequest.builder()
                .tableName(table)
                .consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .projectionExpression("#sk, #count, #rejected")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK,
                        "#count", ParticipantItems.CONFIRMED_COUNT,
                        "#rejected", ParticipantItems.reviewCount(ModerationStatus.REJECTED)))
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(Keys.campaignPartition(campaignYear)),
                        ":prefix", AttributeValue.fromS(Keys.PARTICIPANT_PREFIX)))
                .build();
    }

    private Reading readShard(QueryRequest request, ScoringRules rules) {
        ComponentTally tally = new ComponentTally(rules);
        long read = 0;
        int pages = 0;
        for (QueryResponse page : dynamo.queryPaginator(request)) {
            pages++;
            for (Map<String, AttributeValue> item : page.items()) {
                read++;
                add(tally, item);
            }
        }
        return new Reading(tally, read, pages);
    }

    private static void add(ComponentTally tally, Map<String, AttributeValue> item) {
        AttributeValue stars = item.get("stars");
        tally.add(Attributes.string(item, "participantId"),
                Attributes.string(item, "channel"),
                stars == null || stars.n() == null ? 0 : Integer.parseInt(stars.n()),
                PraiseStatus.CONFIRMED.name().equals(Attributes.string(item, PraiseItems.STATUS)),
                REJECTED.equals(Attributes.string(item, PraiseItems.MODERATION)));
    }

    private static Reading join(Future<Reading> part) {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading praise", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("reading praise failed", e.getCause());
        }
    }
}
