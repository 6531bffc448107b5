package lv.praise.local;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import lv.praise.adapter.Clocks;
import lv.praise.adapter.HashKeys;
import lv.praise.domain.Campaign;
import lv.praise.handler.AdminHandler;
import lv.praise.handler.EdgeOrigin;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.SamTemplate;
import lv.praise.testkit.twin.DynamoTwin;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The whole application on one machine, without Docker or an AWS account: every function of
 * template.yaml behind one HTTP server (as API Gateway would call it), DynamoDB Local with the
 * template's tables and demo data, a file outbox in place of SES, and the static site with the
 * headers CloudFront adds.
 *
 * <p>{@link #main} reads the environment ({@code PORT}, {@code DDB_PORT}, {@code PRAISE_DATA_DIR},
 * {@code PRAISE_NOW}); tests call {@link #shared()} or {@link #start(Config)}.
 *
 * <p>One server per JVM: the functions build their wiring (settings, clients) once per JVM, as once
 * per Lambda container, so a second server in the same JVM would talk to the first one's database.
 */
public final class LocalServer implements AutoCloseable {
    private static final int THREADS = 32;
    private static final String NODELAY = "sun.net.httpserver.nodelay";
    /** Who the development organiser token printed at start belongs to. */
    public static final String DEV_ORGANISER = "organiser@localhost";
    private static final AtomicBoolean FUNCTIONS_BOUND = new AtomicBoolean();
    private static LocalServer shared;
    private static RuntimeException sharedFailure;

    /**
     * How to run.
     *
     * @param port       HTTP port on loopback; 0 for any free one
     * @param dynamoPort DynamoDB Local's loopback port; 0 for any free one
     * @param dataDir    where the data is kept across restarts; null for in memory (fresh each start)
     * @param outboxDir  where the confirmation e-mails land as .eml files
     * @param template   template.yaml
     * @param siteDir    the static site: static-site/ next to the template (the sources), or the deploy build's
     *                   output (PRAISE_SITE_DIR; the tests' {@value #SITE_DIR_PROPERTY}); may be missing
     * @param fixedNow   the functions' fixed clock (PRAISE_NOW, an ISO instant), or null for real time
     * @param today      the day the run is as of (PRAISE_TODAY): the demo campaign lies around it and the
     *                   functions' clock shows it at the real time of day; null for the real Riga day
     * @param parameters template parameters overriding their defaults (as {@code sam deploy
     *                   --parameter-overrides}): they reach the functions' environment and the
     *                   gateway's throttling alike
     * @param dynamoEndpoint an existing DynamoDB endpoint to use instead of starting DynamoDB Local
     *                   (PRAISE_DYNAMODB_ENDPOINT): DynamoDB itself over https, or any DynamoDB-compatible
     *                   endpoint; null to start DynamoDB Local
     * @param demoData   whether to write the demo campaign, participants and evaluations (PRAISE_DEMO_DATA)
     * @param twin       the DynamoDB twin in front of the database (PRAISE_TWIN, PRAISE_TWIN_HOLD_MS); never in
     *                   front of DynamoDB itself, which has the real semantics and checks the signature's host
     * @param gatewayClock the clock of the gateway's throttling (System::nanoTime; a test advances its own)
     */
    public record Config(int port, int dynamoPort, Path dataDir, Path outboxDir, Path template, Path siteDir,
                         String fixedNow, LocalDate today, Map<String, String> parameters, URI dynamoEndpoint,
                         boolean demoData, DynamoTwin.Settings twin, java.util.function.LongSupplier gatewayClock) {
        public static final int DEFAULT_PORT = 3000;
        /**
         * The abuse limits lifted: no submission counters, and throttling far above what a test sends.
         * {@link #forTests()} starts from these, since the tests praise hundreds of times from 127.0.0.1.
         */
        public static final Map<String, String> LIMITS_LIFTED = Map.of(
                "PraiseLimitPerAddress", "0",
                "PraiseLimitPerEmail", "0",
                // Every test signs in from 127.0.0.1; the per-e-mail sign-in limit stays (SignInIT counts on it).
                "SignInLimitPerAddress", "0",
                "ApiRateLimit", "1000000",
                "ApiBurstLimit", "1000000",
                "PraiseRateLimit", "1000000",
                "PraiseBurstLimit", "1000000");
        /**
         * The shared test server's parameters: {@link #LIMITS_LIFTED}, and search reading the table every
         * time, since the tests import participants and look them up on the public site at once (the
         * template's 60 s list in memory has its own tests: ParticipantDirectoryTest, SearchCacheIT).
         */
        public static final Map<String, String> FOR_TESTS = withSearchUncached(LIMITS_LIFTED);

        private static Map<String, String> withSearchUncached(Map<String, String> parameters) {
            Map<String, String> all = new LinkedHashMap<>(parameters);
            all.put("SearchRefreshSeconds", "0");
            return Collections.unmodifiableMap(all);
        }

        public Config {
            if (port < 0 || port > 65535 || dynamoPort < 0 || dynamoPort > 65535) {
                throw new IllegalArgumentException("ports must be from 0 to 65535");
            }
            if (outboxDir == null || template == null || siteDir == null) {
                throw new IllegalArgumentException("outboxDir, template and siteDir are required");
            }
            outboxDir = outboxDir.toAbsolutePath().normalize();
            template = template.toAbsolutePath().normalize();
            siteDir = siteDir.toAbsolutePath().normalize();
            dataDir = dataDir == null ? null : dataDir.toAbsolutePath().normalize();
            fixedNow = fixedNow == null || fixedNow.isBlank() ? null : fixedNow.strip();
            parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new java.util.TreeMap<>(parameters));
            twin = twin == null ? DynamoTwin.Settings.fromEnvironment() : twin;
            gatewayClock = gatewayClock == null ? System::nanoTime : gatewayClock;
            if (dynamoEndpoint != null && LocalDynamoDb.isAws(dynamoEndpoint)) {
                twin = new DynamoTwin.Settings(false, twin.hold());
            }
            if (dynamoEndpoint != null && dataDir != null) {
                throw new IllegalArgumentException("PRAISE_DATA_DIR keeps DynamoDB Local's data; with "
                        + "PRAISE_DYNAMODB_ENDPOINT the data lives at that endpoint: set one of them");
            }
        }

        /** A local run with DynamoDB Local, the demo data and the twin as the environment says. */
        public Config(int port, int dynamoPort, Path dataDir, Path outboxDir, Path template, Path siteDir,
                      String fixedNow, LocalDate today, Map<String, String> parameters) {
            this(port, dynamoPort, dataDir, outboxDir, template, siteDir, fixedNow, today, parameters, null, true, null, null);
        }

        /** The system property that sets the tests' day, as {@code mvn -B verify -Dpraise.today=2027-03-09}. */
        public static final String TODAY_PROPERTY = "praise.today";

        /**
         * The local run: PORT (3000), DDB_PORT (any), PRAISE_DATA_DIR (memory), PRAISE_NOW (real time),
         * PRAISE_TODAY (the real day), PRAISE_PARAMETERS (none: the template's defaults), e.g.
         * {@code PraiseLimitPerAddress=5,PraiseRateLimit=2}, PRAISE_DYNAMODB_ENDPOINT (none: DynamoDB Local),
         * PRAISE_DEMO_DATA (1; 0 writes none), PRAISE_TWIN (on), PRAISE_TWIN_HOLD_MS (15), PRAISE_SITE_DIR (static-site/).
         */
        public static Config fromEnvironment(Map<String, String> env) {
            int port = port(env, "PORT", DEFAULT_PORT);
            int dynamoPort = port(env, "DDB_PORT", 0);
            String data = env.get("PRAISE_DATA_DIR");
            Path dataDir = data == null || data.isBlank() ? null : Path.of(data.strip());
            Path outbox = dataDir == null ? Path.of("outbox") : dataDir.resolve("outbox");
            Path template = SamTemplate.locate();
            return new Config(port, dynamoPort, dataDir, outbox, template, siteDir(template, env.get(SITE_DIR), SITE_DIR),
                    env.get("PRAISE_NOW"), day(Clocks.TODAY, env.get(Clocks.TODAY)), parseParameters(env.get("PRAISE_PARAMETERS")),
                    endpoint(env.get(DYNAMODB_ENDPOINT)), flag(env, DEMO_DATA, true), DynamoTwin.Settings.from(env::get),
                    null);
        }

        public static final String DYNAMODB_ENDPOINT = "PRAISE_DYNAMODB_ENDPOINT";
        /**
         * The folder the local run serves the site from instead of static-site/ (./run-local serves the sources, readable
         * while editing): e.g. the deploy build's output, {@code PRAISE_SITE_DIR=local/target/site} after
         * {@code node site-build/build.mjs}. A local-run switch: the site is never in Lambda.
         */
        public static final String SITE_DIR = "PRAISE_SITE_DIR";
        /**
         * The tests' site folder: local/pom.xml sets it to the deploy build's output (target/site), so the browser tests
         * run the minified files that are deployed. Unset (e.g. a test run from an IDE): {@link #SITE_DIR}, else the build's
         * default output local/target/site/. A build must be of the sources as they are now ({@link SiteBuild}); the
         * sources themselves are served only when named: {@code -Dpraise.site.dir=static-site} (see {@link #testSiteDir}).
         */
        public static final String SITE_DIR_PROPERTY = "praise.site.dir";

        /** The named folder (relative to the working directory), which must exist, or static-site/ next to the template. */
        static Path siteDir(Path template, String chosen, String name) {
            if (chosen == null || chosen.isBlank()) {
                return template.resolveSibling("static-site");
            }
            Path dir = Path.of(chosen.strip());
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException(name + " names no folder: '" + chosen.strip()
                        + "' (the deploy build's output is made by node site-build/build.mjs)");
            }
            return dir;
        }

        /** The tests' site folder: {@value #SITE_DIR_PROPERTY}, else {@link #SITE_DIR}, else local/target/site/. */
        public static Path testSiteDir(Path template) {
            return testSiteDir(template, System.getProperty(SITE_DIR_PROPERTY), System.getenv(SITE_DIR));
        }

        /**
         * The named folder, or the build's default output when none is named, refused when it is not a build of the
         * sources as they are now (a test run that skipped the build would weigh and serve an old one without a word).
         * The sources themselves (which are not what is deployed: unminified) only when named, by "static-site" or by
         * their path: never as a silent fallback.
         */
        static Path testSiteDir(Path template, String property, String env) {
            Path sources = template.resolveSibling("static-site").toAbsolutePath().normalize();
            boolean byProperty = property != null && !property.isBlank();
            String chosen = byProperty ? property : env;
            Path dir;
            if (chosen == null || chosen.isBlank()) {
                dir = template.resolveSibling("local").resolve("target").resolve("site");
            } else if (chosen.strip().equals("static-site")) {
                return sources;
            } else {
                dir = siteDir(template, chosen, byProperty ? SITE_DIR_PROPERTY : SITE_DIR);
            }
            dir = dir.toAbsolutePath().normalize();
            if (!dir.equals(sources)) {
                SiteBuild.requireFresh(dir, sources, template.resolveSibling("site-build"));
            }
            return dir;
        }

        public static final String DEMO_DATA = "PRAISE_DEMO_DATA";

        /** http(s)://host:port of a DynamoDB endpoint, or null when not set. */
        static URI endpoint(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            URI uri;
            try {
                uri = URI.create(text.strip());
            } catch (IllegalArgumentException e) {
                uri = null;
            }
            if (uri == null || uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw new IllegalArgumentException(DYNAMODB_ENDPOINT + " must be an endpoint such as http://127.0.0.1:8000 "
                        + "or https://dynamodb.eu-north-1.amazonaws.com, not '" + text.strip() + "'");
            }
            return uri;
        }

        private static boolean flag(Map<String, String> env, String name, boolean fallback) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "1", "true", "yes", "on" -> true;
                case "0", "false", "no", "off" -> false;
                default -> throw new IllegalArgumentException(name + " must be 1 or 0, not '" + value.strip() + "'");
            };
        }

        /**
         * For tests: free ports, data in memory, a fresh temporary outbox, the repository's template,
         * {@link #FOR_TESTS} (a test of the limits starts with {@code withParameters(Map.of())}), the site folder
         * of {@link #testSiteDir} (the deploy build's output under Maven; a stale build refused), and
         * the day from the system property {@value #TODAY_PROPERTY} or the environment's PRAISE_TODAY, so
         * the whole suite can run as of any day.
         */
        public static Config forTests() {
            try {
                Path template = SamTemplate.locate();
                return new Config(0, 0, null, Files.createTempDirectory("praise-outbox"), template,
                        testSiteDir(template), null, testDay(), FOR_TESTS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Config withFixedNow(String instant) {
            return new Config(port, dynamoPort, dataDir, outboxDir, template, siteDir, instant, today, parameters,
                    dynamoEndpoint, demoData, twin, gatewayClock);
        }

        public Config withToday(LocalDate day) {
            return new Config(port, dynamoPort, dataDir, outboxDir, template, siteDir, fixedNow, day, parameters,
                    dynamoEndpoint, demoData, twin, gatewayClock);
        }

        /** An existing DynamoDB endpoint instead of a DynamoDB Local of the run's own. */
        public Config withDynamoEndpoint(URI endpoint) {
            return new Config(port, dynamoPort, dataDir, outboxDir, template, siteDir, fixedNow, today, parameters,
                    endpoint, demoData, twin, gatewayClock);
        }

        public Config withDemoData(boolean seed) {
            return new Config(port, dynamoPort, dataDir, outboxDir, template, siteDir, fixedNow, today, parameters,
                    dynamoEndpoint, seed, twin, gatewayClock);
        }

        public Config withTwin(DynamoTwin.Settings settings) {
            return new Config(port, dynamoPort, dataDir, outboxDir, template, siteDir, fixedNow, today, parameters,
                    dynamoEndpoint, demoData, settings, gatewayClock);
        }

        /** The tests' day: {@value #TODAY_PROPERTY}, else PRAISE_TODAY, else null (the real day). */
        public static LocalDate testDay() {
            LocalDate property = day(TODAY_PROPERTY, System.getProperty(TODAY_PROPERTY));
            LocalDate env = day(Clocks.TODAY, System.getenv(Clocks.TODAY));
            // The functions read PRAISE_TODAY from the environment first: two different days would split the run.
            if (property != null && env != null && !property.equals(env)) {
                throw new IllegalArgumentException(TODAY_PROPERTY + "=" + property + " and the environment's "
                        + Clocks.TODAY + "=" + env + " disagree: set one of them");
            }
            return property != null ? property : env;
        }

        private static LocalDate day(String name, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(name + " must be a date such as 2027-03-09, not '" + text.strip() + "'");
            }
        }

        /** The day the run is as of: the chosen one, or today in Riga. */
        public LocalDate day() {
            return today != null ? today : LocalDate.now(Campaign.RIGA);
        }

        /**
         * The clock of the gateway's throttling (nanoseconds, as {@link System#nanoTime}): a test of the
         * throttling advances it to refill a route's bucket instead of waiting in real time.
         */
        public Config withGatewayClock(java.util.function.LongSupplier nanoTime) {
            return new Config(port, dynamoPort, dataDir, outboxDir, template, siteDir, fixedNow, today, parameters,
                    dynamoEndpoint, demoData, twin, nanoTime);
        }

        /** These overrides in place of the current ones (an empty map: every parameter at its default). */
        public Config withParameters(Map<String, String> overrides) {
            return new Config(port, dynamoPort, dataDir, outboxDir, template, siteDir, fixedNow, today, overrides,
                    dynamoEndpoint, demoData, twin, gatewayClock);
        }

        /** "Name=value,Name=value" (blanks around either ignored). */
        static Map<String, String> parseParameters(String text) {
            Map<String, String> parameters = new LinkedHashMap<>();
            if (text == null || text.isBlank()) {
                return parameters;
            }
            for (String pair : text.split(",")) {
                int eq = pair.indexOf('=');
                if (eq <= 0 || pair.substring(0, eq).isBlank()) {
                    throw new IllegalArgumentException("PRAISE_PARAMETERS must be Name=value pairs separated by commas, not '"
                            + pair.strip() + "'");
                }
                parameters.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
            return parameters;
        }

        private static int port(Map<String, String> env, String name, int fallback) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                int port = Integer.parseInt(value.strip());
                if (port < 0 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a port number (0-65535), not '" + value + "'");
            }
        }
    }

    private final Config config;
    private final SamTemplate template;
    private final LocalDynamoDb dynamo;
    private final Map<String, String> tables;
    private final Map<String, String> environment;
    private final DemoData.Seeded seeded;
    private final LocalDate day;
    private final LocalJwt jwt;
    private final String organiserToken;
    private final ScheduledFunctions scheduled;
    private final Throttling throttling;
    private final List<HttpServer> httpServers;
    private final ExecutorService executor;
    private final LocalQueues queues;
    private final int port;
    private final LocalLambda lambda;
    /** The participants' user pool's twin (issue 18), set once at start. */
    private LocalCognito cognito;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();

    private LocalServer(Config config, SamTemplate template, LocalDynamoDb dynamo, Map<String, String> tables,
                        Map<String, String> environment, DemoData.Seeded seeded, LocalDate day, LocalJwt jwt,
                        ScheduledFunctions scheduled, Throttling throttling, List<HttpServer> httpServers,
                        ExecutorService executor, int port, LocalLambda lambda, LocalQueues queues) {
        this.queues = queues;
        this.config = config;
        this.template = template;
        this.dynamo = dynamo;
        this.tables = tables;
        this.environment = environment;
        this.seeded = seeded;
        this.day = day;
        this.jwt = jwt;
        this.organiserToken = jwt.issue(DEV_ORGANISER, true, LocalJwt.DEV_TOKEN_VALIDITY);
        this.scheduled = scheduled;
        this.throttling = throttling;
        this.httpServers = httpServers;
        this.executor = executor;
        this.port = port;
        this.lambda = lambda;
    }

    /** Starts everything and returns once the site answers. */
    public static LocalServer start(Config config) {
        if (FUNCTIONS_BOUND.get()) {
            throw new IllegalStateException("a local server already ran in this JVM; the functions' wiring is "
                    + "built once per JVM (as per Lambda container): use LocalServer.shared() in tests");
        }
        SamTemplate template = SamTemplate.load(config.template());
        List<HttpServer> httpServers = bind(config.port());
        int port = httpServers.get(0).getAddress().getPort();
        LocalDynamoDb dynamo = null;
        ExecutorService executor = null;
        LocalLambda lambda = null;
        LocalQueues queues = null;
        try {
            // The template's SQS queues, first: their URLs are what the functions' !Ref of a queue gives.
            queues = LocalQueues.start(template);
            dynamo = config.dynamoEndpoint() == null
                    ? LocalDynamoDb.start(config.dynamoPort(), dynamoDir(config.dataDir()), config.twin())
                    : LocalDynamoDb.connect(config.dynamoEndpoint(), config.twin());
            Map<String, String> tables = new LinkedHashMap<>();
            for (String logicalId : template.resourcesOfType("AWS::DynamoDB::Table")) {
                dynamo.createTable(template, logicalId, logicalId);
                tables.put(logicalId, logicalId);
            }

            LocalDate today = config.day();
            int year = today.getYear();
            Map<String, String> local = localNames(year, port, tables);
            local.putAll(resourceNames(template));
            local.putAll(queues.urls());
            Map<String, String> names = names(template, config.parameters(), local);
            Map<String, String> environment = FunctionEnvironment.resolve(template, names, substitutes(config.dataDir()));
            prepareOutbox(config);
            setSystemProperties(environment, dynamo, config, port);
            Path filesDir = filesDir(config.dataDir());
            String filesKey = DevSecrets.generate();
            System.setProperty("POSTERS_DIR", filesDir.toString());
            System.setProperty("LOCAL_FILES_URL", "http://localhost:" + port + LocalFiles.PREFIX.substring(0,
                    LocalFiles.PREFIX.length() - 1));
            System.setProperty("LOCAL_FILES_KEY", filesKey);
            System.setProperty("SQS_ENDPOINT", queues.endpoint().toString());

            String table = environment.get("TABLE_NAME");
            if (table == null || !tables.containsValue(table)) {
                throw new IllegalStateException("the functions' TABLE_NAME (" + table + ") is not a table of the template");
            }
            DemoData.Seeded seeded = config.demoData() ? DemoData.load().seed(dynamo.client(), table, today)
                    : DemoData.existing(dynamo.client(), table, year);
            // What the run's own start wrote is not what the functions cost: the twin counts from here.
            dynamo.twin().ifPresent(DynamoTwin::reset);

            FUNCTIONS_BOUND.set(true);
            ApiRoutes routes = ApiRoutes.fromTemplate(template);
            LocalScheduler scheduler = new LocalScheduler(new Replies(CloudFrontHeaders.fromTemplate(template)));
            ScheduledFunctions scheduled = ScheduledFunctions.fromTemplate(template).withScheduler(template, scheduler);
            queues.startConsumers(template);
            SesFeedback sesFeedback = SesFeedback.fromTemplate(template);
            LocalJwt jwt = new LocalJwt(DevSecrets.tokenSigningKey(config.dataDir()).getBytes(StandardCharsets.US_ASCII));
            Replies replies = new Replies(CloudFrontHeaders.fromTemplate(template));
            Map<String, String> throttlingNames = new LinkedHashMap<>(template.parameterDefaults());
            throttlingNames.putAll(names);
            Throttling throttling = Throttling.fromTemplate(template, throttlingNames, config.gatewayClock());
            Map<String, JwtAuthorizer> authorizers = JwtAuthorizer.fromTemplate(template, jwt);
            lambda = new LocalLambda(template, replies);
            // The site's /api/* goes through the local CloudFront, which adds the origin secret and the viewer's
            // address; the gateway's own address (as execute-api's) reaches the same API without them.
            ApiGateway direct = new ApiGateway(routes, authorizers, throttling, replies, CloudFrontOrigin.bypassed());
            HttpServer directServer = bindDirect(direct, replies);
            httpServers.add(directServer);
            // The participants' user pool (issue 18): the page's sign-in calls and the functions' Admin calls.
            LocalCognito cognito = new LocalCognito(replies, jwt,
                    new lv.praise.adapter.OutboxMailer(config.outboxDir(), environment.get("SENDER_EMAIL")),
                    java.time.Clock.systemUTC(), CustomMessageTrigger.fromTemplate(template));
            SiteRouter router = new SiteRouter(new ApiGateway(routes, authorizers, throttling, replies,
                    CloudFrontOrigin.withSecret(environment.get(EdgeOrigin.SECRET_SETTING))),
                    new OutboxViewer(new OutboxMessages(config.outboxDir()), replies),
                    new DevEndpoints(jwt, scheduled, () -> Clocks.fromSettings().instant(), replies, queues, sesFeedback),
                    new StaticSite(config.siteDir(), replies), replies).withLambda(lambda).withScheduler(scheduler).withCognito(cognito)
                    .withFiles(new LocalFiles(filesDir, filesKey, replies));
            AtomicInteger threads = new AtomicInteger();
            executor = Executors.newFixedThreadPool(THREADS, r -> {
                Thread t = new Thread(r, "praise-http-" + threads.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            for (HttpServer server : httpServers) {
                if (server != directServer) {
                    server.createContext("/", router);
                }
                server.setExecutor(executor);
                server.start();
            }
            // As the first night would in AWS: the current campaign's awards schedule, at its awardsAt, so that
            // GET /_local/run lists the publication worker from the start (LocalScheduler).
            try {
                // Issue 18: the demo participants' contactEmail is their first contact, so they can sign in.
                lv.praise.Wiring.get().contactBackfill().run();
            } catch (RuntimeException e) {
                System.err.println("the contacts could not be back-filled at start: " + e);
            }
            try {
                lv.praise.Wiring.get().campaignYears().reconcileSchedule();
            } catch (RuntimeException e) {
                System.err.println("the awards schedule could not be set at start: " + e);
            }
            LocalServer started = new LocalServer(config, template, dynamo, Collections.unmodifiableMap(tables),
                    Collections.unmodifiableMap(environment), seeded, today, jwt, scheduled, throttling, httpServers, executor,
                    port, lambda, queues);
            started.cognito = cognito;
            return started;
        } catch (RuntimeException | Error e) {
            httpServers.forEach(s -> s.stop(0));
            if (lambda != null) {
                lambda.close();
            }
            if (executor != null) {
                executor.shutdownNow();
            }
            if (queues != null) {
                queues.close();
            }
            if (dynamo != null) {
                dynamo.close();
            }
            throw e;
        }
    }

    /** The JVM's one server for tests: started on first use (free ports, in memory), closed at exit. */
    public static synchronized LocalServer shared() {
        if (sharedFailure != null) {
            // A failed start cannot be retried in this JVM: give every later test the first cause.
            throw new IllegalStateException("the shared local server could not start: " + sharedFailure.getMessage(),
                    sharedFailure);
        }
        if (shared == null) {
            LocalServer server;
            try {
                server = start(Config.forTests());
            } catch (RuntimeException e) {
                sharedFailure = e;
                throw e;
            }
            shared = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                deleteOutbox(server.outboxDir());
            }, "praise-local-shutdown"));
        }
        return shared;
    }

    public static void main(String[] args) {
        LocalServer server;
        try {
            Config config = Config.fromEnvironment(System.getenv());
            System.out.println("Starting Praise locally (template " + config.template() + ") ...");
            server = start(config);
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("praise-local could not start: " + describe(e));
            if (System.getenv("PRAISE_DEBUG") != null) {
                e.printStackTrace();
            }
            System.exit(1);
            return;
        }
        LocalServer running = server;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping ...");
            running.close();
            System.out.println("Stopped.");
        }, "praise-local-shutdown"));
        System.out.println(server.banner());
        server.awaitClose();
    }

    /**
     * The HTTP API's own address, as {@code https://<api>.execute-api...} is in AWS: the same gateway and
     * functions without CloudFront in front, so without its origin header – every route answers 403
     * ({@code edge_required}). In AWS the address is off once ApiDomainName is set; here it stays, to show it.
     */
    public URI directApiUrl() {
        return URI.create("http://127.0.0.1:" + httpServers.get(httpServers.size() - 1).getAddress().getPort());
    }

    /** The origin secret this run's CloudFront adds and its functions expect (a test may play CloudFront with it). */
    public String originSecret() {
        return environment.get(EdgeOrigin.SECRET_SETTING);
    }

    /** http://localhost:PORT – the site's origin, and the SiteUrl in confirmation links. */
    public URI baseUrl() {
        return URI.create("http://localhost:" + port);
    }

    public int port() {
        return port;
    }

    public Path outboxDir() {
        return config.outboxDir();
    }

    /** A client of the server's DynamoDB Local (the functions use their own). */
    public DynamoDbClient dynamo() {
        return dynamo.client();
    }

    /** Where the functions reach DynamoDB: the twin when it runs, else the database itself. */
    public URI dynamoEndpoint() {
        return dynamo.endpoint();
    }

    /** The twin in front of the database, with its counts of capacity and conflicts, unless it is off. */
    public java.util.Optional<DynamoTwin> twin() {
        return dynamo.twin();
    }

    /** The table the functions use (their TABLE_NAME). */
    public String tableName() {
        return environment.get("TABLE_NAME");
    }

    /** Every table of the template: logical id → local table name. */
    public Map<String, String> tables() {
        return tables;
    }

    /** The functions' settings as set for this run (resolved from the template). */
    public Map<String, String> environment() {
        return environment;
    }

    /** The demo campaign's year (the functions' CAMPAIGN_YEAR). */
    /** The day this run is as of (the demo campaign lies around it): PRAISE_TODAY, or the Riga day it started. */
    public LocalDate day() {
        return day;
    }

    public int campaignYear() {
        return seeded.campaign().year();
    }

    /** The demo campaign as seeded: its praise window is open on the day the server started. */
    public Campaign campaign() {
        return seeded.campaign();
    }

    /** The seeded participant ids, in the order of the seed file. */
    public List<String> participantIds() {
        return seeded.participantIds();
    }

    public SamTemplate template() {
        return template;
    }

    /**
     * The development organiser token printed at start ({@value #DEV_ORGANISER}, in the organisers'
     * group, valid {@link LocalJwt#DEV_TOKEN_VALIDITY} from start): for {@code Authorization: Bearer}.
     */
    public String organiserToken() {
        return organiserToken;
    }

    /** A fresh token for anyone, in the organisers' group or in none (valid {@link LocalJwt#DEV_TOKEN_VALIDITY}). */
    public String tokenFor(String email, boolean organiser) {
        return jwt.issue(email, organiser, LocalJwt.DEV_TOKEN_VALIDITY);
    }

    /** The twin of the participants' user pool (issue 18): its users, and its clock for tests of expiry. */
    LocalCognito cognito() {
        return cognito;
    }

    /** The token issuer and checker of this run (its key), e.g. for tests to forge bad tokens. */
    public LocalJwt jwt() {
        return jwt;
    }

    /** Where the functions' SQS client sends ({@code SQS_ENDPOINT}): the local queues, over SQS's wire protocol. */
    public URI sqsEndpoint() {
        return queues.endpoint();
    }

    /** The local SQS queues' counts, as {@code GET /_local/queues} answers them. */
    public Map<String, Map<String, Object>> queueCounts() {
        return queues.counts();
    }

    /** The logical ids of the template's scheduled functions (run them with POST /_local/run/{id}). */
    public List<String> scheduledFunctions() {
        return scheduled.templateFunctions().stream().map(ScheduledFunctions.Function::logicalId).toList();
    }

    public Config config() {
        return config;
    }

    /** Asynchronous invocations accepted and not over yet (their retries included): 0 when the workers are idle. */
    public int workersInFlight() {
        return lambda.inFlight();
    }

    /** Stops the HTTP server and DynamoDB Local; safe to call more than once. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            httpServers.forEach(s -> s.stop(1));
            lambda.close();
            if (config.dataDir() == null) {
                deleteFiles(System.getProperty("POSTERS_DIR"));
            }
            executor.shutdown();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            queues.close();
            dynamo.close();
        } finally {
            closed.countDown();
        }
    }

    /** Blocks until {@link #close()} (the shutdown hook, on Ctrl-C). */
    public void awaitClose() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String banner() {
        String line = "-".repeat(72);
        StringBuilder b = new StringBuilder().append('\n').append(line).append('\n');
        b.append("  Praise is running locally\n\n");
        b.append("  Site:            ").append(baseUrl()).append("/   (").append(config.siteDir().endsWith("static-site")
                ? "static-site/, the sources" : config.siteDir() + ", " + Config.SITE_DIR).append(")\n");
        b.append("  Outbox (e-mail): ").append(baseUrl()).append("/_outbox/   (files in ")
                .append(config.outboxDir()).append(")\n");
        b.append("  Mail queue:      ").append(queues.describe()).append("; counts: GET ").append(baseUrl())
                .append(DevEndpoints.QUEUES).append(", an SES bounce or complaint: POST ").append(baseUrl())
                .append(DevEndpoints.SES_FEEDBACK).append('\n');
        if (config.dynamoEndpoint() == null) {
            b.append("  DynamoDB Local:  ").append(dynamo.upstreamEndpoint()).append("   (region ").append(LocalDynamoDb.REGION)
                    .append(", key ").append(LocalDynamoDb.ACCESS_KEY).append('/').append(LocalDynamoDb.SECRET_KEY)
                    .append(", tables ").append(String.join(", ", tables.values())).append(")\n");
        } else {
            b.append("  DynamoDB:        ").append(dynamo.upstreamEndpoint()).append("   (").append(Config.DYNAMODB_ENDPOINT)
                    .append(LocalDynamoDb.isAws(dynamo.upstreamEndpoint()) ? ", your AWS credentials and region" : "")
                    .append(", tables ").append(String.join(", ", tables.values())).append(")\n");
        }
        b.append("  DynamoDB twin:   ").append(dynamo.twin().map(t -> "on at " + t.endpoint() + ": transactions hold their items "
                + t.hold().toMillis() + " ms, conflicts as DynamoDB's, capacity counted per route (PRAISE_TWIN=off to skip)")
                .orElse(config.dynamoEndpoint() != null && LocalDynamoDb.isAws(config.dynamoEndpoint())
                        ? "off (DynamoDB itself has the real semantics)" : "off (PRAISE_TWIN)")).append('\n');
        b.append("  Data:            ").append(config.dynamoEndpoint() != null ? "at " + Config.DYNAMODB_ENDPOINT
                : config.dataDir() == null ? "in memory (fresh at every start; set PRAISE_DATA_DIR to keep it)"
                : "kept in " + config.dataDir()).append(config.demoData() ? "" : "; no demo data written (PRAISE_DEMO_DATA=0)")
                .append('\n');
        Campaign c = seeded.campaign();
        b.append("  Demo campaign:   ").append(c.year()).append(", praise open ")
                .append(c.praiseOpensAt().atZone(c.timeZone()).toLocalDate()).append(" – ")
                .append(c.praiseClosesAt().atZone(c.timeZone()).toLocalDate()).append(", ")
                .append(seeded.participantIds().size()).append(" participants")
                .append(c.publishedAt() != null ? ", results published " + c.publishedAt()
                        : c.closedEarlyAt() != null ? ", closed early " + c.closedEarlyAt() : "")
                .append('\n');
        String now = fixedNow();
        b.append("  Clock:           ").append(now != null ? "fixed at " + now + " (PRAISE_NOW)"
                : config.today() != null ? "real time of day on " + config.today() + " (PRAISE_TODAY)" : "real time")
                .append('\n');
        b.append("  Abuse limits:    ").append(describeLimits()).append('\n');
        b.append("  API, direct:     ").append(directApiUrl()).append("   (as execute-api's address: no CloudFront, so every ")
                .append("route answers 403 edge_required)\n");
        b.append("  Throttling:      ").append(throttling.describe()).append('\n');
        if (!config.parameters().isEmpty()) {
            b.append("  Parameters:      ").append(config.parameters().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", "))).append("   (PRAISE_PARAMETERS)\n");
        }
        b.append("  Scheduled:       ");
        if (scheduled.all().isEmpty()) {
            b.append("none\n");
        } else {
            b.append("run now with POST ").append(baseUrl()).append(DevEndpoints.RUN).append("/<function> (organiser token)\n");
            for (ScheduledFunctions.Function f : scheduled.all()) {
                b.append("                   ").append(f.logicalId()).append("   (")
                        .append(f.schedules().stream().map(ScheduledFunctions.Schedule::describe)
                                .collect(java.util.stream.Collectors.joining("; ")))
                        .append(")\n");
            }
        }
        b.append('\n');
        b.append("  Organiser token (").append(DEV_ORGANISER).append(", group ").append(AdminHandler.ORGANISERS)
                .append(", valid ").append(LocalJwt.DEV_TOKEN_VALIDITY.toHours()).append(" h; more from POST ")
                .append(baseUrl()).append(DevEndpoints.TOKEN).append("):\n");
        b.append("    ").append(organiserToken).append('\n');
        b.append("  Try:\n");
        b.append("    curl -H \"Authorization: Bearer ").append(organiserToken).append("\" ")
                .append(baseUrl()).append("/api/admin/standings\n");
        if (!Files.isDirectory(config.siteDir())) {
            b.append("  WARNING:         the static site folder ").append(config.siteDir())
                    .append(" is missing; only /api/ and /_outbox/ answer\n");
        }
        b.append('\n').append("  Press Ctrl-C to stop\n").append(line);
        return b.toString();
    }

    /** POST /api/praise's submission limits as the submit function reads them. */
    String describeLimits() {
        String perAddress = environment.get("PRAISE_LIMIT_PER_ADDRESS");
        String perEmail = environment.get("PRAISE_LIMIT_PER_EMAIL");
        return "POST /api/praise " + ("0".equals(perAddress) ? "no limit" : perAddress) + " per address, "
                + ("0".equals(perEmail) ? "no limit" : perEmail) + " per e-mail, per "
                + environment.get("PRAISE_LIMIT_WINDOW_MINUTES") + " min (429 with Retry-After)";
    }

    private String fixedNow() {
        String fromEnv = System.getenv("PRAISE_NOW");
        return fromEnv != null && !fromEnv.isBlank() ? fromEnv.strip() : config.fixedNow();
    }

    /**
     * Stand-ins for the variables the template fills from what exists only in AWS: the e-mail hash
     * secret's ARN (no Secrets Manager locally: the functions take the dev key, {@link HashKeys#DEV_KEY_SETTING},
     * which {@link #setSystemProperties} sets beside the template's variables), and Cognito (none locally:
     * blank, so GET /api/console/config answers {"auth":"local"} and the console signs in with POST /_local/token).
     */
    /** What EMAIL_HASH_SECRET names locally: no secret; the dev key stands in for it. */
    static final String LOCAL_HASH_SECRET = "local-dev-key";

    static Map<String, java.util.function.Supplier<String>> substitutes(Path dataDir) {
        return Map.of(HashKeys.SECRET_SETTING, () -> LOCAL_HASH_SECRET,
                // Fresh at every start: the local CloudFront and the functions live in one process.
                EdgeOrigin.SECRET_SETTING, DevSecrets::generate,
                "COGNITO_DOMAIN", () -> "",
                // The awards schedules' ARNs (GetAtt and SAM's alias): LocalScheduler keeps them and reads the
                // target function's logical id from its ARN.
                "AWARDS_WORKER_ARN", () -> "arn:aws:lambda:" + LocalDynamoDb.REGION + ":000000000000:function:"
                        + "ScheduledPublicationFunction:live",
                "AWARDS_SCHEDULER_ROLE_ARN", () -> "arn:aws:iam::000000000000:role/AwardsSchedulerRole",
                "AWARDS_FAILURES_QUEUE_ARN", () -> "arn:aws:sqs:" + LocalDynamoDb.REGION
                        + ":000000000000:PublicationFailuresQueue",
                "COGNITO_CLIENT_ID", () -> "",
                // The participants' pool (issue 18): the local run's twin of it (LocalCognito).
                "PARTICIPANT_POOL_ID", () -> LocalCognito.POOL_ID,
                "PARTICIPANT_CLIENT_ID", () -> LocalJwt.PARTICIPANT_AUDIENCE);
    }

    /**
     * The overrides, checked against the template's parameters, then the local run's own values
     * (which no override may replace: the year, the sender, the site URL, the tables).
     */
    static Map<String, String> names(SamTemplate template, Map<String, String> parameters, Map<String, String> local) {
        Map<String, String> names = new LinkedHashMap<>();
        for (var p : parameters.entrySet()) {
            if (!template.parameterNames().contains(p.getKey())) {
                throw new IllegalArgumentException("template parameter " + p.getKey() + " does not exist (parameters: "
                        + String.join(", ", template.parameterNames()) + ")");
            }
            if (local.containsKey(p.getKey())) {
                throw new IllegalArgumentException("template parameter " + p.getKey() + " is set by the local run itself ("
                        + local.get(p.getKey()) + ")");
            }
            names.put(p.getKey(), p.getValue());
        }
        names.putAll(local);
        return names;
    }

    /**
     * The local names of the template's functions and buckets, which other resources {@code !Ref}: a
     * function's logical id (LocalLambda answers to it), a bucket's logical id (the workers' files go to a
     * folder instead: LocalFiles).
     */
    static Map<String, String> resourceNames(SamTemplate template) {
        Map<String, String> names = new LinkedHashMap<>();
        template.resourcesOfType("AWS::Serverless::Function").forEach(id -> names.put(id, id));
        template.resourcesOfType("AWS::S3::Bucket").forEach(id -> names.put(id, id));
        // The SES configuration set is named by every send; the outbox has no use for it, but the name is its own.
        template.resourcesOfType("AWS::SES::ConfigurationSet").forEach(id -> names.put(id, id));
        // The awards schedules' group: LocalScheduler keeps schedules by group and name.
        template.resourcesOfType("AWS::Scheduler::ScheduleGroup").forEach(id -> names.put(id, id));
        return names;
    }

    private static Map<String, String> localNames(int year, int port, Map<String, String> tables) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("AWS::Region", LocalDynamoDb.REGION);
        names.put("AWS::Partition", "aws");
        names.put("AWS::AccountId", "000000000000");
        names.put("AWS::URLSuffix", "amazonaws.com");
        names.put("AWS::StackName", "praise-local");
        names.put("CampaignYear", Integer.toString(year));
        names.put("SenderEmail", "praise@localhost");
        names.put("SenderIdentity", "localhost");
        names.put("SiteUrl", "http://localhost:" + port);
        names.putAll(tables);
        return names;
    }

    private static void setSystemProperties(Map<String, String> environment, LocalDynamoDb dynamo, Config config, int port) {
        environment.forEach(System::setProperty);
        // The local run's dev key (in Lambda the key is read from Secrets Manager; HashKeys ignores this there).
        System.setProperty(HashKeys.DEV_KEY_SETTING, DevSecrets.emailHashKey(config.dataDir()));
        System.setProperty("DYNAMODB_ENDPOINT", dynamo.endpoint().toString());
        System.setProperty("OUTBOX_DIR", config.outboxDir().toString());
        // The functions start their workers through the SDK's Lambda client, here: LocalLambda.
        System.setProperty("LAMBDA_ENDPOINT", "http://127.0.0.1:" + port);
        // ... and create and move the awards' schedules through the SDK's Scheduler client, here: LocalScheduler.
        System.setProperty("SCHEDULER_ENDPOINT", "http://127.0.0.1:" + port);
        // ... and the participants' user pool through the SDK's Cognito client, here: LocalCognito (issue 18);
        // the /my/ page reaches the same twin on the site's own origin (GET /api/console/config).
        System.setProperty("COGNITO_ENDPOINT", "http://127.0.0.1:" + port + LocalCognito.PATH);
        System.setProperty("COGNITO_SIGNIN_PATH", LocalCognito.PATH + "/");
        if (config.fixedNow() != null) {
            System.setProperty(Clocks.FIXED_CLOCK, config.fixedNow());
        }
        if (config.today() != null) {
            System.setProperty(Clocks.TODAY, config.today().toString());
        }
        if (LocalDynamoDb.isAws(dynamo.endpoint())) {
            // DynamoDB itself: the functions sign with the caller's own credentials, found as the CLI finds them.
            System.setProperty("aws.region", LocalDynamoDb.awsRegion().id());
        } else {
            System.setProperty("aws.region", LocalDynamoDb.REGION);
            System.setProperty("aws.accessKeyId", LocalDynamoDb.ACCESS_KEY);
            System.setProperty("aws.secretAccessKey", LocalDynamoDb.SECRET_KEY);
        }
        for (String name : environment.keySet()) {
            String shadow = System.getenv(name);
            if (shadow != null && !shadow.isBlank() && !shadow.strip().equals(environment.get(name))) {
                System.out.println("WARNING: environment variable " + name + " is set in this shell; the functions "
                        + "read it instead of the local value");
            }
        }
    }

    /** In memory, the outbox starts empty like the database; with a data folder it is kept. */
    private static void prepareOutbox(Config config) {
        try {
            Files.createDirectories(config.outboxDir());
            if (config.dataDir() == null) {
                try (var files = Files.list(config.outboxDir())) {
                    for (Path file : files.toList()) {
                        String name = file.getFileName().toString();
                        if (Files.isRegularFile(file) && (name.endsWith(".eml") || name.endsWith(".eml.part"))) {
                            Files.delete(file);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the outbox " + config.outboxDir(), e);
        }
    }

    /**
     * Where the workers' files (the posters ZIPs) go: {@code files/} in the data folder, else a fresh
     * temporary folder. The links to them are signed with a key of this run, so they end with it.
     */
    private static Path filesDir(Path dataDir) {
        try {
            if (dataDir != null) {
                return Files.createDirectories(dataDir.resolve("files"));
            }
            return Files.createTempDirectory("praise-files");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the files folder", e);
        }
    }

    /** In memory, the run's files go with it, like its data (a national posters ZIP is hundreds of MB). */
    private static void deleteFiles(String folder) {
        if (folder == null) {
            return;
        }
        try (var walk = Files.walk(Path.of(folder))) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary folder harms nobody.
        }
    }

    /** Removes a test run's temporary outbox (its .eml files, then the folder). */
    public static void deleteOutbox(Path outbox) {
        try (var files = Files.list(outbox)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(outbox);
        } catch (IOException e) {
            // A leftover temporary folder harms nobody.
        }
    }

    private static Path dynamoDir(Path dataDir) {
        if (dataDir == null) {
            return null;
        }
        Path dir = dataDir.resolve("dynamodb");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + dir, e);
        }
        return dir;
    }

    /** The gateway's direct address: any free port on 127.0.0.1, the API's routes only (closed with the rest). */
    private static HttpServer bindDirect(ApiGateway gateway, Replies replies) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1 for the API's direct address", e);
        }
        server.createContext("/", exchange -> {
            try {
                if (LoopbackHost.refused(exchange, replies)) {
                    return;
                }
                gateway.handle(exchange);
            } catch (Exception | LinkageError | AssertionError e) {
                System.err.println("local API (direct) failed on " + exchange.getRequestURI() + ": " + e);
                replies.internalError(exchange);
            } finally {
                exchange.close();
            }
        });
        return server;
    }

    /** 127.0.0.1, and ::1 on the same port where the machine has it, so "localhost" reaches us either way. */
    private static List<HttpServer> bind(int port) {
        // The JDK server writes a response's headers and body in separate packets; without TCP_NODELAY
        // Nagle holds the body until the client's delayed ACK, ~40 ms added to every API call. Read once,
        // when the server classes load, so it is set before the first server is created.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        List<HttpServer> servers = new ArrayList<>();
        try {
            servers.add(HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 128));
        } catch (BindException e) {
            throw new IllegalStateException("port " + port + " is in use; stop what uses it or set PORT=<another port>", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
        int chosen = servers.get(0).getAddress().getPort();
        try {
            InetAddress v6 = InetAddress.getByName("::1");
            if (v6 instanceof Inet6Address) {
                servers.add(HttpServer.create(new InetSocketAddress(v6, chosen), 128));
            }
        } catch (IOException e) {
            // No IPv6 loopback here (or the port is taken there): 127.0.0.1 alone serves "localhost".
        }
        return servers;
    }

    private static String describe(Throwable e) {
        StringBuilder b = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            b.append("\n  caused by: ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return b.toString();
    }
}
