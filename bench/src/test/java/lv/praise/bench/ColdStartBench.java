package lv.praise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lv.praise.bench.probe.ColdStartProbe;
import lv.praise.local.DemoSeeds;
import lv.praise.local.LocalServer;
import lv.praise.testkit.LambdaContext;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.SamTemplate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code ./bench.sh --only coldstart}: for each function of template.yaml, a fresh JVM with the
 * functions' flags (JAVA_TOOL_OPTIONS from the template's Globals, as Lambda sets it), the
 * {@code sam build} class path (functions/target/classes + lib/), and the function's own environment
 * pointing at DynamoDB Local on loopback, timed from process start to the handler's first answer to
 * its sample event from events/. Twice per function: on an empty table and on a table seeded with
 * the local run's demo data, each fresh, so no function sees another's writes. A third fresh JVM per
 * function, on demo data, runs SnapStart's priming (the functions' CRaC resource, as Lambda's checkpoint
 * calls it) after the constructor: the priming's time is what a snapshot absorbs, and the first request
 * after it is the nearest local proxy for a function restored from a primed snapshot.
 */
public final class ColdStartBench {
    static final String USAGE = """
            usage: ./bench.sh --only coldstart [--functions Name,Name] [--repeats N]
              --functions ...  only these functions (logical ids, or parts of them)
              --repeats N      fresh JVMs per function and table; the median is shown (default 1)
            Prints a Markdown table on stdout, progress on stderr.""";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How many functions template.yaml declares (all share the one artifact). */
    private static final java.util.concurrent.atomic.AtomicInteger FUNCTIONS = new java.util.concurrent.atomic.AtomicInteger();

    private ColdStartBench() {
    }

    /**
     * One fresh JVM. {@code primingNanos} and {@code afterPrimingNanos} (the first call, timed from the end of
     * the priming) are those of a primed run; {@code primed} says what the priming found ("-" when not asked);
     * {@code deserializeNanos} is the part of the first call spent in the runtime's event deserialization.
     */
    record Run(long jvmNanos, long initNanos, long firstCallNanos, long totalNanos, String status, long secondNanos,
               String secondStatus, long primingNanos, long afterPrimingNanos, String primed, long deserializeNanos) {
    }

    record Result(SamTemplate.Function function, String event, Run empty, Run demo, Run primed) {
    }

    /** The first request after the priming, as a restored SnapStart function's first request (issue 15). */
    static final double AIM_AFTER_PRIMING_MS = 100;

    public static void main(String[] args) {
        BenchPart.main(args, USAGE, Set.of("--functions", "--repeats"), line -> {
            Path root = line.root();
            Path results = line.results();
            String functions = line.text("--functions", null);
            List<String> only = functions == null ? List.of() : Arrays.asList(functions.split(","));
            int repeats = line.number("--repeats", 1, 1);
            return out -> run(root, results, only, repeats, out);
        });
    }

