package lv.praise.testkit.twin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;

/**
 * DynamoDB's behaviour where DynamoDB Local differs and it matters at the national peak, as a loopback
 * HTTP proxy in front of DynamoDB Local that reads the JSON protocol ({@code X-Amz-Target}):
 *
 * <ul>
 *   <li>a {@code TransactWriteItems} holds its items from its arrival until it is done and at least
 *       {@link #hold()} has passed (DynamoDB's ~10–30 ms per transaction); another transaction touching a
 *       held item is cancelled with reason {@code TransactionConflict} – DynamoDB Local would queue it –
 *       and a {@code PutItem}, {@code UpdateItem} or {@code DeleteItem} of a held item fails with
 *       {@code TransactionConflictException}, both in DynamoDB's wire shape, so the real SDK parses them;</li>
 *   <li>every request's consumed capacity is counted by operation and by route, as DynamoDB bills it: the
 *       twin asks DynamoDB Local for {@code ReturnConsumedCapacity: INDEXES} (and takes it off the answer
 *       when the caller did not ask), except for transactions, whose split DynamoDB Local gets wrong: the
 *       twin reads their items before and after and applies DynamoDB's rules itself ({@link WriteCapacity});
 *       {@code DynamoTwinIT} checks the figures against those rules;</li>
 *   <li>the items of every committed transaction are recorded, so a test or the load run can show which
 *       items transactions of different callers share.</li>
 * </ul>
 *
 * <p>The route comes from the {@value #ROUTE_HEADER} header, which only the local server sets (see
 * {@code lv.praise.local.RouteTag}). docs/twin.md lists what the twin models and what it does not.
 */
public final class DynamoTwin implements AutoCloseable {
    public static final String ROUTE_HEADER = "x-praise-route";
    /**
     * Set (to any value) on a call that its caller sends again after a conflict: the twin counts it as a
     * retry, within the route's requests. Only the local server sets it ({@code lv.praise.local.RetryTag}).
     */
    public static final String RETRY_HEADER = "x-praise-retry";
    /** DynamoDB's transactions take ~10–30 ms; DynamoDB Local's a few. */
    public static final Duration DEFAULT_HOLD = Duration.ofMillis(15);
    /** {@code off} runs without the twin (tests and the local run then talk to DynamoDB Local directly). */
    public static final String SWITCH = "PRAISE_TWIN";
    public static final String HOLD_SETTING = "PRAISE_TWIN_HOLD_MS";

