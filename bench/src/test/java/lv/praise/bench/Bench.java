package lv.praise.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import lv.praise.adapter.DynamoCampaignStore;
import lv.praise.adapter.DynamoParticipantStore;
import lv.praise.adapter.DynamoPraiseStore;
import lv.praise.adapter.DynamoSubmissionLimits;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.intake.LimitPolicy;
import lv.praise.domain.mail.MailQueue;
import lv.praise.domain.Participant;
import lv.praise.domain.intake.PraiseStore;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.handler.HandlerAccess;
import lv.praise.handler.SubmitPraiseHandler;
import lv.praise.testkit.Events;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.InMemorySubmissionLimits;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.SamTemplate;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code ./bench}: how much the {@code POST /api/praise} handler adds to the DynamoDB calls it
 * makes. Both run in this JVM against one DynamoDB Local loopback server, interleaved call by call
 * (the order flips every pair) after a warm-up, so JIT compilation, garbage collection and machine
 * noise fall on both alike. The bare side sends again the very requests the handler's client sent
 * ({@link BareCalls}), to a second table seeded alike. Then the size of the Lambda package {@code sam build} makes.
 *
 * <p>Stdout gets only the Markdown result; progress goes to stderr.
 */
public final class Bench {
    static final String EVENT = "submit-praise.json";
    static final String TABLE_LOGICAL_ID = "PraiseTable";
    /** The handler's table and the bare calls' (names of one length: both sides' requests have the same bytes). */
    static final String HANDLER_TABLE = "PraiseTable-handler";
    static final String BARE_TABLE = "PraiseTable-bare---";
    /**
     * Both counters on, as in AWS, so their two UpdateItems are timed; every praise comes from the
     * sample's one address, so its limit is set above anything a run sends (each e-mail sends once).
     */
    static final LimitPolicy LIMITS = LimitPolicy.of(Integer.MAX_VALUE, 20, 60);
    /** nanoTime at which the last timed handler call began (for --breakdown). */
    private static long lastHandlerStart;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(Options.USAGE);
            return;
        }
        // The handler refuses a request without CloudFront's origin header (EdgeOrigin, read once per JVM): the
        // sample event of events/ carries the sample secret, so this JVM's functions expect that one.
        System.setProperty(lv.praise.handler.EdgeOrigin.SECRET_SETTING, Events.ORIGIN_SECRET);
        // The handler logs one JSON line per request to System.out (CloudWatch in AWS). Here the lines
        // are still built and printed, into a sink that counts and discards them, so stdout keeps only
        // the result table. Swapped before anything from the functions is loaded.
        PrintStream result = System.out;
        LineSink handlerLog = new LineSink();
        System.setOut(new PrintStream(handlerLog, true, StandardCharsets.UTF_8));
        int status = 1;
        try {
            run(options, result, handlerLog);
            status = 0;
        } catch (BenchFailure e) {
            System.err.println("bench: FAILED: " + e.getMessage());
        } catch (Exception | Error e) {
            System.err.println("bench: FAILED:");
            e.printStackTrace();
        } finally {
            result.flush();
        }
        // DynamoDB Local leaves non-daemon threads behind; the result is out, so leave now.
        System.exit(status);
    }

    private static void run(Options options, PrintStream result, LineSink handlerLog) throws IOException {
        long started = System.nanoTime();
        Path root = options.root();
        progress("starting DynamoDB Local (in-memory, loopback HTTP) ...");
        BareCalls.Capture capture = new BareCalls.Capture();
        try (LocalDynamoDb db = LocalDynamoDb.start(0, null);
             // Both sides' client: the capture hands the handler's requests to the bare side, and both pay it.
             DynamoDbClient dynamo = db.client(c -> c.addExecutionInterceptor(capture))) {
            SamTemplate template = SamTemplate.load(root.resolve("template.yaml"));
            String table = HANDLER_TABLE;
            List<Participant> participants = new ArrayList<>();
            for (int i = 0; i < options.participants(); i++) {
                participants.add(participant(i));
            }
            for (String name : List.of(HANDLER_TABLE, BARE_TABLE)) {
                progress("seeding the " + Fixtures.YEAR + " campaign and " + options.participants() + " participants in "
                        + name + " ...");
                db.createTable(template, TABLE_LOGICAL_ID, name);
                new DynamoCampaignStore(db.client(), name).save(Fixtures.campaign());
                DynamoParticipantStore participantStore = new DynamoParticipantStore(db.client(), name);
                participants.forEach(participantStore::save);
            }

            APIGatewayV2HTTPEvent sample = loadEvent(root);
            ObjectNode sampleBody = (ObjectNode) Events.JSON.readTree(sample.getBody());
            KeyedHasher hasher = new KeyedHasher(Fixtures.EMAIL_KEY);
            Clock clock = Fixtures.clockAt(Fixtures.DURING_WINDOW);
            Workload workload = new Workload(sample, sampleBody, participants);

            // E-mail goes to SES over the network in AWS: not a DynamoDB call, so the benchmark's mailer
            // drops the message (composing it is still the handler's work and is timed).
            MailQueue discard = request -> { };

            progress("recording the handler's DynamoDB calls and their replay once ...");
            List<CallRecorder.Call> calls = checkSameCalls(db, workload, hasher, clock, discard);

            PraiseStore store = new DynamoPraiseStore(dynamo, table);
            TimedPraiseStore timedStore = options.breakdown() ? new TimedPraiseStore(store) : null;
            SubmitPraiseHandler handler = HandlerAccess.submitPraiseHandler(new SubmitPraise(Fixtures.YEAR,
                    timedStore != null ? timedStore : store, discard, hasher, Fixtures.SITE, clock, LIMITS,
                    new DynamoSubmissionLimits(dynamo, table)));
            BareCalls bare = new BareCalls(dynamo, capture, HANDLER_TABLE, BARE_TABLE);
            capture.take();
            // One handler call in hand: a pair that starts with the bare side replays the pair before's call.
            timeHandler(handler, workload);
            String operations = BareCalls.operations(bare.takeHandlerCalls());
            Parts parts = new Parts();
            LongSupplier handlerCall = () -> {
                long t = timeHandler(handler, workload);
                bare.takeHandlerCalls();
                if (timedStore != null) {
                    TimedPraiseStore ts = timedStore;
                    long callStart = lastHandlerStart;
                    parts.handler(ts.loadEnd - ts.loadStart, ts.saveEnd - ts.saveStart,
                            ts.loadStart - callStart, ts.saveStart - ts.loadEnd, callStart + t - ts.saveEnd);
                }
                return t;
            };
            LongSupplier bareCall = () -> {
                long t = bare.time();
                parts.bare(bare.getNanos, bare.putNanos);
                return t;
            };

            progress("warm-up: " + options.warmup() + " handler calls and " + options.warmup() + " bare calls, interleaved ...");
            runPairs(options.warmup(), handlerCall, bareCall, handlerLog);

            List<Row> rows = new ArrayList<>();
            for (int n : options.sizes()) {
                progress("measuring: N = " + n + " of each, interleaved ...");
                System.gc();
                parts.clear();
                long[][] times = runPairs(n, handlerCall, bareCall, handlerLog);
                rows.add(new Row("bare DynamoDB calls (the handler's, replayed: " + operations + ")", n, Stats.of(times[1]),
                        null, null));
                rows.add(new Row("handler `POST /api/praise`", n, Stats.of(times[0]), Stats.of(times[1]),
                        Stats.ofDifferences(times[0], times[1])));
                if (options.breakdown()) {
                    rows.addAll(parts.rows(n));
                }
            }

            // The handler's own work with no I/O at all: the same calls over the test kit's in-memory
            // store. Run last, so it can't shape how the JIT compiled the DynamoDB path above.
            int n = Arrays.stream(options.sizes()).max().orElse(0);
            progress("measuring: the handler over an in-memory store (no DynamoDB), " + options.warmup()
                    + " warm-up + " + n + " calls ...");
            InMemoryStore memory = new InMemoryStore();
            memory.save(Fixtures.campaign());
            participants.forEach(memory::save);
            SubmitPraiseHandler memoryHandler = HandlerAccess.submitPraiseHandler(
                    new SubmitPraise(Fixtures.YEAR, memory, discard, hasher, Fixtures.SITE, clock, LIMITS,
                            new InMemorySubmissionLimits()));
            for (int i = 0; i < options.warmup(); i++) {
                timeHandler(memoryHandler, workload);
            }
            long[] cpu = new long[n];
            for (int i = 0; i < n; i++) {
                cpu[i] = timeHandler(memoryHandler, workload);
            }
            rows.add(new Row("handler over the test kit's in-memory store (its own work, no DynamoDB)", n,
                    Stats.of(cpu), null, null));

            progress("zipping the Lambda package (sam build layout) ...");
            LambdaPackage lambda = LambdaPackage.build(root.resolve("functions"),
                    root.resolve("bench/target/functions-lambda.zip"));

            double seconds = (System.nanoTime() - started) / 1e9;
            print(result, rows, calls, lambda, root, options, seconds);
            summary(rows, calls, options).write(options.results());
            progress(String.format(Locale.ROOT, "done in %.1f s", seconds));
        }
    }

    /** The sample event as the test kit loads it, or from the root when started elsewhere. */
    private static APIGatewayV2HTTPEvent loadEvent(Path root) {
        if (Files.isRegularFile(Path.of("..", "events", EVENT))) {
            return Events.load(EVENT);
        }
        return EventLoader.loadApiGatewayHttpEvent(root.resolve("events").resolve(EVENT).toString());
    }

    /**
     * Like the sample's library, under a numbered id, so praise spreads over many participant items.
     * The sample event names the branch "Aizkalne", which each of them has.
     */
    static Participant participant(int i) {
        Participant library = Fixtures.LIBRARY;
        return new Participant(library.campaignYear(), String.format(Locale.ROOT, "%s-%02d", library.id(), i),
                String.format(Locale.ROOT, "%s %02d", library.name(), i), library.category(), library.industry(),
                library.sizeClass(), library.branches(), library.contactEmail(), 0);
    }

    /**
     * Runs the handler and the replay of its calls once each, on a client that records what goes over the
     * wire, and refuses to go on unless both sent the same operations with the same shapes and body sizes
     * (the replay changes the table and nothing else). Its record describes the calls in the table.
     */
    private static List<CallRecorder.Call> checkSameCalls(LocalDynamoDb db, Workload workload,
                                                          KeyedHasher hasher, Clock clock, MailQueue mailer) {
        CallRecorder recorder = new CallRecorder();
        BareCalls.Capture capture = new BareCalls.Capture();
        try (DynamoDbClient recording = DynamoDbClient.builder()
                .endpointOverride(db.endpoint())
                .region(Region.of(LocalDynamoDb.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LocalDynamoDb.ACCESS_KEY, LocalDynamoDb.SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(recorder).addExecutionInterceptor(capture))
                .build()) {
            SubmitPraiseHandler handler = HandlerAccess.submitPraiseHandler(new SubmitPraise(Fixtures.YEAR,
                    new DynamoPraiseStore(recording, HANDLER_TABLE), mailer, hasher, Fixtures.SITE, clock, LIMITS,
                    new DynamoSubmissionLimits(recording, HANDLER_TABLE)));
            BareCalls bare = new BareCalls(recording, capture, HANDLER_TABLE, BARE_TABLE);
            timeHandler(handler, workload);
            bare.takeHandlerCalls();
            List<CallRecorder.Call> handlerCalls = recorder.takeCalls();
            bare.time();
            List<CallRecorder.Call> bareCalls = recorder.takeCalls();

            progress("  handler made: " + handlerCalls);
            progress("  bare made:    " + bareCalls);
            if (!handlerCalls.equals(bareCalls)) {
                throw new BenchFailure("the bare calls differ from the handler's DynamoDB calls:\n  handler: "
                        + handlerCalls + "\n  bare:    " + bareCalls
                        + "\n(BareCalls.retarget must change the table and nothing else)");
            }
            return handlerCalls;
        }
    }

    /** One handler call on the next distinct praise; only the call itself is timed. */
    private static long timeHandler(SubmitPraiseHandler handler, Workload workload) {
        APIGatewayV2HTTPEvent event = workload.nextHandlerEvent();
        long t0 = System.nanoTime();
        lastHandlerStart = t0;
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        long elapsed = System.nanoTime() - t0;
        if (response.getStatusCode() != 202) {
            throw new BenchFailure("the handler answered " + response.getStatusCode() + " instead of 202: "
                    + response.getBody() + "\nbody sent: " + event.getBody());
        }
        return elapsed;
    }

    /** n pairs, the order flipping every pair; [0] the handler's times, [1] the bare calls'. */
    private static long[][] runPairs(int n, LongSupplier handlerCall, LongSupplier bareCall, LineSink handlerLog) {
        long[] handler = new long[n];
        long[] bare = new long[n];
        long linesBefore = handlerLog.lines();
        for (int i = 0; i < n; i++) {
            if ((i & 1) == 0) {
                handler[i] = handlerCall.getAsLong();
                bare[i] = bareCall.getAsLong();
            } else {
                bare[i] = bareCall.getAsLong();
                handler[i] = handlerCall.getAsLong();
            }
        }
        long lines = handlerLog.lines() - linesBefore;
        if (lines != n) {
            progress("  note: " + lines + " log lines for " + n + " handler calls (one per request expected)");
        }
        return new long[][] {handler, bare};
    }

    private static void print(PrintStream out, List<Row> rows, List<CallRecorder.Call> calls, LambdaPackage lambda,
                              Path root, Options options, double seconds) {
        out.println("| measurement | N | median ms | p90 ms | handler − bare ms | ratio handler / bare |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (Row row : rows) {
            out.printf(Locale.ROOT, "| %s | %,d | %.3f | %.3f | %s | %s |%n", row.name(), row.n(),
                    row.stats().medianMs(), row.stats().p90Ms(),
                    row.difference() == null ? "" : String.format(Locale.ROOT, "%+.3f", row.difference().medianMs()),
                    row.baseline() == null ? "" : String.format(Locale.ROOT, "**%.2f**",
                            row.stats().median() / row.baseline().median()));
        }
        out.println();
        out.println("Ratio: handler median / bare median of the same block. handler − bare: median of the per-pair"
                + " differences (each handler call is paired with the bare call run next to it).");
        StringBuilder shape = new StringBuilder();
        for (CallRecorder.Call call : calls) {
            shape.append(shape.length() == 0 ? "" : " + ").append(call.operation())
                    .append(" (").append(call.bodyBytes()).append(" B request)");
        }
        out.println("DynamoDB calls per praise: " + shape + ", the same for both, as recorded from the SDK client"
                + " (the bare side sends the handler's own requests again, to a second table seeded alike)."
                + " E-mail: in AWS one SQS call (the sender function then calls SES); here the queue discards the message,"
                + " composing it is timed. The handler's log line is written to a discarding stream.");
        out.printf(Locale.ROOT, "Lambda package (`sam build` layout: functions/target/classes + lib/): %.1f MiB zipped"
                        + " (%.1f MiB unzipped), %d runtime jars + %d KiB of own classes (%s).%n",
                lambda.zipBytes() / 1048576.0, lambda.unzippedBytes() / 1048576.0, lambda.jars(),
                Math.round(lambda.classBytes() / 1024.0), root.relativize(lambda.zip()));
        out.printf(Locale.ROOT, "Machine: %d cores (%s), %s %s, %s; DynamoDB Local 3.1.0 in the same JVM over"
                        + " loopback HTTP; %d warm-up pairs excluded; run took %.0f s.%n",
                Runtime.getRuntime().availableProcessors(), Machine.cpuModel(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), Machine.jvmFlags(), options.warmup(), seconds);
    }

    /** The summary table's line: the ratio at the smallest and the largest size. */
    private static SummaryRows summary(List<Row> rows, List<CallRecorder.Call> calls, Options options) {
        List<Row> measured = rows.stream().filter(r -> r.baseline() != null && !r.name().startsWith("·")).toList();
        SummaryRows s = new SummaryRows("intake");
        if (!measured.isEmpty()) {
            Row a = measured.get(0);
            Row b = measured.get(measured.size() - 1);
            s.add("praise intake `POST /api/praise`: handler ÷ its bare DynamoDB calls (medians)", "≤ 1.3",
                    String.format(Locale.ROOT, "%,d calls", a.n()), ratio(a), String.format(Locale.ROOT, "%,d calls", b.n()),
                    ratio(b));
        }
        s.note(String.format(Locale.ROOT, "Intake: the handler in process against its own DynamoDB requests (%s) sent again bare"
                + " to a second table, interleaved call by call on one DynamoDB Local over loopback HTTP, after %d warm-up pairs;"
                + " the e-mail is composed, not sent; the functions' JVM flags.",
                String.join(" + ", calls.stream().map(CallRecorder.Call::operation).toList()), options.warmup()));
        return s;
    }

    private static String ratio(Row r) {
        return String.format(Locale.ROOT, "**%.2f** (%.2f / %.2f ms)", r.stats().median() / r.baseline().median(),
                r.stats().medianMs(), r.baseline().medianMs());
    }



    private static final long STARTED = System.nanoTime();

    static void progress(String line) {
        System.err.printf(Locale.ROOT, "bench: [%5.1f s] %s%n", (System.nanoTime() - STARTED) / 1e9, line);
    }

    private record Row(String name, int n, Stats stats, Stats baseline, Stats difference) {
    }

    /** For --breakdown: the parts of each call, handler and bare side by side. */
    private static final class Parts {
        private final List<long[]> handler = new ArrayList<>();
        private final List<long[]> bare = new ArrayList<>();

        void clear() {
            handler.clear();
            bare.clear();
        }

        void handler(long load, long save, long before, long between, long after) {
            handler.add(new long[] {load, save, before + between + after, before, between, after});
        }

        void bare(long get, long put) {
            bare.add(new long[] {get, put});
        }

        List<Row> rows(int n) {
            Stats load = Stats.of(column(handler, 0));
            Stats get = Stats.of(column(bare, 0));
            Stats save = Stats.of(column(handler, 1));
            Stats put = Stats.of(column(bare, 1));
            return List.of(
                    new Row("· bare BatchGetItem", n, get, null, null),
                    new Row("· handler's loadSubmissionContext (BatchGetItem + reading the items)", n, load, get,
                            Stats.ofDifferences(column(handler, 0), column(bare, 0))),
                    new Row("· bare PutItem and the calls after it (the dashboard counter's UpdateItem)", n, put, null, null),
                    new Row("· handler's savePending (PutItem + the dashboard counter's UpdateItem)", n, save, put,
                            Stats.ofDifferences(column(handler, 1), column(bare, 1))),
                    new Row("· handler's own work around the store", n, Stats.of(column(handler, 2)), null, null),
                    new Row("·· before the read (parse and check the body, hash the e-mail)", n,
                            Stats.of(column(handler, 3)), null, null),
                    new Row("·· between read and write (checks, the two counters' UpdateItems, token)", n,
                            Stats.of(column(handler, 4)), null, null),
                    new Row("·· after the write (mail text, discarded enqueue, response, log line)", n,
                            Stats.of(column(handler, 5)), null, null));
        }

        private static long[] column(List<long[]> rows, int i) {
            return rows.stream().mapToLong(r -> r[i]).toArray();
        }
    }

    /** Median and p90 (nearest rank) of a set of call times. */
    record Stats(double median, double p90) {
        static Stats of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
            double p90 = sorted[Math.max(0, (int) Math.ceil(0.9 * n) - 1)];
            return new Stats(median, p90);
        }

        /** Of the differences a[i] - b[i] of paired calls. */
        static Stats ofDifferences(long[] a, long[] b) {
            long[] differences = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                differences[i] = a[i] - b[i];
            }
            return of(differences);
        }

        double medianMs() {
            return median / 1e6;
        }

        double p90Ms() {
            return p90 / 1e6;
        }
    }

    /** Counts the lines written to it and keeps nothing. */
    static final class LineSink extends OutputStream {
        private volatile long lines;

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            long found = 0;
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '\n') {
                    found++;
                }
            }
            lines += found;
        }

        long lines() {
            return lines;
        }
    }

    static final class BenchFailure extends RuntimeException {
        BenchFailure(String message) {
            super(message);
        }
    }
}