    private static void run(Path root, Path resultsDir, List<String> only, int repeats, PrintStream out) throws Exception {
        long started = System.nanoTime();
        Path work = root.resolve("bench/target/coldstart");
        deleteTree(work);
        Files.createDirectories(work);
        String classPath = String.join(":", root.resolve("functions/target/classes").toString(),
                root.resolve("functions/target/lambda-lib").toString() + "/*", probeClasses(work).toString(),
                serializationJar(root).toString());
        SamTemplate template = SamTemplate.load(root.resolve("template.yaml"));
        Map<String, Path> events = eventsByKey(root.resolve("events"));
        FUNCTIONS.set(template.functions().size());

        Bench.progress("starting the local run (DynamoDB Local on loopback, demo data) ...");
        try (LocalServer server = LocalServer.start(new LocalServer.Config(0, 0, null,
                Files.createDirectories(work.resolve("outbox-server")), root.resolve("template.yaml"),
                // The template's own limits: each function's environment comes from them.
                root.resolve("static-site"), null, null, Map.of()))) {
            DynamoDbClient dynamo = server.dynamo();
            List<Result> results = new ArrayList<>();
            int n = 0;
            for (SamTemplate.Function function : template.functions()) {
                if (!only.isEmpty() && only.stream().noneMatch(function.logicalId()::contains)) {
                    continue;
                }
                Path event = eventFor(function, events);
                int timeout = timeoutSeconds(template, root.resolve("template.yaml"), function.logicalId());
                // Sizes: empty table, demo data, demo data with SnapStart's priming.
                Run[] pair = new Run[3];
                for (int size = 0; size < 3; size++) {
                    List<Run> runs = new ArrayList<>();
                    for (int r = 0; r < repeats; r++) {
                        String table = "coldstart-" + (++n);
                        dynamo.createTable(template.createTable("PraiseTable", table));
                        if (size >= 1) {
                            DemoSeeds.seedDemo(dynamo, table);
                        }
                        Map<String, String> env = environment(function, server, table, work.resolve("outbox-" + n));
                        runs.add(probe(classPath, function, event, timeout, env, work.resolve("run-" + n), size == 2));
                    }
                    boolean primed = size == 2;
                    runs.sort(java.util.Comparator.comparingLong(run -> primed ? run.afterPrimingNanos() : run.totalNanos()));
                    pair[size] = runs.get(runs.size() / 2);
                }
                Bench.progress(String.format(Locale.ROOT, "  %-32s empty table %5.0f ms (%s), demo data %5.0f ms (%s),"
                                + " priming %5.0f ms then first request %4.0f ms (%s)",
                        function.logicalId(), ms(pair[0].totalNanos()), pair[0].status(), ms(pair[1].totalNanos()),
                        pair[1].status(), ms(pair[2].primingNanos()), ms(pair[2].afterPrimingNanos()), pair[2].status()));
                results.add(new Result(function, root.relativize(event).toString(), pair[0], pair[1], pair[2]));
            }
            Bench.progress("zipping the Lambda package (sam build layout) ...");
            LambdaPackage lambda = LambdaPackage.build(root.resolve("functions"), root.resolve("bench/target/functions-lambda.zip"));
            double seconds = (System.nanoTime() - started) / 1e9;
            print(out, results, lambda, template, repeats, seconds);
            summary(results, lambda, repeats).write(resultsDir);
        }
    }

    /** The local-only switches of the local run (system properties of this JVM) a probe takes over, when set. */
    private static final List<String> LOCAL_RUN_SWITCHES = List.of(lv.praise.adapter.HashKeys.DEV_KEY_SETTING,
            "SQS_ENDPOINT", "SES_ENDPOINT", "LAMBDA_ENDPOINT", "SCHEDULER_ENDPOINT", "COGNITO_ENDPOINT", "POSTERS_DIR",
            "LOCAL_FILES_URL", "LOCAL_FILES_KEY");

