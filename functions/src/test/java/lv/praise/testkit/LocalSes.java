package lv.praise.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * aws-ses-v2-local (npm, pinned in {@code src/test/ses-local/package.json}) as a loopback HTTP server,
 * reached by the real SES v2 client through an endpoint override. One server per JVM.
 *
 * <p>On a fresh clone its {@code node_modules} is missing, so the first start runs {@code npm ci}
 * there: {@code mvn -B verify} needs Node and npm on the PATH, nothing else.
 */
public final class LocalSes implements AutoCloseable {
    public static final String REGION = "eu-north-1";
    public static final String ACCESS_KEY = "local";
    public static final String SECRET_KEY = "local";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalSes shared;

    private final Process process;
    private final URI endpoint;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();

    private LocalSes(Process process, URI endpoint, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.log = log;
    }

    /** The JVM-wide server for tests, started on first use and stopped when the JVM exits. */
    public static synchronized LocalSes shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** Installs the npm package if needed and starts a server on a free loopback port. */
    public static LocalSes start() {
        Path basedir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        Path folder = packageFolder(basedir);
        Path target = basedir.resolve("target");
        NpmPackages.ensureInstalled(folder, "aws-ses-v2-local", target);
        int port = freePort();
        Path log = target.resolve("ses-local-" + port + ".log");
        Process process;
        try {
            Files.createDirectories(target);
            ProcessBuilder builder = new ProcessBuilder(List.of("node",
                    "node_modules/aws-ses-v2-local/dist/cli.js", "--port", Integer.toString(port), "--host", "127.0.0.1"))
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // It would forward every stored message to this SMTP server: tests talk to loopback only.
            builder.environment().remove("SMTP_TRANSPORT");
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("aws-ses-v2-local could not be started: is Node.js ('node') on the PATH?", e);
        }
        LocalSes ses = new LocalSes(process, URI.create("http://127.0.0.1:" + port), log);
        try {
            ses.awaitHealthy();
        } catch (RuntimeException e) {
            ses.close();
            throw e;
        }
        return ses;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Forgets every stored message (and template). */
    public void clear() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint.resolve("/clear-store"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("aws-ses-v2-local /clear-store answered " + response.statusCode());
        }
    }

    /** What the server holds: {@code {"templates": {...}, "emails": [...]}}. */
    public JsonNode store() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint.resolve("/store")).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("aws-ses-v2-local /store answered " + response.statusCode());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("aws-ses-v2-local /store is not JSON", e);
        }
    }

    /** The stored messages, oldest first. */
    public JsonNode emails() {
        return store().path("emails");
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitHealthy() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/health-check"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("aws-ses-v2-local exited with " + process.exitValue()
                        + " before answering; its output (" + log + "):\n" + logText());
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for aws-ses-v2-local", e);
            }
            sleep(100);
        }
        throw new IllegalStateException("aws-ses-v2-local did not answer " + endpoint + "/health-check within "
                + START_TIMEOUT.toSeconds() + " s; its output (" + log + "):\n" + logText());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("aws-ses-v2-local at " + endpoint + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while talking to aws-ses-v2-local", e);
        }
    }

    private String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** {@code src/test/ses-local} of the functions module, also when the JVM runs from the repository root. */
    private static Path packageFolder(Path basedir) {
        for (Path candidate : List.of(basedir.resolve("src/test/ses-local"), basedir.resolve("functions/src/test/ses-local"))) {
            if (Files.isRegularFile(candidate.resolve("package.json"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("src/test/ses-local/package.json not found under " + basedir
                + " (set -Dbasedir to the functions module)");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for aws-ses-v2-local", e);
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