    private static final String JSON_TYPE = "application/x-amz-json-1.0";
    private static final String ERROR_PREFIX = "com.amazonaws.dynamodb.v20120810#";
    private static final Set<String> READS = Set.of("GetItem", "Query", "Scan", "BatchGetItem", "TransactGetItems");
    private static final Set<String> WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
            "TransactWriteItems");
    private static final Set<String> SINGLE_WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem");
    /** Request headers the JDK client sets itself (or refuses), and the route, which DynamoDB never sees. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "transfer-encoding", "accept-encoding", ROUTE_HEADER, RETRY_HEADER);
    private static final Set<String> NOT_RETURNED = Set.of("content-length", "transfer-encoding", "connection", "date",
            "x-amz-crc32");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whether the twin runs, and how long a transaction holds its items. */
    public record Settings(boolean on, Duration hold) {
        /** {@value #SWITCH} ({@code on}/{@code off}, default on) and {@value #HOLD_SETTING}, as environment
         * variables or system properties of the same name (the property wins). */
        public static Settings fromEnvironment() {
            return from(Settings::setting);
        }

        /** The settings from any source of named values ({@code null}: not set). */
        public static Settings from(java.util.function.Function<String, String> lookup) {
            String on = lookup.apply(SWITCH);
            String hold = lookup.apply(HOLD_SETTING);
            boolean enabled = on == null || switch (on.strip().toLowerCase(Locale.ROOT)) {
                case "on", "1", "true", "yes" -> true;
                case "off", "0", "false", "no" -> false;
                default -> throw new IllegalArgumentException(SWITCH + " must be on or off, not '" + on + "'");
            };
            Duration holding = DEFAULT_HOLD;
            if (hold != null && !hold.isBlank()) {
                try {
                    holding = Duration.ofMillis(Long.parseLong(hold.strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(HOLD_SETTING + " must be milliseconds, not '" + hold + "'");
                }
                if (holding.isNegative()) {
                    throw new IllegalArgumentException(HOLD_SETTING + " must not be negative");
                }
            }
            return new Settings(enabled, holding);
        }

        private static String setting(String name) {
            String property = System.getProperty(name);
            return property != null ? property : System.getenv(name);
        }
    }

    private final URI upstream;
    private final Duration hold;
    private final HttpServer server;
    private final ExecutorService threads;
    private final HttpClient client;
    private final URI endpoint;
    private final TwinLedger ledger = new TwinLedger();
    /** Items held by transactions in flight, with the holder's number. */
    private final Map<ItemKey, Long> held = new java.util.HashMap<>();
    private final AtomicLong transactionIds = new AtomicLong();
    private final Map<String, WriteCapacity.TableShape> shapes = new ConcurrentHashMap<>();

    private DynamoTwin(URI upstream, Duration hold) throws IOException {
        this.upstream = upstream;
        this.hold = hold;
        // The JDK server writes headers and body in separate packets: without TCP_NODELAY each answer would
        // wait for the client's delayed ACK (~40 ms). Read once when its classes load, as in the local server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "dynamo-twin-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 512);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
        this.endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A twin on a free loopback port in front of {@code upstream} (DynamoDB Local, or any endpoint that
     * ignores the request signature's host). */
    public static DynamoTwin start(URI upstream, Duration hold) {
        try {
            return new DynamoTwin(upstream, hold);
        } catch (IOException e) {
            throw new IllegalStateException("the DynamoDB twin could not listen on loopback", e);
        }
    }

    /** Where clients send their requests. */
    public URI endpoint() {
        return endpoint;
    }

    public URI upstream() {
        return upstream;
    }

    public Duration hold() {
        return hold;
    }

    /**
     * Waits until transactions in flight hold at least {@code items} items: the signal a test of a conflict
     * waits for before it sends the request that must meet them (a fixed sleep would stand in for it, and on a
     * loaded machine the first transaction might not have arrived yet).
     */
    public void awaitHeld(int items, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (held) {
            while (held.size() < items) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException(held.size() + " items held after " + timeout + ", not " + items);
                }
                TimeUnit.NANOSECONDS.timedWait(held, left);
            }
        }
    }

    /** What was counted so far. */
    public TwinReport report() {
        return ledger.report();
    }

    /** Starts counting afresh (after seeding, say). */
    public void reset() {
        ledger.reset();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String operation = target == null ? "" : target.substring(target.indexOf('.') + 1);
            String route = exchange.getRequestHeaders().getFirst(ROUTE_HEADER);
            Answer answer;
            try {
                answer = READS.contains(operation) || WRITES.contains(operation)
                        ? data(exchange, operation, route, body)
                        : forward(exchange, body);
            } catch (IOException | RuntimeException e) {
                // The twin's own failure reaches the caller as DynamoDB's 500, which the SDK retries and then throws.
                System.err.println("dynamo-twin: " + operation + " failed in the twin: " + e);
                answer = error(500, "com.amazon.coral.service#InternalFailure", "message",
                        "the DynamoDB twin failed: " + e.getMessage());
            }
            reply(exchange, answer);
        }
    }

    private record Answer(int status, Map<String, List<String>> headers, byte[] body) {
    }

    private Answer data(HttpExchange exchange, String operation, String route, byte[] body) throws IOException {
        ObjectNode request = (ObjectNode) JSON.readTree(body);
        if (exchange.getRequestHeaders().containsKey(RETRY_HEADER)) {
            ledger.retried(route, operation);
        }
        JsonNode asked = request.get("ReturnConsumedCapacity");
        String wanted = asked == null ? "NONE" : asked.asText();
        request.put("ReturnConsumedCapacity", "INDEXES");

        if ("TransactWriteItems".equals(operation) || "TransactGetItems".equals(operation)) {
            return transaction(exchange, operation, route, request, wanted);
        }
        if (SINGLE_WRITES.contains(operation)) {
            JsonNode item = "PutItem".equals(operation) ? request.path("Item") : request.path("Key");
            ItemKey key = key(exchange, request.path("TableName").asText(), item);
            synchronized (held) {
                if (held.containsKey(key)) {
                    ledger.conflict(route, operation);
                    return error(400, ERROR_PREFIX + "TransactionConflictException", "message",
                            "Transaction is ongoing for the item");
                }
            }
        }
        return counted(exchange, operation, route, request, wanted);
    }

    /**
     * A transaction: all its items are taken at once or none is; one already held cancels it with
     * TransactionConflict at that item's place (DynamoDB does not queue it). A write transaction keeps
     * its items until DynamoDB Local is done and the hold time has passed; one that DynamoDB Local
     * cancels (a failed condition) lets them go at once.
     */
    private Answer transaction(HttpExchange exchange, String operation, String route, ObjectNode request, String wanted)
            throws IOException {
        boolean write = "TransactWriteItems".equals(operation);
        List<ItemKey> keys = new ArrayList<>();
        List<JsonNode> keyNodes = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        for (JsonNode action : request.path("TransactItems")) {
            var field = action.fields().next();
            JsonNode spec = field.getValue();
            String table = spec.path("TableName").asText();
            JsonNode item = "Put".equals(field.getKey()) ? spec.path("Item") : spec.path("Key");
            keys.add(key(exchange, table, item));
            keyNodes.add(keyNode(shape(exchange, table), item));
            actions.add(field.getKey());
        }
        long id = transactionIds.incrementAndGet();
        long started = System.nanoTime();
        List<Integer> conflicting = new ArrayList<>();
        synchronized (held) {
            for (int i = 0; i < keys.size(); i++) {
                if (held.containsKey(keys.get(i))) {
                    conflicting.add(i);
                }
            }
            if (conflicting.isEmpty() && write) {
                keys.forEach(k -> held.put(k, id));
                held.notifyAll();
            }
        }
        if (!conflicting.isEmpty()) {
            ledger.conflict(route, operation);
            return cancelled(keys.size(), conflicting);
        }
        if (!write) {
            return counted(exchange, operation, route, request, wanted);
        }
        try {
            // The items are held, so what is read around the write is exactly what it changed.
            List<JsonNode> before = fetch(exchange, keys, keyNodes);
            Forwarded forwarded = forwardData(exchange, request, wanted);
            if (forwarded.answer().status() != 200) {
                ledger.answered(route, operation, TwinLedger.Units.NONE, true);
                return forwarded.answer();
            }
            List<JsonNode> after = fetch(exchange, keys, keyNodes);
            double writeUnits = 0;
            double indexUnits = 0;
            for (int i = 0; i < keys.size(); i++) {
                WriteCapacity.TableShape shape = shapes.get(keys.get(i).table());
                // A ConditionCheck writes nothing; it is billed like a write of the item as it is.
                JsonNode now = "ConditionCheck".equals(actions.get(i)) ? before.get(i) : after.get(i);
                TwinLedger.Units u = WriteCapacity.of(shape, before.get(i), now, true);
                writeUnits += u.write();
                indexUnits += u.indexWrite();
            }
            ledger.answered(route, operation, new TwinLedger.Units(0, writeUnits, indexUnits), false);
            long left = hold.toNanos() - (System.nanoTime() - started);
            if (left > 0) {
                sleep(left);
            }
            ledger.committed(route, keys);
            return forwarded.answer();
        } finally {
            synchronized (held) {
                keys.forEach(k -> held.remove(k, id));
            }
        }
    }

    /** The items at these keys as they are now (null where there is none), by consistent BatchGetItem. */
    private List<JsonNode> fetch(HttpExchange exchange, List<ItemKey> keys, List<JsonNode> keyNodes) throws IOException {
        ObjectNode requestItems = JSON.createObjectNode();
        for (int i = 0; i < keys.size(); i++) {
            ObjectNode table = (ObjectNode) requestItems.get(keys.get(i).table());
            if (table == null) {
                table = requestItems.putObject(keys.get(i).table());
                table.put("ConsistentRead", true);
                table.putArray("Keys");
            }
            ((ArrayNode) table.get("Keys")).add(keyNodes.get(i));
        }
        Map<ItemKey, JsonNode> found = new java.util.HashMap<>();
        while (!requestItems.isEmpty()) {
            ObjectNode body = JSON.createObjectNode();
            body.set("RequestItems", requestItems);
            JsonNode response = JSON.readTree(upstreamCall(exchange, "BatchGetItem", body));
            response.path("Responses").fields().forEachRemaining(t -> {
                for (JsonNode item : t.getValue()) {
                    found.put(ItemKey.of(t.getKey(), shapes.get(t.getKey()).keyNames(), item), item);
                }
            });
            JsonNode unprocessed = response.path("UnprocessedKeys");
            requestItems = unprocessed.isObject() ? (ObjectNode) unprocessed : JSON.createObjectNode();
        }
        List<JsonNode> items = new ArrayList<>();
        keys.forEach(k -> items.add(found.get(k)));
        return items;
    }

    /** Sends the request on, counts what DynamoDB bills for it, and answers as the caller asked. */
    private Answer counted(HttpExchange exchange, String operation, String route, ObjectNode request, String wanted)
            throws IOException {
        Forwarded forwarded = forwardData(exchange, request, wanted);
        boolean ok = forwarded.answer().status() == 200;
        ledger.answered(route, operation, ok ? units(operation, forwarded.consumed()) : TwinLedger.Units.NONE, !ok);
        return forwarded.answer();
    }

    /** An answer as the caller gets it, and DynamoDB Local's figures of what it consumed (null if none). */
    private record Forwarded(Answer answer, JsonNode consumed) {
    }

    private Forwarded forwardData(HttpExchange exchange, ObjectNode request, String wanted) throws IOException {
        Answer answer = forward(exchange, JSON.writeValueAsBytes(request));
        if (answer.status() != 200) {
            return new Forwarded(answer, null);
        }
        ObjectNode response = (ObjectNode) JSON.readTree(answer.body());
        JsonNode consumed = response.get("ConsumedCapacity");
        trim(response, wanted);
        return new Forwarded(new Answer(200, answer.headers(), JSON.writeValueAsBytes(response)), consumed);
    }

    /** DynamoDB Local's figures: one object, or one per table for batches and transactions. */
    private static TwinLedger.Units units(String operation, JsonNode consumed) {
        if (consumed == null) {
            return TwinLedger.Units.NONE;
        }
        double total = 0;
        double indexes = 0;
        for (JsonNode c : consumed.isArray() ? consumed : List.of(consumed)) {
            total += c.path("CapacityUnits").asDouble();
            for (String kind : List.of("GlobalSecondaryIndexes", "LocalSecondaryIndexes")) {
                for (JsonNode index : c.path(kind)) {
                    indexes += index.path("CapacityUnits").asDouble();
                }
            }
        }
        return READS.contains(operation) ? new TwinLedger.Units(total, 0, 0)
                : new TwinLedger.Units(0, total - indexes, indexes);
    }

    /** Leaves the consumed capacity as the caller asked for it: none, the totals, or with its indexes. */
    private static void trim(ObjectNode response, String wanted) {
        JsonNode consumed = response.get("ConsumedCapacity");
        if (consumed == null || "INDEXES".equals(wanted)) {
            return;
        }
        if (!"TOTAL".equals(wanted)) {
            response.remove("ConsumedCapacity");
            return;
        }
        for (JsonNode c : consumed.isArray() ? consumed : List.of(consumed)) {
            ((ObjectNode) c).retain("TableName", "CapacityUnits", "ReadCapacityUnits", "WriteCapacityUnits");
        }
    }

    private Answer forward(HttpExchange exchange, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(upstream.resolve(exchange.getRequestURI().getRawPath()))
                .timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
            }
        });
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for DynamoDB Local", e);
        }
    }

    /** The key of an item, by the table's key schema. */
    private ItemKey key(HttpExchange exchange, String table, JsonNode item) throws IOException {
        return ItemKey.of(table, shape(exchange, table).keyNames(), item);
    }

    /** Only the key attributes of an item, as a Key of the wire. */
    private static JsonNode keyNode(WriteCapacity.TableShape shape, JsonNode item) {
        ObjectNode key = JSON.createObjectNode();
        shape.keyNames().forEach(name -> key.set(name, item.get(name)));
        return key;
    }

    /** A table's keys and indexes, asked of DynamoDB Local once per table. */
    private WriteCapacity.TableShape shape(HttpExchange exchange, String table) throws IOException {
        WriteCapacity.TableShape shape = shapes.get(table);
        if (shape == null) {
            shape = describe(exchange, table);
            shapes.put(table, shape);
        }
        return shape;
    }

    private WriteCapacity.TableShape describe(HttpExchange exchange, String table) throws IOException {
        JsonNode description = JSON.readTree(upstreamCall(exchange, "DescribeTable",
                JSON.createObjectNode().put("TableName", table))).path("Table");
        List<WriteCapacity.Index> indexes = new ArrayList<>();
        for (JsonNode index : description.path("GlobalSecondaryIndexes")) {
            List<String> included = new ArrayList<>();
            index.path("Projection").path("NonKeyAttributes").forEach(a -> included.add(a.asText()));
            indexes.add(new WriteCapacity.Index(index.path("IndexName").asText(), keyNames(index.path("KeySchema")),
                    index.path("Projection").path("ProjectionType").asText("ALL"), included));
        }
        return new WriteCapacity.TableShape(keyNames(description.path("KeySchema")), indexes);
    }

    private static List<String> keyNames(JsonNode keySchema) {
        List<String> names = new ArrayList<>(List.of("", ""));
        for (JsonNode k : keySchema) {
            names.set("HASH".equals(k.path("KeyType").asText()) ? 0 : 1, k.path("AttributeName").asText());
        }
        return names.get(1).isEmpty() ? List.of(names.get(0)) : List.copyOf(names);
    }

    /**
     * A call of the twin's own to DynamoDB Local, with the caller's credentials and region: DynamoDB Local
     * keeps a database per access key and region unless it runs shared, so another identity would not see
     * the table.
     */
    private byte[] upstreamCall(HttpExchange exchange, String operation, JsonNode body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(upstream.resolve("/"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", JSON_TYPE)
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        for (String name : List.of("Authorization", "X-Amz-Date", "X-Amz-Security-Token")) {
            String value = exchange.getRequestHeaders().getFirst(name);
            if (value != null) {
                request.header(name, value);
            }
        }
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during " + operation, e);
        }
        if (response.statusCode() != 200) {
            throw new IOException(operation + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    /** DynamoDB's answer to a transaction that met a held item: a reason per action, in order. */
    private static Answer cancelled(int actions, List<Integer> conflicting) {
        ObjectNode body = JSON.createObjectNode();
        body.put("__type", ERROR_PREFIX + "TransactionCanceledException");
        ArrayNode reasons = body.putArray("CancellationReasons");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < actions; i++) {
            ObjectNode reason = reasons.addObject();
            if (conflicting.contains(i)) {
                reason.put("Code", "TransactionConflict").put("Message", "Transaction is ongoing for the item");
                codes.add("TransactionConflict");
            } else {
                reason.put("Code", "None");
                codes.add("None");
            }
        }
        body.put("Message", "Transaction cancelled, please refer cancellation reasons for specific reasons "
                + codes.toString());
        return json(400, body);
    }

    private static Answer error(int status, String type, String messageField, String message) {
        return json(status, JSON.createObjectNode().put("__type", type).put(messageField, message));
    }

    private static Answer json(int status, ObjectNode body) {
        try {
            return new Answer(status, Map.of("Content-Type", List.of(JSON_TYPE),
                    "x-amzn-RequestId", List.of(UUID.randomUUID().toString())), JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException("an error body could not be written", e);
        }
    }

    /** The answer with DynamoDB's body checksum, which the SDK verifies, computed over the bytes sent. */
    private static void reply(HttpExchange exchange, Answer answer) throws IOException {
        answer.headers().forEach((name, values) -> {
            if (!NOT_RETURNED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, new ArrayList<>(values));
            }
        });
        CRC32 crc = new CRC32();
        crc.update(answer.body());
        exchange.getResponseHeaders().set("x-amz-crc32", Long.toString(crc.getValue()));
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        if (answer.body().length > 0) {
            exchange.getResponseBody().write(answer.body());
        }
    }

    private static void sleep(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
