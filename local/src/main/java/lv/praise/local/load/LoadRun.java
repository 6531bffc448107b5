package lv.praise.local.load;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lv.praise.local.LocalServer;
import lv.praise.testkit.twin.DynamoTwin;
import lv.praise.testkit.twin.TwinReport;
import lv.praise.testkit.SamTemplate;

/**
 * {@code ./load.sh}: starts a fresh local server, drives it with concurrent clients, checks that every
 * praise was counted exactly once and that the public counts equal the raw data, and prints the
 * figures as Markdown on stdout (progress on stderr). Exits 1 when a check fails or the time-out hits.
 */
public final class LoadRun {
    private LoadRun() {
    }

    /** The run and its checks, with the server started and stopped around them. */
    public record Result(LoadOutcome outcome, List<LoadChecks.Check> checks, String report) {
        public boolean ok() {
            return checks.stream().allMatch(LoadChecks.Check::ok);
        }

        public List<String> failed() {
            return checks.stream().filter(c -> !c.ok())
                    .map(c -> c.name() + ": expected " + c.expected() + ", found " + c.found()).toList();
        }
    }

    public static Result run(LoadOptions options) throws Exception {
        // The functions log one JSON line per request to stdout, as in Lambda: 20 000 lines would bury the
        // report and slow the run through a terminal, so they go to a file. JsonLog keeps the stream it
        // finds when its class loads, hence before the server starts.
        Path log = SamTemplate.locate().resolveSibling("local").resolve("target").resolve("load-requests.log");
        Files.createDirectories(log.getParent());
        PrintStream stdout = System.out;
        PrintStream requests = new PrintStream(new BufferedOutputStream(Files.newOutputStream(log), 1 << 16), false,
                StandardCharsets.UTF_8);
        System.setOut(requests);
        System.err.println("load: starting the local server (its request log: " + log + ") ...");
        LocalServer server = LoadServer.start();
        try {
            LoadChecks.Baseline base = LoadChecks.baseline(server);
            List<LoadChecks.Check> checks = new ArrayList<>(LoadChecks.before(server, base));
            // The twin counts from here: the functions' calls of the run, not the checks before it.
            server.twin().ifPresent(DynamoTwin::reset);
            System.err.printf("load: %d clients submitting and confirming praises%s, then %,d%s; %d racers on one "
                    + "more (time-out %d s) ...%n", options.clients(), options.ramp() == null ? ""
                    : " at a ramp of " + options.ramp() + " praises/s", options.praises(), options.ramp() != null
                    ? " at the highest rate held" : options.rate() == 0 ? " unpaced" : " at " + options.rate() + "/s",
                    options.racers(), options.timeout().toSeconds());
            LoadOutcome outcome = new LoadDriver(server, options).run();
            TwinReport twin = server.twin().map(DynamoTwin::report).orElse(null);
            System.err.printf("load: done in %.1f s; checking the table and the public counts ...%n", outcome.seconds());
            checks.addAll(LoadChecks.after(server, base, outcome));
            if (twin != null) {
                checks.addAll(LoadChecks.twin(server, outcome, twin));
            }
            String report = LoadServer.limitsNote() + "\n\n" + LoadReport.markdown(outcome, checks)
                    + (twin == null ? "\nThe DynamoDB twin was off (PRAISE_TWIN=off): no conflicts modelled, no capacity counted.\n"
                    : "\n" + LoadReport.twin(outcome, twin, server.twin().orElseThrow().hold()));
            return new Result(outcome, List.copyOf(checks), report);
        } finally {
            LoadServer.stop(server);
            requests.flush();
            System.setOut(stdout);
        }
    }

    public static void main(String[] args) {
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("load: " + e.getMessage());
            System.err.println("usage: " + LoadOptions.USAGE);
            System.exit(2);
            return;
        }
        int exit;
        try {
            Result result = run(options);
            System.out.println(result.report());
            if (result.outcome().timedOut()) {
                System.err.println("load: FAILED – stopped by the time-out of " + options.timeout().toSeconds()
                        + " s before every client finished");
            }
            result.failed().forEach(f -> System.err.println("load: FAILED – " + f));
            exit = result.ok() ? 0 : 1;
        } catch (Exception e) {
            System.err.println("load: FAILED – " + e);
            e.printStackTrace();
            exit = 1;
        }
        System.exit(exit);
    }
}
