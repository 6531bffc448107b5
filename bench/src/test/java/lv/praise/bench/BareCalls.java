package lv.praise.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The bare side of the intake bench: the very DynamoDB requests the handler sent for one praise, taken from
 * its SDK client as they left the adapters, sent again – nothing else around them – to a second table seeded
 * like the handler's. No hand-kept copy of what {@code DynamoPraiseStore}, {@code DynamoSubmissionLimits} and
 * the dashboard counters send: a call added there (the dashboard's UpdateItem was one) is replayed here too.
 *
 * <p>The second table grows exactly as the handler's does (the same items, one praise behind), so both sides
 * write to tables of one size. The replay sends requests already built (retargeted before its clock starts):
 * building a request is the handler's overhead, as parsing and mapping are.
 */
final class BareCalls {
    /** One call the handler's client made: its request and, for a BatchGetItem, the items it found. */
    record Sent(SdkRequest request, int itemsFound) {
    }

    /**
     * On the client both sides share, so both pay it: keeps each successful call's request and the items a
     * BatchGetItem found (once per call, not per HTTP attempt).
     */
    static final class Capture implements ExecutionInterceptor {
        private final List<Sent> sent = new ArrayList<>();

        @Override
        public synchronized void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            sent.add(new Sent(context.request(), itemsFound(context.response())));
        }

        synchronized List<Sent> take() {
            List<Sent> taken = List.copyOf(sent);
            sent.clear();
            return taken;
        }
    }

    private final DynamoDbClient dynamo;
    private final Capture capture;
    private final String handlerTable;
    private final String bareTable;
    /** The handler's calls not yet replayed, retargeted: the order of a pair flips, so one is kept in hand. */
    private final ArrayDeque<List<Sent>> pending = new ArrayDeque<>();
    /** The last replay's parts, for --breakdown: its BatchGetItems, and the calls from the first PutItem on. */
    long getNanos;
    long putNanos;

    BareCalls(DynamoDbClient dynamo, Capture capture, String handlerTable, String bareTable) {
        this.dynamo = dynamo;
        this.capture = capture;
        this.handlerTable = handlerTable;
        this.bareTable = bareTable;
    }

    /** After a handler call (outside its clock): keeps the calls it made for a later {@link #time()}. */
    List<Sent> takeHandlerCalls() {
        List<Sent> calls = capture.take();
        if (calls.isEmpty()) {
            throw new Bench.BenchFailure("the handler's client made no DynamoDB call (is the capture on its client?)");
        }
        pending.add(calls.stream().map(s -> new Sent(retarget(s.request()), s.itemsFound())).toList());
        return calls;
    }

    /** Replays the oldest handler call's DynamoDB requests on the bare table; their time in nanoseconds. */
    long time() {
        List<Sent> calls = pending.poll();
        if (calls == null) {
            throw new Bench.BenchFailure("no handler call left to replay (each bare call replays one handler call)");
        }
        int[] found = new int[calls.size()];
        long get = 0;
        long put = 0;
        boolean written = false;
        long t0 = System.nanoTime();
        for (int i = 0; i < calls.size(); i++) {
            SdkRequest request = calls.get(i).request();
            written |= request instanceof PutItemRequest;
            long start = System.nanoTime();
            found[i] = send(request);
            long took = System.nanoTime() - start;
            if (request instanceof BatchGetItemRequest) {
                get += took;
            } else if (written) {
                put += took;
            }
        }
        long elapsed = System.nanoTime() - t0;
        getNanos = get;
        putNanos = put;
        capture.take(); // the replay's own calls: the capture's cost is paid, the record dropped

        for (int i = 0; i < calls.size(); i++) {
            if (found[i] != calls.get(i).itemsFound()) {
                throw new Bench.BenchFailure("the replayed " + operation(calls.get(i).request()) + " found " + found[i]
                        + " items, the handler's " + calls.get(i).itemsFound() + ": the bare table is not seeded as the handler's");
            }
        }
        return elapsed;
    }

    /** What the handler's calls were, for the table: "BatchGetItem + UpdateItem + …". */
    static String operations(List<Sent> calls) {
        return String.join(" + ", calls.stream().map(s -> operation(s.request())).toList());
    }

    private static String operation(SdkRequest request) {
        return request.getClass().getSimpleName().replaceFirst("Request$", "");
    }

    /** Sends one request as it is; the items a BatchGetItem found, else -1. Failures stop the bench. */
    private int send(SdkRequest request) {
        if (request instanceof BatchGetItemRequest get) {
            return itemsFound(dynamo.batchGetItem(get));
        }
        if (request instanceof PutItemRequest put) {
            dynamo.putItem(put);
            return -1;
        }
        if (request instanceof UpdateItemRequest update) {
            dynamo.updateItem(update);
            return -1;
        }
        throw unknown(request);
    }

    /** The same request on the bare table. */
    private SdkRequest retarget(SdkRequest request) {
        if (request instanceof BatchGetItemRequest get) {
            Map<String, KeysAndAttributes> items = new LinkedHashMap<>();
            get.requestItems().forEach((table, keys) -> items.put(bare(table), keys));
            return get.toBuilder().requestItems(items).build();
        }
        if (request instanceof PutItemRequest put) {
            return put.toBuilder().tableName(bare(put.tableName())).build();
        }
        if (request instanceof UpdateItemRequest update) {
            return update.toBuilder().tableName(bare(update.tableName())).build();
        }
        throw unknown(request);
    }

    private String bare(String table) {
        if (!handlerTable.equals(table)) {
            throw new Bench.BenchFailure("the handler wrote to table " + table + ", not the bench's " + handlerTable);
        }
        return bareTable;
    }

    /** A kind of call the submit path did not make when this was written: it needs its two lines here. */
    private static Bench.BenchFailure unknown(SdkRequest request) {
        return new Bench.BenchFailure("the handler now makes a " + operation(request) + " call, which BareCalls"
                + " cannot replay yet: add it to BareCalls.retarget and BareCalls.send");
    }

    private static int itemsFound(SdkResponse response) {
        return response instanceof BatchGetItemResponse get
                ? get.responses().values().stream().mapToInt(List::size).sum() : -1;
    }
}
