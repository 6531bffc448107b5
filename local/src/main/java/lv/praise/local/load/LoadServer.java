package lv.praise.local.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lv.praise.local.LocalServer;

/**
 * The one place where a load run starts the local server: fresh (in memory, free ports, an outbox of
 * its own) and with every limit that would refuse 50 clients on one loopback address lifted.
 */
public final class LoadServer {
    /**
     * Template parameters that limit how often one address or one e-mail may praise, or how fast the
     * emulated API Gateway lets requests through, with the values that lift them for the run. Every
     * client of a load run comes from 127.0.0.1, so such limits would answer 429 instead of measuring
     * the functions.
     */
    static final Map<String, String> LIFTED_LIMITS = LocalServer.Config.LIMITS_LIFTED;

    private LoadServer() {
    }

    public static LocalServer start() {
        return LocalServer.start(LocalServer.Config.forTests().withParameters(LIFTED_LIMITS));
    }

    /** What the run says about limits, so a reader of the figures knows none of them applied. */
    public static String limitsNote() {
        return "Limits lifted for this run (all clients are 127.0.0.1): " + LIFTED_LIMITS.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** Stops the server and removes the run's outbox (one .eml per praise, thousands of them). */
    public static void stop(LocalServer server) {
        server.close();
        Path outbox = server.outboxDir();
        try (Stream<Path> files = Files.list(outbox)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(outbox);
        } catch (IOException e) {
            // A leftover temporary folder harms nobody; the figures are already printed.
        }
    }
}
