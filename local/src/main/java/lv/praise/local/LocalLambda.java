package lv.praise.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lv.praise.testkit.SamTemplate;

/**
 * Lambda's asynchronous invocation, as the functions' SDK client reaches it ({@code LAMBDA_ENDPOINT} is the
 * local server): {@code POST /2015-03-31/functions/{name}/invocations} with {@code X-Amz-Invocation-Type:
 * Event} answers 202 at once, and the function of the template with that logical id runs on a background
 * thread with its timeout and memory in the context – the same handler instance for every run, as a warm
 * container would. A run that throws is run again with the same event, as often as the function's
 * {@code EventInvokeConfig.MaximumRetryAttempts} says (Lambda's default: 2); Lambda waits about 1 and then
 * 2 minutes, the local run {@link #RETRY_DELAYS} (the order and the count are what matter here).
 *
 * <p>Not modelled: Lambda's event queue surviving a restart (a local run stopped mid-job leaves the job
 * until its lease runs out), event age limits, and concurrency limits (every event gets its own thread).
 */
final class LocalLambda implements HttpHandler {
    static final String PREFIX = "/2015-03-31/functions/";
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2));
    private static final int DEFAULT_RETRIES = 2;

    private final SamTemplate template;
    private final Replies replies;
    private final Map<String, Object> handlers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService runner;
    private final AtomicInteger running = new AtomicInteger();

    LocalLambda(SamTemplate template, Replies replies) {
        this.template = template;
        this.replies = replies;
        AtomicInteger threads = new AtomicInteger();
        this.runner = Executors.newScheduledThreadPool(4, r -> {
            Thread t = new Thread(r, "praise-lambda-async-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (!"POST".equalsIgnoreCase(exchange.getRequestMethod()) || !path.startsWith(PREFIX)
                || !path.endsWith("/invocations")) {
            replies.error(exchange, 404, "not_found", "path", "the local Lambda answers POST " + PREFIX
                    + "{function}/invocations only");
            return;
        }
        String name = Percent.decodePath(path.substring(PREFIX.length(), path.length() - "/invocations".length()));
        // A function's name or ARN: locally its logical id ends it (…:function:PostersWorkerFunction).
        String logicalId = name.substring(name.lastIndexOf(':') + 1);
        if (!template.resourcesOfType("AWS::Serverless::Function").contains(logicalId)) {
            replies.error(exchange, 404, "ResourceNotFoundException", "functionName", "no function " + logicalId
                    + " in the template");
            return;
        }
        String type = exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type");
        if (type == null || !type.equalsIgnoreCase("Event")) {
            replies.error(exchange, 400, "InvalidParameterValueException", "invocationType", "the local Lambda "
                    + "emulates asynchronous invocations (X-Amz-Invocation-Type: Event) only, not " + type);
            return;
        }
        byte[] payload = exchange.getRequestBody().readAllBytes();
        String requestId = UUID.randomUUID().toString();
        running.incrementAndGet();
        runner.execute(() -> attempt(logicalId, payload, requestId, 0));
        exchange.getResponseHeaders().set("X-Amzn-RequestId", requestId);
        replies.send(exchange, 202, new byte[0]);
    }

    /** Runs that were accepted and are not over yet (retries waiting included). */
    int inFlight() {
        return running.get();
    }

    void close() {
        runner.shutdownNow();
    }

    private void attempt(String logicalId, byte[] payload, String requestId, int retry) {
        Map<String, Object> properties = template.properties(logicalId);
        Duration timeout = properties.get("Timeout") instanceof Number n ? Duration.ofSeconds(n.longValue())
                : ApiRoutes.DEFAULT_TIMEOUT;
        int memory = properties.get("MemorySize") instanceof Number n ? n.intValue() : ApiRoutes.DEFAULT_MEMORY_MB;
        Context context = LocalContext.of(requestId, logicalId, timeout, memory);
        long started = System.nanoTime();
        try (RouteTag.Scope counted = RouteTag.open("async " + logicalId)) {
            invoke(handler(logicalId), payload, context);
            running.decrementAndGet();
        } catch (Exception | LinkageError | AssertionError e) {
            int retries = retries(properties);
            System.err.println("function " + logicalId + " (asynchronous, attempt " + (retry + 1) + ") failed: " + e
                    + (retry < retries ? "; Lambda retries it" : "; no retries left (in AWS: the dead-letter queue)"));
            if (retry < retries) {
                Duration delay = RETRY_DELAYS.get(Math.min(retry, RETRY_DELAYS.size() - 1));
                runner.schedule(() -> attempt(logicalId, payload, requestId, retry + 1), delay.toMillis(),
                        TimeUnit.MILLISECONDS);
            } else {
                running.decrementAndGet();
            }
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (took.compareTo(timeout) > 0) {
                System.err.println("WARNING: " + logicalId + " took " + took.toMillis() + " ms, over its timeout of "
                        + timeout.toSeconds() + " s: in AWS it would have been stopped");
            }
        }
    }

    private Object handler(String logicalId) {
        return handlers.computeIfAbsent(logicalId, id -> {
            String handler = String.valueOf(template.properties(id).get("Handler"));
            return ScheduledFunctions.instantiate(id, handler.substring(0, handler.indexOf("::")));
        });
    }

    private static void invoke(Object handler, byte[] payload, Context context) throws Exception {
        if (handler instanceof RequestStreamHandler stream) {
            stream.handleRequest(new ByteArrayInputStream(payload), new ByteArrayOutputStream(), context);
            return;
        }
        @SuppressWarnings("unchecked")
        RequestHandler<Object, Object> typed = (RequestHandler<Object, Object>) handler;
        Object event = Replies.JSON.readValue(payload, Object.class);
        typed.handleRequest(ScheduledFunctions.convert(event, ScheduledFunctions.inputType(handler.getClass())), context);
    }

    @SuppressWarnings("unchecked")
    private static int retries(Map<String, Object> properties) {
        if (properties.get("EventInvokeConfig") instanceof Map<?, ?> config
                && ((Map<String, Object>) config).get("MaximumRetryAttempts") instanceof Number n) {
            return n.intValue();
        }
        return DEFAULT_RETRIES;
    }

    static boolean handles(String path) {
        return path != null && path.toLowerCase(Locale.ROOT).startsWith(PREFIX);
    }
}
