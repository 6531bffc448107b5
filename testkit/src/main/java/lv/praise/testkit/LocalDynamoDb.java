package lv.praise.testkit;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import lv.praise.testkit.twin.DynamoTwin;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local as a loopback HTTP server, reached by the real SDK client through an endpoint
 * override – the same path the functions take to DynamoDB in AWS. One server per JVM.
 *
 * <p>By default the {@link DynamoTwin} stands in front of it, so that clients meet DynamoDB's
 * transaction conflicts and every request's capacity is counted: {@link #endpoint()} is the twin's.
 * {@code PRAISE_TWIN=off} (environment or system property) talks to DynamoDB Local directly.
 */
public final class LocalDynamoDb implements AutoCloseable {
    public static final String REGION = "eu-north-1";
    public static final String ACCESS_KEY = "local";
    public static final String SECRET_KEY = "local";

    private static LocalDynamoDb shared;
    private static final AtomicInteger TABLES = new AtomicInteger();

    /** Null when the database was started elsewhere ({@link #connect}). */
    private final DynamoDBProxyServer server;
    private final URI upstream;
    /** Null when the twin is off. */
    private final DynamoTwin twin;
    private final URI endpoint;
    private final DynamoDbClient client;

    private LocalDynamoDb(DynamoDBProxyServer server, URI upstream, DynamoTwin.Settings twinSettings) {
        this.server = server;
        this.upstream = upstream;
        this.twin = twinSettings.on() ? DynamoTwin.start(upstream, twinSettings.hold()) : null;
        this.endpoint = twin == null ? upstream : twin.endpoint();
        this.client = client(o -> { });
    }

    /** A new client of this server, configured further by {@code override} (interceptors, retries). */
    public DynamoDbClient client(Consumer<ClientOverrideConfiguration.Builder> override) {
        return clientFor(endpoint, override);
    }

    /** A client of any loopback endpoint (a twin of a test's own, say) with the local credentials and region. */
    public static DynamoDbClient clientFor(URI endpoint, Consumer<ClientOverrideConfiguration.Builder> override) {
        var builder = DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(override);
        if (isAws(endpoint)) {
            // DynamoDB itself (a test account): the caller's own credentials and region, as the AWS CLI finds them.
            return builder.region(awsRegion()).build();
        }
        return builder.region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    /**
     * Whether an endpoint is DynamoDB itself (HTTPS), which checks request signatures and needs real
     * credentials, rather than a DynamoDB-compatible one on plain HTTP such as DynamoDB Local.
     */
    public static boolean isAws(URI endpoint) {
        return "https".equalsIgnoreCase(endpoint.getScheme());
    }

    /** The region of the caller's AWS configuration (AWS_REGION, the profile), else {@value #REGION}. */
    public static Region awsRegion() {
        try {
            return new software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain().getRegion();
        } catch (RuntimeException none) {
            return Region.of(REGION);
        }
    }

    /** The JVM-wide server for tests, started on first use and stopped when the JVM exits. */
    public static synchronized LocalDynamoDb shared() {
        if (shared == null) {
            shared = start(0, null);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /**
     * Starts a server on the given loopback port (0 for any free one), in memory, or keeping its
     * data in {@code dataDir} when one is given.
     */
    public static LocalDynamoDb start(int port, Path dataDir) {
        return start(port, dataDir, DynamoTwin.Settings.fromEnvironment());
    }

    /** As {@link #start(int, Path)}, with the twin as given rather than as the environment says. */
    public static LocalDynamoDb start(int port, Path dataDir, DynamoTwin.Settings twin) {
        int chosen = port == 0 ? freePort() : port;
        List<String> args = new ArrayList<>(List.of("-port", Integer.toString(chosen), "-disableTelemetry"));
        if (dataDir == null) {
            args.add("-inMemory");
        } else {
            args.addAll(List.of("-dbPath", dataDir.toAbsolutePath().toString(), "-sharedDb"));
        }
        try {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
            server.start();
            return new LocalDynamoDb(server, URI.create("http://127.0.0.1:" + chosen), twin);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start on port " + chosen, e);
        }
    }

    /**
     * A database that runs elsewhere (a DynamoDB Local started separately, or DynamoDB itself), with the
     * twin in front when {@code twin} says so. Closing this stops the twin and the client, not the database.
     */
    public static LocalDynamoDb connect(URI endpoint, DynamoTwin.Settings twin) {
        return new LocalDynamoDb(null, endpoint, twin);
    }

    public DynamoDbClient client() {
        return client;
    }

    /** Where clients connect: the twin when it runs, else the database itself. */
    public URI endpoint() {
        return endpoint;
    }

    /** The database behind the twin (the same as {@link #endpoint()} without it). */
    public URI upstreamEndpoint() {
        return upstream;
    }

    /** The twin in front of the database, unless it is off. */
    public Optional<DynamoTwin> twin() {
        return Optional.ofNullable(twin);
    }

    /** Creates a table as template.yaml declares it, under a new name, and returns the name. */
    public String createFreshTable(SamTemplate template, String logicalId) {
        String name = logicalId + "-" + TABLES.incrementAndGet();
        createTable(template, logicalId, name);
        return name;
    }

    /**
     * Creates the table unless it exists (a kept data folder, or an existing endpoint, already has it), and
     * waits until it is active (DynamoDB takes a few seconds; DynamoDB Local none).
     */
    public void createTable(SamTemplate template, String logicalId, String name) {
        if (client.listTablesPaginator().tableNames().stream().noneMatch(name::equals)) {
            client.createTable(template.createTable(logicalId, name));
        }
        client.waiter().waitUntilTableExists(r -> r.tableName(name));
    }

    @Override
    public void close() {
        client.close();
        if (twin != null) {
            twin.close();
        }
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping happens at exit; a failure here changes nothing for anyone.
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free loopback port", e);
        }
    }
}
