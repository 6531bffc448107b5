package lv.praise.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lv.praise.testkit.LocalDynamoDb;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB Local in a JVM of its own (in memory, loopback), so that the heap measured in the
 * benchmark's JVM is the recalculation's alone, as in Lambda, where DynamoDB is elsewhere.
 */
final class DynamoLocalProcess implements AutoCloseable {
    private final Process process;
    private final URI endpoint;

    private DynamoLocalProcess(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    static DynamoLocalProcess start(Path log, String heap) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("software.amazon.dynamodb.services.local.main.ServerRunner");
        command.addAll(List.of("-inMemory", "-port", Integer.toString(port), "-disableTelemetry"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().put("DDB_LOCAL_TELEMETRY", "0");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!accepts(port)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("DynamoDB Local stopped at start; see " + log);
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("DynamoDB Local did not start within 60 s; see " + log);
            }
            Thread.sleep(100);
        }
        return new DynamoLocalProcess(process, URI.create("http://127.0.0.1:" + port));
    }

    /** A client as the functions build theirs (URL-connection HTTP client), pointed at this server. */
    DynamoDbClient client() {
        return client(override -> { });
    }

    /** The same client with an override (an interceptor that counts what it sends). */
    DynamoDbClient client(java.util.function.Consumer<software.amazon.awssdk.core.client.config.ClientOverrideConfiguration.Builder> override) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(LocalDynamoDb.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LocalDynamoDb.ACCESS_KEY, LocalDynamoDb.SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(override)
                .build();
    }

    /** Where it listens (loopback). */
    URI endpoint() {
        return endpoint;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