    /** The function's variables as the template declares them, valued as the local run values them. */
    private static Map<String, String> environment(SamTemplate.Function function, LocalServer server, String table,
                                                   Path outbox) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (String name : function.environment().keySet()) {
            String value = server.environment().get(name);
            if (value == null) {
                throw new IllegalStateException("no local value of " + name + " for " + function.logicalId());
            }
            env.put(name, value);
        }
        env.put("TABLE_NAME", table);
        if (env.containsKey(lv.praise.handler.EdgeOrigin.SECRET_SETTING)) {
            // The probe sends the sample event of events/, which carries the sample origin secret, as CloudFront
            // would the stack's: the function does its real work, not a 403.
            env.put(lv.praise.handler.EdgeOrigin.SECRET_SETTING, lv.praise.testkit.Events.ORIGIN_SECRET);
        }
        // What the local run adds (LocalServer sets these as system properties in its own JVM): local-only
        // switches (Settings.localOnly), which the template never sets.
        env.put("DYNAMODB_ENDPOINT", server.dynamoEndpoint().toString());
        env.put("OUTBOX_DIR", Files.createDirectories(outbox).toString());
        // The local run's stand-ins for what exists only in AWS, as it set them in this JVM: the dev hash key
        // (no Secrets Manager), its SQS queues (the confirmation e-mail goes through one), its Lambda, Scheduler
        // and Cognito stand-ins, its file folder. Not its clock: the probe runs on the real one, as Lambda does.
        for (String name : LOCAL_RUN_SWITCHES) {
            String value = System.getProperty(name);
            if (value != null) {
                env.put(name, value);
            }
        }
        if (!env.containsKey(lv.praise.adapter.HashKeys.DEV_KEY_SETTING)) {
            throw new IllegalStateException("the local run set no " + lv.praise.adapter.HashKeys.DEV_KEY_SETTING);
        }
        env.putAll(lambdaRuntimeVariables());
        return env;
    }

    /**
     * What Lambda's runtime adds to a function's environment – region, credentials, execution environment,
     * version, time zone – but not {@code AWS_LAMBDA_FUNCTION_NAME}: that variable is how a function knows
     * it runs inside Lambda, and there it refuses the local-only switches the probe needs (DynamoDB Local's
     * endpoint, the outbox folder, the dev hash key, the local queues) and fails to start. The probe is honest about running outside Lambda
     * instead: the product's refusal stays as strict as it is (LocalSwitchesTest), and what that leaves out –
     * system properties are read as a fallback (the probe sets none), and the SDK's X-Ray trace header, which
     * it adds only inside Lambda with a trace id – is said in the table's notes.
     */
    static Map<String, String> lambdaRuntimeVariables() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_REGION", LocalDynamoDb.REGION);
        env.put("AWS_DEFAULT_REGION", LocalDynamoDb.REGION);
        env.put("AWS_ACCESS_KEY_ID", LocalDynamoDb.ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", LocalDynamoDb.SECRET_KEY);
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("TZ", ":UTC");
        return env;
    }

    private static Run probe(String classPath, SamTemplate.Function function, Path event, int timeout,
                             Map<String, String> env, Path dir, boolean prime) throws Exception {
        Files.createDirectories(dir);
        Path result = dir.resolve("result.txt");
        Path log = dir.resolve("output.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, ColdStartProbe.class.getName(), function.handlerClass(), event.toString(),
                Integer.toString(timeout), result.toString()));
        if (prime) {
            command.add("prime");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        // Only what Lambda would give the function: its variables (JAVA_TOOL_OPTIONS among them).
        builder.environment().clear();
        builder.environment().putAll(env);
        long t0 = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(function.logicalId() + ": no answer within 120 s; see " + log);
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(result)) {
            throw new IllegalStateException(function.logicalId() + ": the probe failed (exit " + process.exitValue()
                    + "); see " + log + ":\n" + tail(log));
        }
        String[] f = Files.readString(result).strip().split(" ");
        long main = Long.parseLong(f[0]);
        long constructed = Long.parseLong(f[1]);
        long answered = Long.parseLong(f[2]);
        return new Run(main - t0, constructed - main, answered - constructed, answered - t0, f[3], Long.parseLong(f[4]), f[5],
                Long.parseLong(f[6]), Long.parseLong(f[7]), f[8], Long.parseLong(f[9]));
    }

    /**
     * The probe's class files and the kit's Lambda context it hands the handlers, in a folder of their own, so
     * the child sees nothing else of the bench.
     */
    private static Path probeClasses(Path work) throws Exception {
        Path dir = work.resolve("probe-classes");
        copyClasses(ColdStartProbe.class, dir);
        copyClasses(LambdaContext.class, dir);
        return dir;
    }

    /**
     * A class's file and its nested classes' into their package folder below {@code dir}, read as resources
     * (the kit's classes come from a jar in target/lib).
     */
    private static void copyClasses(Class<?> type, Path dir) throws IOException {
        String name = type.getName().replace('.', '/') + ".class";
        Path to = dir.resolve(name);
        Files.createDirectories(to.getParent());
        try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no class file " + name);
            }
            Files.copy(in, to);
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            copyClasses(nested, dir);
        }
    }

    /** The Lambda runtime's event serialization library (the runtime has it; the artifact does not). */
    private static Path serializationJar(Path root) throws IOException {
        try (Stream<Path> jars = Files.list(root.resolve("bench/target/lib"))) {
            return jars.filter(p -> p.getFileName().toString().startsWith("aws-lambda-java-serialization-"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no aws-lambda-java-serialization jar"));
        }
    }

    /** events/*.json by route key ("GET /api/campaign"), and scheduled events by file name. */
    private static Map<String, Path> eventsByKey(Path dir) throws IOException {
        Map<String, Path> events = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode json = JSON.readTree(file.toFile());
                String name = file.getFileName().toString();
                events.put(json.has("routeKey") ? json.get("routeKey").asText() : name.substring(0, name.length() - 5), file);
            }
        }
        return events;
    }

    /** By the function's route; a scheduled function's event is named after its handler (NightlyRecalculation → nightly-recalculation). */
    private static Path eventFor(SamTemplate.Function function, Map<String, Path> events) {
        for (SamTemplate.Route route : function.routes()) {
            Path event = events.get(route.method() + " " + route.path());
            if (event != null) {
                return event;
            }
        }
        String simple = function.handlerClass().substring(function.handlerClass().lastIndexOf('.') + 1)
                .replaceFirst("Handler$", "");
        String kebab = simple.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        Path event = events.get(kebab);
        if (event == null) {
            throw new IllegalStateException("no sample event in events/ for " + function.logicalId()
                    + " (by route " + function.routes() + " or as " + kebab + ".json)");
        }
        return event;
    }

    /** The function's Timeout, else the one of Globals.Function (read from the text: SamTemplate gives resources only). */
    private static int timeoutSeconds(SamTemplate template, Path templateFile, String logicalId) throws IOException {
        Object timeout = template.properties(logicalId).get("Timeout");
        if (timeout != null) {
            return Integer.parseInt(timeout.toString());
        }
        String text = Files.readString(templateFile);
        String globals = text.substring(text.indexOf("\nGlobals:"), text.indexOf("\nResources:"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\n    Timeout: (\\d+)").matcher(globals);
        if (!m.find()) {
            throw new IllegalStateException("no Timeout for " + logicalId + " nor in Globals.Function");
        }
        return Integer.parseInt(m.group(1));
    }

    private static void print(PrintStream out, List<Result> results, LambdaPackage lambda, SamTemplate template,
                              int repeats, double seconds) {
        out.println("| function | sample event | table | JVM start → main ms | handler class + constructor ms"
                + " | first call ms | **process start → first answer ms** | status | second call ms (status)"
                + " | SnapStart priming ms | **first request after priming ms** (status) | of which the runtime's event deserialization ms |");
        out.println("| --- | --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |");
        for (Result r : results) {
            for (int size = 0; size < 2; size++) {
                Run run = size == 0 ? r.empty() : r.demo();
                // The primed JVM ran on demo data: its two columns go on the demo data line.
                String priming = size == 0 ? "" : primingCell(r.primed());
                String after = size == 0 ? "" : String.format(Locale.ROOT, "**%.0f** (%s)",
                        ms(r.primed().afterPrimingNanos()), r.primed().status());
                String deserialize = size == 0 ? "" : String.format(Locale.ROOT, "%.0f", ms(r.primed().deserializeNanos()));
                out.printf(Locale.ROOT, "| %s | %s | %s | %.0f | %.0f | %.0f | **%.0f** | %s | %.1f (%s) | %s | %s | %s |%n",
                        size == 0 ? r.function().logicalId() : "", size == 0 ? r.event() : "",
                        size == 0 ? "empty" : "demo data", ms(run.jvmNanos()), ms(run.initNanos()),
                        ms(run.firstCallNanos()), ms(run.totalNanos()), run.status(), ms(run.secondNanos()),
                        run.secondStatus(), priming, after, deserialize);
            }
        }
        out.println();
        for (String note : notes(results, lambda, repeats)) {
            out.println(note);
        }
        out.printf(Locale.ROOT, "Machine: %d cores (%s), %s %s; run took %.0f s.%n",
                Runtime.getRuntime().availableProcessors(), Machine.cpuModel(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), seconds);
    }

    /** The priming's milliseconds; "none" when the handler built no wiring (nothing for Lambda to prime either). */
    private static String primingCell(Run primed) {
        return "primed".equals(primed.primed()) ? String.format(Locale.ROOT, "%,.0f ms", ms(primed.primingNanos()))
                : "none (" + primed.primed() + ")";
    }

    private static List<String> notes(List<Result> results, LambdaPackage lambda, int repeats) {
        double[] demo = results.stream().mapToDouble(r -> ms(r.demo().totalNanos())).sorted().toArray();
        double[] jvm = results.stream().mapToDouble(r -> ms(r.demo().jvmNanos())).sorted().toArray();
        String flags = results.isEmpty() ? "" : String.valueOf(results.get(0).function().environment().get("JAVA_TOOL_OPTIONS"));
        List<String> notes = new ArrayList<>();
        if (demo.length > 0) {
            notes.add(String.format(Locale.ROOT, "Cold start (%d functions, demo data): median %.0f ms, slowest %.0f ms,"
                            + " of which the bare JVM start (process start → main) is ~%.0f ms. Fresh JVM per function and"
                            + " table, %d run(s) each (the median shown), flags `%s` from template.yaml, class path ="
                            + " `sam build` layout + the runtime's aws-lambda-java-serialization; no SnapStart, no priming.",
                    demo.length, demo[demo.length / 2], demo[demo.length - 1], jvm[jvm.length / 2], repeats, flags));
            double[] priming = results.stream().filter(r -> "primed".equals(r.primed().primed()))
                    .mapToDouble(r -> ms(r.primed().primingNanos())).sorted().toArray();
            double[] after = results.stream().mapToDouble(r -> ms(r.primed().afterPrimingNanos())).sorted().toArray();
            double[] deserialize = results.stream().mapToDouble(r -> ms(r.primed().deserializeNanos())).sorted().toArray();
            long met = results.stream().filter(r -> ms(r.primed().afterPrimingNanos()) <= AIM_AFTER_PRIMING_MS).count();
            notes.add(String.format(Locale.ROOT, "SnapStart proxy (demo data, a third fresh JVM per function): after the"
                            + " constructor the functions' CRaC priming runs as Lambda's checkpoint would call it – median %.0f ms,"
                            + " slowest %.0f ms (%d of %d functions have something to prime), the time the snapshot absorbs;"
                            + " the first request after it: median %.0f ms, slowest %.0f ms, %d of %d within %.0f ms, of which the"
                            + " Lambda runtime's own event deserialization (aws-lambda-java-serialization, not primed by the"
                            + " function) median %.0f ms. Not modelled: the restore itself, and the primed connection, which a"
                            + " restored environment must open again.",
                    priming.length == 0 ? 0 : priming[priming.length / 2], priming.length == 0 ? 0 : priming[priming.length - 1],
                    priming.length, results.size(), after[after.length / 2], after[after.length - 1], met, results.size(),
                    AIM_AFTER_PRIMING_MS, deserialize[deserialize.length / 2]));
        }
        notes.add("The probe's environment: the function's variables from template.yaml, DynamoDB Local's endpoint, an"
                + " outbox folder and the local run's other stand-ins (dev hash key, SQS, Lambda, Scheduler, Cognito: local-only"
                + " switches), and Lambda's region, credentials, AWS_EXECUTION_ENV and TZ – but not"
                + " AWS_LAMBDA_FUNCTION_NAME, with which a function refuses local-only switches and does not start. Not"
                + " modelled: the functions' inside-Lambda branches (system properties are not read there; the probe sets"
                + " none), the SDK's X-Ray trace header, Lambda's runtime API loop (the probe calls the handler directly)"
                + " and its CPU share at the function's memory size.");
        notes.add(String.format(Locale.ROOT, "Deployment artifact: one CodeUri (functions/) for all %d functions of template.yaml –"
                        + " %.1f MiB zipped (%.1f MiB unzipped: %d jars + %d KiB own classes).",
                FUNCTIONS.get(), lambda.zipBytes() / 1048576.0, lambda.unzippedBytes() / 1048576.0, lambda.jars(),
                Math.round(lambda.classBytes() / 1024.0)));
        return notes;
    }

    private static SummaryRows summary(List<Result> results, LambdaPackage lambda, int repeats) {
        SummaryRows rows = new SummaryRows("coldstart");
        for (Result r : results) {
            rows.add("cold start `" + r.function().logicalId() + "` → first answer (status)", "≤ 600 ms",
                    "empty table", String.format(Locale.ROOT, "%,.0f ms (%s)", ms(r.empty().totalNanos()), r.empty().status()),
                    "demo data", String.format(Locale.ROOT, "%,.0f ms (%s)", ms(r.demo().totalNanos()), r.demo().status()));
        }
        for (Result r : results) {
            rows.add("SnapStart proxy `" + r.function().logicalId() + "`: priming → first request after it (status)",
                    "≤ 100 ms after priming", "priming, demo data", primingCell(r.primed()),
                    "first request after priming (of which event deserialization)",
                    String.format(Locale.ROOT, "%,.0f ms (%s; %,.0f)", ms(r.primed().afterPrimingNanos()), r.primed().status(),
                            ms(r.primed().deserializeNanos())));
        }
        rows.add("deployment artifact (one CodeUri for all functions)", "–", "zipped",
                String.format(Locale.ROOT, "%.1f MiB", lambda.zipBytes() / 1048576.0), "unzipped",
                String.format(Locale.ROOT, "%.1f MiB (%d jars)", lambda.unzippedBytes() / 1048576.0, lambda.jars()));
        notes(results, lambda, repeats).forEach(rows::note);
        return rows;
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
    }


    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
