package lv.praise.adapter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import lv.praise.domain.scoring.ParticipantScore;
import lv.praise.domain.standings.StandingsSnapshot;
import lv.praise.domain.standings.StandingsStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Standings snapshots in the table: a partition per campaign and day ({@code STANDINGS#{year}#{date}})
 * holding, for each run of that day, its rows ({@code ROW#{run}#{position}#{id}}, so a Query returns
 * them in standings order) and, written after all of them, its header ({@code HEADER#{run}}). The
 * pointer {@code CAMPAIGN#{year}} / {@code STANDINGS#LATEST} names the day and run that readers see;
 * it is moved last, and only forwards.
 *
 * <p>So a run that dies half-way leaves rows without a header, which nobody reads, and the pointer
 * where it was: the previous snapshot stays the latest, complete. A later run of the same day
 * writes its own run's keys beside them and, once the pointer has moved, deletes the older runs'
 * items of that day: two runs of one day leave one snapshot. The run is part of the keys (rather
 * than overwriting one run's keys in place) so that a second run of a day that is already the latest
 * (an organiser's recalculation after the nightly one) never shows readers a mix of two runs.
 *
 * <p>A snapshot that expires carries the table's TTL attribute ({@code purgeAt}) on its rows and its
 * header, all the same instant; the pointer never has it. DynamoDB deletes expired items lazily (up
 * to days later, item by item), so a header past its expiry is read as no snapshot, before its rows
 * are counted: a day half-deleted by TTL reads as absent, never as "changing while being read".
 */
public final class DynamoStandingsStore implements StandingsStore {
    static final int BATCH_SIZE = 25;
    public static final int DEFAULT_WRITERS = 8;
    private static final int READ_ATTEMPTS = 3;

    private final DynamoDbClient dynamo;
    private final String table;
    private final int writers;
    private final Clock clock;

    /** @param clock what "now" is when deciding whether a snapshot has expired (the campaign's clock) */
    public DynamoStandingsStore(DynamoDbClient dynamo, String table, Clock clock) {
        this(dynamo, table, clock, DEFAULT_WRITERS);
    }

    /** @param writers BatchWriteItem calls in flight at once */
    public DynamoStandingsStore(DynamoDbClient dynamo, String table, Clock clock, int writers) {
        if (writers < 1) {
            throw new IllegalArgumentException("writers must be at least 1");
        }
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
        this.writers = writers;
    }

    @Override
    public boolean save(StandingsSnapshot snapshot, Optional<Instant> expiresAt) {
        int year = snapshot.campaignYear();
        String run = StandingsItems.run(snapshot.generatedAt());
        String partition = Keys.standingsPartition(year, snapshot.date());

        List<ParticipantScore> rows = snapshot.standings().rows();
        List<WriteRequest> puts = new ArrayList<>(rows.size());
        Set<String> written = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, AttributeValue> item = StandingsItems.row(snapshot, run, i, rows.get(i));
            StandingsItems.expiry(item, expiresAt);
            written.add(item.get(Keys.SK).s());
            puts.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        }
        writeAll(puts);

        Map<String, AttributeValue> header = StandingsItems.header(snapshot, run);
        StandingsItems.expiry(header, expiresAt);
        written.add(header.get(Keys.SK).s());
        dynamo.putItem(r -> r.tableName(table).item(header));

        boolean latest = movePointer(year, snapshot.date(), run, snapshot.generatedAt().toString());
        if (!latest) {
            Optional<Pointer> pointer = pointer(year);
            if (pointer.isPresent() && pointer.get().date().equals(snapshot.date())
                    && pointer.get().run().compareTo(run) > 0) {
                // A newer run of the same day finished first: this run's items are the stale ones now.
                deleteOlderRuns(partition, pointer.get().run(), null);
                return false;
            }
        }
        deleteOlderRuns(partition, run, written);
        return latest;
    }

    @Override
    public Optional<StandingsSnapshot> latest(int year) {
        Optional<Pointer> pointer = pointer(year);
        for (int attempt = 1; ; attempt++) {
            if (pointer.isEmpty()) {
                return Optional.empty();
            }
            Read snapshot = read(year, pointer.get().date(), pointer.get().run());
            if (snapshot.expired()) {
                // The latest run was too long ago (no run since, and not a publication's, which is kept).
                return Optional.empty();
            }
            if (snapshot.found().isPresent()) {
                return snapshot.found();
            }
            // Not whole: a newer run replaced it while we read (it moves the pointer before it deletes),
            // or TTL has begun deleting it while the pointer still names it – then it is gone for good.
            Optional<Pointer> again = pointer(year);
            if (again.equals(pointer)) {
                return Optional.empty();
            }
            if (attempt >= READ_ATTEMPTS) {
                throw new IllegalStateException("the latest standings kept changing while being read");
            }
            pointer = again;
        }
    }

    @Override
    public Optional<StandingsSnapshot> find(int year, LocalDate date) {
        String previous = null;
        for (int attempt = 1; ; attempt++) {
            // The newest header of the day: a header exists only once all rows of its run are written.
            var newest = dynamo.query(r -> r.tableName(table)
                    .keyConditionExpression("#pk = :pk AND begins_with(#sk, :header)")
                    .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                    .expressionAttributeValues(Map.of(
                            ":pk", AttributeValue.fromS(Keys.standingsPartition(year, date)),
                            ":header", AttributeValue.fromS(Keys.STANDINGS_HEADER_PREFIX)))
                    .scanIndexForward(false)
                    .consistentRead(true)
                    .limit(1));
            if (!newest.hasItems() || newest.items().isEmpty()) {
                return Optional.empty();
            }
            String run = newest.items().get(0).get(StandingsItems.RUN).s();
            if (run.equals(previous)) {
                // Still the newest, and not whole: TTL is deleting it (a replacement writes a newer header first).
                return Optional.empty();
            }
            Read snapshot = read(year, date, run);
            if (snapshot.expired()) {
                // Every run of a day expires at the same instant: the day has no snapshot any more.
                return Optional.empty();
            }
            if (snapshot.found().isPresent()) {
                return snapshot.found();
            }
            if (attempt >= READ_ATTEMPTS) {
                throw new IllegalStateException("the standings of " + date + " kept changing while being read");
            }
            previous = run;
        }
    }

    /** A run's snapshot as read: found, expired, or neither (its header gone or rows missing: replaced meanwhile). */
    private record Read(Optional<StandingsSnapshot> found, boolean expired) {
        static final Read GONE = new Read(Optional.empty(), false);
        static final Read EXPIRED = new Read(Optional.empty(), true);
    }

    private Read read(int year, LocalDate date, String run) {
        var header = dynamo.getItem(r -> r.tableName(table).key(Keys.standingsHeader(year, date, run)).consistentRead(true));
        if (!header.hasItem() || header.item().isEmpty()) {
            return Read.GONE;
        }
        // Before the rows are counted: TTL may have deleted some of them already.
        if (StandingsItems.expired(header.item(), clock.instant())) {
            return Read.EXPIRED;
        }
        List<ParticipantScore> rows = new ArrayList<>();
        QueryRequest query = QueryRequest.builder().tableName(table)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :rows)")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(Keys.standingsPartition(year, date)),
                        ":rows", AttributeValue.fromS(Keys.standingsRowPrefix(run))))
                .consistentRead(true)
                .build();
        dynamo.queryPaginator(query).items().forEach(item -> rows.add(StandingsItems.rowFrom(item)));
        if (rows.size() != Attributes.number(header.item(), StandingsItems.ROW_COUNT)) {
            return Read.GONE;
        }
        return new Read(Optional.of(StandingsItems.snapshotFrom(header.item(), rows)), false);
    }

    private record Pointer(LocalDate date, String run) {
    }

    private Optional<Pointer> pointer(int year) {
        var response = dynamo.getItem(r -> r.tableName(table).key(Keys.latestStandings(year)).consistentRead(true));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Pointer(LocalDate.parse(Attributes.string(response.item(), StandingsItems.DATE)),
                Attributes.string(response.item(), StandingsItems.RUN)));
    }

    /** Points readers at this run, unless the pointer already names a later day or a later run of this day. */
    private boolean movePointer(int year, LocalDate date, String run, String generatedAt) {
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(Keys.latestStandings(year))
                    .updateExpression("SET #type = :type, #date = :date, #run = :run, generatedAt = :at")
                    .conditionExpression("attribute_not_exists(#date) OR #date < :date OR (#date = :date AND #run <= :run)")
                    .expressionAttributeNames(Map.of("#type", "type", "#date", StandingsItems.DATE, "#run", StandingsItems.RUN))
                    .expressionAttributeValues(Map.of(
                            ":type", AttributeValue.fromS(StandingsItems.LATEST_TYPE),
                            ":date", AttributeValue.fromS(date.toString()),
                            ":run", AttributeValue.fromS(run),
                            ":at", AttributeValue.fromS(generatedAt))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /**
     * Deletes the day's items of runs older than {@code keep}, and, when {@code written} is given (keep
     * is this run), those of this run that it did not write now (a participant no longer listed, when a
     * run repeats one to the millisecond). The items of {@code keep} otherwise, and of newer runs, stay.
     */
    private void deleteOlderRuns(String partition, String keep, Set<String> written) {
        List<WriteRequest> deletes = new ArrayList<>();
        QueryRequest keys = QueryRequest.builder().tableName(table)
                .keyConditionExpression("#pk = :pk")
                .projectionExpression("#pk, #sk")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition)))
                .consistentRead(true)
                .build();
        dynamo.queryPaginator(keys).items().forEach(item -> {
            String sk = item.get(Keys.SK).s();
            String run = runOf(sk);
            int order = run.compareTo(keep);
            if (order < 0 || (order == 0 && written != null && !written.contains(sk))) {
                deletes.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder()
                        .key(Map.of(Keys.PK, item.get(Keys.PK), Keys.SK, item.get(Keys.SK))).build()).build());
            }
        });
        writeAll(deletes);
    }

    /** The run of a row ({@code ROW#{run}#...}) or header ({@code HEADER#{run}}) sort key. */
    private static String runOf(String sk) {
        int start = sk.indexOf('#') + 1;
        int end = sk.indexOf('#', start);
        return end < 0 ? sk.substring(start) : sk.substring(start, end);
    }

    /** BatchWriteItem in chunks of 25, several in flight; unprocessed items are retried with back-off. */
    private void writeAll(List<WriteRequest> requests) {
        if (requests.isEmpty()) {
            return;
        }
        List<List<WriteRequest>> chunks = new ArrayList<>();
        for (int i = 0; i < requests.size(); i += BATCH_SIZE) {
            chunks.add(requests.subList(i, Math.min(requests.size(), i + BATCH_SIZE)));
        }
        if (writers == 1 || chunks.size() == 1) {
            chunks.forEach(this::writeBatch);
            return;
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(writers, chunks.size()), task -> {
            Thread thread = new Thread(task, "standings-writer-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletableFuture<?>[] futures = chunks.stream()
                    .map(chunk -> CompletableFuture.runAsync(() -> writeBatch(chunk), pool))
                    .toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(futures).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }

    private void writeBatch(List<WriteRequest> chunk) {
        Retries.batchWrite(dynamo, table, chunk, "standings items", Retries.SLEEP);
    }
}
