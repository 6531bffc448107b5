package lv.praise.adapter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Jitter;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The one back-off of the DynamoDB adapters, and the batch loops that use it. Every loop that sends something
 * again – a transaction cancelled by a conflict ({@link Transactions}), a batch's unprocessed items or keys
 * (throttling), a read that must settle – pauses on one of two curves, with jitter so that racing callers don't
 * meet again in lockstep, and every loop is capped: after {@link #MAX_BATCH_TRIES} tries a batch fails loudly
 * with what was left, rather than loop for as long as the function may run.
 */
final class Retries {
    /** Tries of one batch, the first included, before what is left unprocessed fails the call. */
    static final int MAX_BATCH_TRIES = 10;

    /** Waits between tries: {@link Thread#sleep} in the product, recorded in tests. */
    interface Pause {
        void sleep(long millis) throws InterruptedException;
    }

    static final Pause SLEEP = Thread::sleep;

    /**
     * A back-off curve: before try {@code attempt + 1}, a pause between half and all of a ceiling that doubles
     * from {@code firstMillis} up to {@code longestMillis}.
     */
    record Curve(long firstMillis, long longestMillis) {
        long ceiling(int attempt) {
            return Math.min(longestMillis, firstMillis << Math.min(Math.max(attempt, 1) - 1, 16));
        }

        void pause(int attempt, Pause pause) {
            long ceiling = ceiling(attempt);
            try {
                pause.sleep(Jitter.between(ceiling / 2, ceiling));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while backing off", e);
            }
        }
    }

    /** Conflicts on a hot item: someone is waiting for the answer, so short pauses (20 ms up to 400 ms). */
    static final Curve CONFLICTS = new Curve(20, 400);
    /** Throttling (unprocessed batch items or keys), as the SDK documentation advises: 50 ms up to 2 s. */
    static final Curve THROTTLING = new Curve(50, 2000);

    private Retries() {
    }

    /** One BatchWriteItem of at most 25 requests, its unprocessed items sent again; capped. */
    static void batchWrite(DynamoDbClient dynamo, String table, List<WriteRequest> chunk, String what, Pause pause) {
        Map<String, List<WriteRequest>> pending = Map.of(table, chunk);
        for (int attempt = 1; ; attempt++) {
            Map<String, List<WriteRequest>> sending = pending;
            BatchWriteItemResponse response = dynamo.batchWriteItem(r -> r.requestItems(sending));
            Map<String, List<WriteRequest>> unprocessed = response.hasUnprocessedItems()
                    ? response.unprocessedItems() : Map.of();
            int left = unprocessed.values().stream().mapToInt(List::size).sum();
            if (left == 0) {
                return;
            }
            if (attempt >= MAX_BATCH_TRIES) {
                throw new IllegalStateException(left + " " + what + " stayed unprocessed after " + MAX_BATCH_TRIES + " tries");
            }
            pending = new HashMap<>(unprocessed);
            THROTTLING.pause(attempt, pause);
        }
    }

    /** One BatchGetItem of at most 100 keys of one table, its unprocessed keys asked again; capped. */
    static List<Map<String, AttributeValue>> batchGet(DynamoDbClient dynamo, String table, KeysAndAttributes keys,
                                                      String what, Pause pause) {
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        Map<String, KeysAndAttributes> pending = Map.of(table, keys);
        for (int attempt = 1; ; attempt++) {
            Map<String, KeysAndAttributes> request = pending;
            BatchGetItemResponse response = dynamo.batchGetItem(r -> r.requestItems(request));
            found.addAll(response.responses().getOrDefault(table, List.of()));
            Map<String, KeysAndAttributes> unprocessed = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            int left = unprocessed.values().stream().mapToInt(k -> k.keys().size()).sum();
            if (left == 0) {
                return found;
            }
            if (attempt >= MAX_BATCH_TRIES) {
                throw new IllegalStateException(left + " " + what + " stayed unread after " + MAX_BATCH_TRIES + " tries");
            }
            pending = unprocessed;
            THROTTLING.pause(attempt, pause);
        }
    }
}
