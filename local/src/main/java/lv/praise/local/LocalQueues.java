package lv.praise.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.SamTemplate;

/**
 * The template's SQS queues in the local run, so a function that queues work does it as in AWS: through its
 * SQS client (the functions' {@code SQS_ENDPOINT} points here), over SQS's own JSON wire protocol
 * ({@code SendMessage}). Each queue a function consumes (an event of type {@code SQS}) is delivered to that
 * function's handler as Lambda's SQS poller would: batches of at most {@code BatchSize} in an {@link SQSEvent},
 * {@code ReportBatchItemFailures} honoured, a failed message delivered again until its queue's
 * {@code RedrivePolicy} {@code maxReceiveCount}, then moved to the dead-letter queue it names, where it stays
 * (a queue without a consumer only counts its messages).
 *
 * <p>What it does not model: the visibility timeout (a failed message comes back after
 * {@value #REDELIVERY_MILLIS} ms × its receive count, not minutes later), long polling, batching windows,
 * the consumer's concurrency (one batch of a queue at a time), message retention, and the at-least-once
 * duplicates SQS may deliver (the sender's idempotence is tested by the handler tests instead).
 */
final class LocalQueues implements AutoCloseable {
    static final long REDELIVERY_MILLIS = 100;
    private static final String ACCOUNT = "000000000000";

    /** The function that consumes a queue, and how its event source mapping is set. */
    record Consumer(String functionId, Object handler, int batchSize, boolean reportsItemFailures, Duration timeout,
                    int memoryMb) {
    }

    private static final class Message {
        final String id = UUID.randomUUID().toString();
        final String body;
        final long sentAt = System.currentTimeMillis();
        long firstReceivedAt;
        int receiveCount;

        Message(String body) {
            this.body = body;
        }
    }

    private static final class Queue {
        final String logicalId;
        final String deadLetterQueue;
        final int maxReceiveCount;
        final Deque<Message> visible = new ArrayDeque<>();
        Consumer consumer;
        int inFlight;
        int delayed;
        long sent;
        long deleted;
        long movedToDeadLetters;
        boolean delivering;

        Queue(String logicalId, String deadLetterQueue, int maxReceiveCount) {
            this.logicalId = logicalId;
            this.deadLetterQueue = deadLetterQueue;
            this.maxReceiveCount = maxReceiveCount;
        }
    }

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService requests;
    private final Map<String, Queue> queues;
    private final ScheduledExecutorService deliveries;

    private LocalQueues(HttpServer server, Map<String, Queue> queues) {
        this.server = server;
        this.queues = queues;
        this.requests = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "praise-sqs-http");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger threads = new AtomicInteger();
        this.deliveries = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "praise-sqs-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Reads the queues of the template and listens on a free loopback port; consumers come with {@link #startConsumers}. */
    static LocalQueues start(SamTemplate template) {
        Map<String, Queue> queues = new LinkedHashMap<>();
        for (String logicalId : template.resourcesOfType("AWS::SQS::Queue")) {
            Map<String, Object> redrive = map(template.properties(logicalId).get("RedrivePolicy"));
            String deadLetters = redrive.isEmpty() ? null : getAttTarget(redrive.get("deadLetterTargetArn"));
            int max = redrive.get("maxReceiveCount") instanceof Number n ? n.intValue() : Integer.MAX_VALUE;
            queues.put(logicalId, new Queue(logicalId, deadLetters, max));
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen for the local SQS queues", e);
        }
        LocalQueues local = new LocalQueues(server, Collections.unmodifiableMap(queues));
        server.createContext("/", local::handle);
        server.setExecutor(local.requests);
        server.start();
        return local;
    }

