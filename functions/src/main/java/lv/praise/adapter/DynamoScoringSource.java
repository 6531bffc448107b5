package lv.praise.adapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.scoring.PraiseTally;
import lv.praise.domain.scoring.ScoringRules;
import lv.praise.domain.standings.ScoringSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Every praise of a campaign, read by a parallel Scan: {@code segments} segments at once, each paged
 * through on its own thread, fetching only the attributes scoring needs and only praise items of the
 * year (the filter runs in DynamoDB). Each segment adds its praise one by one to its own
 * {@link PraiseTally}; the tallies are merged at the end. No praise item is kept: memory grows with
 * the number of participants, not of praise.
 */
public final class DynamoScoringSource implements ScoringSource {
    public static final int DEFAULT_SEGMENTS = 8;
    /** The moderation verdict that takes a praise out of the scores; absent means not moderated. */
    static final String REJECTED = "REJECTED";

    /**
     * What a read found.
     *
     * @param praiseRead   praise items of the year returned by the scan (all added to the tally)
     * @param itemsScanned items DynamoDB read to find them (the whole table)
     * @param pages        Scan calls made, over all segments
     */
    public record Reading(PraiseTally tally, long praiseRead, long itemsScanned, int pages) {
    }

    private final DynamoDbClient dynamo;
    private final String table;
    private final int segments;

    public DynamoScoringSource(DynamoDbClient dynamo, String table) {
        this(dynamo, table, DEFAULT_SEGMENTS);
    }

    public DynamoScoringSource(DynamoDbClient dynamo, String table, int segments) {
        if (segments < 1 || segments > 1_000_000) {
            throw new IllegalArgumentException("segments must be from 1 to 1000000");
        }
        this.dynamo = dynamo;
        this.table = table;
        this.segments = segments;
    }

    @Override
    public PraiseTally tally(int campaignYear, ScoringRules rules) {
        return read(campaignYear, rules).tally();
    }

    public Reading read(int campaignYear, ScoringRules rules) {
        ExecutorService pool = Executors.newFixedThreadPool(segments, task -> {
            Thread thread = new Thread(task, "praise-scan");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Reading>> parts = new ArrayList<>(segments);
            for (int segment = 0; segment < segments; segment++) {
                ScanRequest request = request(table, campaignYear, segment, segments);
                parts.add(pool.submit(() -> readSegment(request, rules)));
            }
            PraiseTally tally = new PraiseTally(rules);
            long read = 0;
            long scanned = 0;
            int pages = 0;
            for (Future<Reading> part : parts) {
                Reading reading = join(part);
                tally.merge(reading.tally());
                read += reading.praiseRead();
                scanned += reading.itemsScanned();
                pages += reading.pages();
            }
            return new Reading(tally, read, scanned, pages);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The Scan request of one segment: praise items of the year, with only the attributes scoring
     * reads. Public so that the benchmark's bare scan sends exactly the same requests.
     */
    public static ScanRequest request(String table, int campaignYear, int segment, int totalSegments) {
        return ScanRequest.builder()
                .tableName(table)
                .segment(segment)
                .totalSegments(totalSegments)
                // Strongly consistent: the final scoring after the freeze must see every confirmation
                // that committed before it (none commits after: each checks its participant's frozen counts).
                .consistentRead(true)
                .projectionExpression("#type, #year, #participant, #channel, #stars, #status, #moderation")
                .filterExpression("#type = :praise AND #year = :year")
                .expressionAttributeNames(Map.of(
                        "#type", "type",
                        "#year", "campaignYear",
                        "#participant", "participantId",
                        "#channel", "channel",
                        "#stars", "stars",
                        "#status", PraiseItems.STATUS,
                        "#moderation", "moderation"))
                .expressionAttributeValues(Map.of(
                        ":praise", AttributeValue.fromS("PRAISE"),
                        ":year", Attributes.number(campaignYear)))
                .build();
    }

    private Reading readSegment(ScanRequest request, ScoringRules rules) {
        PraiseTally tally = new PraiseTally(rules);
        long read = 0;
        long scanned = 0;
        int pages = 0;
        for (ScanResponse page : dynamo.scanPaginator(request)) {
            pages++;
            scanned += page.scannedCount() == null ? 0 : page.scannedCount();
            for (Map<String, AttributeValue> item : page.items()) {
                read++;
                add(tally, item);
            }
        }
        return new Reading(tally, read, scanned, pages);
    }

    private static void add(PraiseTally tally, Map<String, AttributeValue> item) {
        AttributeValue stars = item.get("stars");
        tally.add(Attributes.string(item, "participantId"),
                Attributes.string(item, "channel"),
                stars == null || stars.n() == null ? 0 : Integer.parseInt(stars.n()),
                PraiseStatus.CONFIRMED.name().equals(Attributes.string(item, PraiseItems.STATUS)),
                REJECTED.equals(Attributes.string(item, "moderation")));
    }

    private static Reading join(Future<Reading> part) {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scanning praise", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("scanning praise failed", e.getCause());
        }
    }
}
