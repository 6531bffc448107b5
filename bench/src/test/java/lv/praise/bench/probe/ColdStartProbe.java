package lv.praise.bench.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import lv.praise.testkit.LambdaContext;

/**
 * The cold-start probe: the main of a fresh JVM that does what the Lambda Java runtime does for a
 * first invocation – load the handler class, construct it, deserialize the event with the runtime's
 * own serialization library, call the handler – then calls it once more (warm), and writes its
 * timestamps to the result file.
 *
 * <p>Only the JDK, aws-lambda-java-core, aws-lambda-java-serialization and the kit's {@link LambdaContext}
 * are used here: the class path of this JVM is the functions' artifact ({@code sam build} layout) plus
 * those (this class and LambdaContext copied to a folder of their own), nothing else of the benchmark. Times are {@link System#nanoTime()}, CLOCK_MONOTONIC on Linux, so the parent can set
 * them against the instant it started this process.
 *
 * <p>With {@code prime}, between the constructor and the first call it runs SnapStart's priming as Lambda's
 * checkpoint would – the {@code org.crac.Resource} the functions' wiring registered, its
 * {@code beforeCheckpoint} – and times it: the first call after it is the nearest local proxy for the first
 * request of an environment restored from a primed snapshot (reached by reflection: this class knows the
 * artifact by name only).
 *
 * <p>{@code java ... ColdStartProbe <handler class> <event.json> <timeout s> <result file> [prime]}
 */
public final class ColdStartProbe {
    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        long mainStarted = System.nanoTime();
        String handlerClass = args[0];
        Path event = Path.of(args[1]);
        int timeoutSeconds = Integer.parseInt(args[2]);
        Path result = Path.of(args[3]);
        boolean prime = args.length > 4 && "prime".equals(args[4]);

        Class<?> type = Class.forName(handlerClass);
        @SuppressWarnings("unchecked")
        RequestHandler<Object, Object> handler = (RequestHandler<Object, Object>) type.getConstructor().newInstance();
        long constructed = System.nanoTime();
        String primed = prime ? prime() : "-";
        long primedAt = System.nanoTime();

        Object input = read(event);
        long deserialized = System.nanoTime();
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        Object first = handler.handleRequest(input, context(handlerClass, deadline));
        long answered = System.nanoTime();

        Object again = read(event);
        long secondStart = System.nanoTime();
        Object second = handler.handleRequest(again, context(handlerClass, secondStart + timeoutSeconds * 1_000_000_000L));
        long secondAnswered = System.nanoTime();

        // After the priming, the first call is timed from the end of the priming, as a restored environment's.
        long firstStarted = prime ? primedAt : constructed;
        String line = String.join(" ", Long.toString(mainStarted), Long.toString(constructed), Long.toString(answered),
                status(first), Long.toString(secondAnswered - secondStart), status(second),
                Long.toString(primedAt - constructed), Long.toString(answered - firstStarted), primed,
                Long.toString(deserialized - primedAt));
        Files.writeString(result, line + "\n", StandardCharsets.UTF_8);
        System.out.flush();
        // The SDK's and DynamoDB clients' threads would keep the JVM alive; Lambda freezes it instead.
        System.exit(0);
    }

    /**
     * Calls the registered priming resource's beforeCheckpoint, as the checkpoint would: "primed", or
     * "no-wiring" for a function whose handler built no adapter (then Lambda has nothing to prime either).
     */
    private static String prime() throws Exception {
        Object resource = Class.forName("lv.praise.Wiring").getMethod("snapStartPriming").invoke(null);
        if (resource == null) {
            return "no-wiring";
        }
        Class<?> crac = Class.forName("org.crac.Resource");
        Class<?> context = Class.forName("org.crac.Context");
        crac.getMethod("beforeCheckpoint", context).invoke(resource, new Object[] {null});
        return "primed";
    }

    /** API Gateway events as the runtime reads them (its event serializers); schedules as a Map. */
    private static Object read(Path file) throws Exception {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        try (InputStream in = new FileInputStream(file.toFile())) {
            if (json.contains("\"routeKey\"")) {
                Class<?> eventType = Class.forName("com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent");
                PojoSerializer<?> serializer = LambdaEventSerializers.serializerFor(eventType,
                        ColdStartProbe.class.getClassLoader());
                return serializer.fromJson(in);
            }
            return JacksonFactory.getInstance().getSerializer(Map.class).fromJson(in);
        }
    }

    private static String status(Object response) {
        if (response == null) {
            return "null";
        }
        try {
            Object code = response.getClass().getMethod("getStatusCode").invoke(response);
            return String.valueOf(code);
        } catch (ReflectiveOperationException e) {
            return "ok";
        }
    }

    /** What a handler may ask of the invocation (the kit's Lambda context): its id and the time left. */
    private static Context context(String function, long deadlineNanos) {
        return new LambdaContext("cold-start-probe", function, "probe",
                "arn:aws:lambda:eu-north-1:000000000000:function:" + function,
                () -> (int) Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000), 1024, new StdoutLogger());
    }

    /** The messages as they come, to this JVM's stdout. */
    private static final class StdoutLogger implements LambdaLogger {
        @Override
        public void log(String message) {
            System.out.print(message);
        }

        @Override
        public void log(byte[] message) {
            System.out.write(message, 0, message.length);
        }
    }
}