    /** The functions' {@code SQS_ENDPOINT}. */
    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** What {@code !Ref Queue} gives in AWS – the queue's URL – for each queue of the template. */
    Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        queues.keySet().forEach(id -> urls.put(id, endpoint() + "/" + ACCOUNT + "/" + id));
        return urls;
    }

    /** Loads the consumers of the template's queues (after the functions' settings are in place). */
    void startConsumers(SamTemplate template) {
        for (SamTemplate.Function f : template.functions()) {
            Map<String, Object> properties = template.properties(f.logicalId());
            map(properties.get("Events")).forEach((name, event) -> {
                Map<String, Object> e = map(event);
                if (!"SQS".equals(String.valueOf(e.get("Type")))) {
                    return;
                }
                Map<String, Object> p = map(e.get("Properties"));
                Queue queue = queues.get(getAttTarget(p.get("Queue")));
                if (queue == null) {
                    throw new IllegalStateException("function " + f.logicalId() + ": its SQS event's queue is not a "
                            + "queue of the template: " + p.get("Queue"));
                }
                int batchSize = p.get("BatchSize") instanceof Number n ? n.intValue() : 10;
                boolean reports = p.get("FunctionResponseTypes") instanceof List<?> l && l.contains("ReportBatchItemFailures");
                Duration timeout = properties.get("Timeout") instanceof Number n
                        ? Duration.ofSeconds(n.longValue()) : ApiRoutes.DEFAULT_TIMEOUT;
                int memory = properties.get("MemorySize") instanceof Number n ? n.intValue() : ApiRoutes.DEFAULT_MEMORY_MB;
                synchronized (queue) {
                    queue.consumer = new Consumer(f.logicalId(), ScheduledFunctions.instantiate(f.logicalId(), f.handlerClass()),
                            batchSize, reports, timeout, memory);
                }
            });
        }
        queues.values().forEach(this::schedule);
    }

    /**
     * Each queue's counts: {@code visible} (waiting), {@code inFlight} (with the consumer), {@code delayed}
     * (failed, to come again), {@code sent}, {@code deleted} (done), {@code movedToDeadLetters}; and
     * {@code idle} when nothing waits, runs or is to come again.
     */
    Map<String, Map<String, Object>> counts() {
        Map<String, Map<String, Object>> counts = new LinkedHashMap<>();
        for (Queue q : queues.values()) {
            synchronized (q) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("consumer", q.consumer == null ? null : q.consumer.functionId());
                c.put("visible", q.visible.size());
                c.put("inFlight", q.inFlight);
                c.put("delayed", q.delayed);
                c.put("sent", q.sent);
                c.put("deleted", q.deleted);
                c.put("movedToDeadLetters", q.movedToDeadLetters);
                c.put("deadLetterQueue", q.deadLetterQueue);
                c.put("idle", q.visible.isEmpty() && q.inFlight == 0 && q.delayed == 0 || q.consumer == null && q.delayed == 0);
                counts.put(q.logicalId, c);
            }
        }
        return counts;
    }

    /** Each consumed queue as "queue → function (dead letters: queue after n tries)", for the banner. */
    String describe() {
        List<String> parts = new ArrayList<>();
        for (Queue q : queues.values()) {
            synchronized (q) {
                if (q.consumer != null) {
                    parts.add(q.logicalId + " → " + q.consumer.functionId()
                            + (q.deadLetterQueue == null ? "" : " (after " + q.maxReceiveCount + " tries: " + q.deadLetterQueue + ")"));
                }
            }
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    /** Puts a message on a queue as SendMessage does; the queue's consumer gets it soon after. */
    String send(String logicalId, String body) {
        Queue queue = queues.get(logicalId);
        if (queue == null) {
            throw new IllegalArgumentException("no queue " + logicalId);
        }
        Message message = new Message(body);
        synchronized (queue) {
            queue.visible.add(message);
            queue.sent++;
        }
        schedule(queue);
        return message.id;
    }

    private void schedule(Queue queue) {
        synchronized (queue) {
            if (queue.consumer == null || queue.delivering || queue.visible.isEmpty()) {
                return;
            }
            queue.delivering = true;
        }
        deliveries.execute(() -> deliver(queue));
    }

    /** One batch at a time per queue, until nothing is visible. */
    private void deliver(Queue queue) {
        while (true) {
            List<Message> batch = new ArrayList<>();
            Consumer consumer;
            synchronized (queue) {
                consumer = queue.consumer;
                while (batch.size() < consumer.batchSize() && !queue.visible.isEmpty()) {
                    Message m = queue.visible.poll();
                    m.receiveCount++;
                    if (m.firstReceivedAt == 0) {
                        m.firstReceivedAt = System.currentTimeMillis();
                    }
                    batch.add(m);
                }
                if (batch.isEmpty()) {
                    queue.delivering = false;
                    return;
                }
                queue.inFlight += batch.size();
            }
            Set<String> failed = invoke(queue, consumer, batch);
            for (Message m : batch) {
                settle(queue, m, failed.contains(m.id));
            }
        }
    }

    /** The ids that failed: every one when the handler threw, else those its batch response names (when reported). */
    private Set<String> invoke(Queue queue, Consumer consumer, List<Message> batch) {
        SQSEvent event = new SQSEvent();
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (Message m : batch) {
            SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
            record.setMessageId(m.id);
            record.setReceiptHandle(m.id + "#" + m.receiveCount);
            record.setBody(m.body);
            record.setMd5OfBody(md5(m.body));
            record.setAttributes(Map.of("ApproximateReceiveCount", Integer.toString(m.receiveCount),
                    "SentTimestamp", Long.toString(m.sentAt),
                    "ApproximateFirstReceiveTimestamp", Long.toString(m.firstReceivedAt),
                    "SenderId", ACCOUNT));
            record.setMessageAttributes(Map.of());
            record.setEventSource("aws:sqs");
            record.setEventSourceArn("arn:aws:sqs:" + LocalDynamoDb.REGION + ":" + ACCOUNT + ":" + queue.logicalId);
            record.setAwsRegion(LocalDynamoDb.REGION);
            records.add(record);
        }
        event.setRecords(records);
        Set<String> all = new HashSet<>();
        batch.forEach(m -> all.add(m.id));
        try (RouteTag.Scope counted = RouteTag.open("queue " + consumer.functionId())) {
            @SuppressWarnings("unchecked")
            RequestHandler<SQSEvent, Object> handler = (RequestHandler<SQSEvent, Object>) consumer.handler();
            Object response = handler.handleRequest(event, LocalContext.of(UUID.randomUUID().toString(),
                    consumer.functionId(), consumer.timeout(), consumer.memoryMb()));
            if (consumer.reportsItemFailures() && response instanceof SQSBatchResponse batchResponse
                    && batchResponse.getBatchItemFailures() != null) {
                Set<String> failed = new HashSet<>();
                for (SQSBatchResponse.BatchItemFailure f : batchResponse.getBatchItemFailures()) {
                    if (!all.contains(f.getItemIdentifier())) {
                        return all; // Lambda treats an unknown id as the whole batch failing
                    }
                    failed.add(f.getItemIdentifier());
                }
                return failed;
            }
            return Set.of();
        } catch (RuntimeException | Error e) {
            System.err.println(consumer.functionId() + " failed a batch of " + batch.size() + " from " + queue.logicalId
                    + ": " + e.getClass().getName());
            return all;
        }
    }

    private void settle(Queue queue, Message m, boolean failed) {
        Queue deadLetters = null;
        synchronized (queue) {
            queue.inFlight--;
            if (!failed) {
                queue.deleted++;
                return;
            }
            if (m.receiveCount >= queue.maxReceiveCount && queue.deadLetterQueue != null) {
                queue.movedToDeadLetters++;
                deadLetters = queues.get(queue.deadLetterQueue);
            } else {
                queue.delayed++;
            }
        }
        if (deadLetters != null) {
            synchronized (deadLetters) {
                deadLetters.visible.add(m);
                deadLetters.sent++;
            }
            schedule(deadLetters);
            return;
        }
        deliveries.schedule(() -> {
            synchronized (queue) {
                queue.delayed--;
                queue.visible.add(m);
            }
            schedule(queue);
        }, REDELIVERY_MILLIS * m.receiveCount, TimeUnit.MILLISECONDS);
    }

    /** SQS's JSON protocol, SendMessage only: what the functions call. */
    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(300 * 1024);
            }
            if (!"POST".equals(exchange.getRequestMethod()) || !"AmazonSQS.SendMessage".equals(target)) {
                reply(exchange, 400, Map.of("__type", "com.amazonaws.sqs#UnsupportedOperation",
                        "message", "the local run's SQS answers SendMessage only, not " + target));
                return;
            }
            JsonNode request = Replies.JSON.readTree(body);
            String url = request.path("QueueUrl").asText("");
            String logicalId = url.substring(url.lastIndexOf('/') + 1);
            if (!queues.containsKey(logicalId) || !urls().get(logicalId).equals(url)) {
                reply(exchange, 400, Map.of("__type", "com.amazonaws.sqs#QueueDoesNotExist",
                        "message", "no local queue at " + url));
                return;
            }
            String messageBody = request.path("MessageBody").asText("");
            String id = send(logicalId, messageBody);
            reply(exchange, 200, Map.of("MessageId", id, "MD5OfMessageBody", md5(messageBody)));
        }
    }

    private static void reply(HttpExchange exchange, int status, Map<String, String> body) throws IOException {
        byte[] bytes = Replies.JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
        if (status != 200) {
            exchange.getResponseHeaders().set("x-amzn-query-error", body.get("__type").replace("com.amazonaws.sqs#", "") + ";Sender");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }

    /** {@code !GetAtt X.Arn} (either form) → X. */
    static String getAttTarget(Object value) {
        Object target = map(value).get("Fn::GetAtt");
        if (target instanceof String s && s.contains(".")) {
            return s.substring(0, s.indexOf('.'));
        }
        if (target instanceof List<?> l && !l.isEmpty()) {
            return String.valueOf(l.get(0));
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @Override
    public void close() {
        server.stop(0);
        requests.shutdownNow();
        deliveries.shutdownNow();
    }
}
