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
    private LoadServer() {
    }

    /**
     * Every client of a load run comes from 127.0.0.1, so per-address, per-e-mail and throttling limits
     * would answer 429 instead of measuring the functions: the run lifts them all, explicitly.
     */
    public static LocalServer start() {
        return LocalServer.start(LocalServer.Config.forTests().withParameters(LocalServer.Config.LIMITS_LIFTED));
    }

    /** What the run says about limits, so a reader of the figures knows none of them applied. */
    public static String limitsNote() {
        return "Limits lifted for this run (all clients are 127.0.0.1): " + LocalServer.Config.LIMITS_LIFTED.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** Stops the server and removes the run's outbox (one .eml per praise, thousands of them). */
    public static void stop(LocalServer server) {
        server.close();
        LocalServer.deleteOutbox(server.outboxDir());
    }
}
