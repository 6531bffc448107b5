package lv.praise.local.load;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lv.praise.testkit.twin.TwinReport;

/** A load run's figures and checks as Markdown tables, for the terminal and, verbatim, docs/performance.md. */
final class LoadReport {
    private LoadReport() {
    }

    static String markdown(LoadOutcome o, List<LoadChecks.Check> checks) {
        LoadOptions options = o.options();
        double seconds = o.seconds();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%d clients, %,d distinct praises over %d participants%s; %d racers on one "
                        + "more praise; %.1f s; %s%n%n", options.clients(), o.planned(), o.expectedCount().size(),
                options.ramp() == null ? "" : String.format(Locale.ROOT, " (a ramp %s praises/s in steps of %d s, then "
                        + "%,d at the highest rate held)", options.ramp(), options.step().toSeconds(), options.praises()),
                options.racers(), seconds, machine()));
        phases(b, o);
        b.append("\n| requests (whole run) | N | errors | 5xx | requests/s | p50 ms | p95 ms | p99 ms | max ms |\n");
        b.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        row(b, "submit `POST /api/praise`", o.submit(), o.submit().count() - o.confirm().count(),
                o.serverErrors().getOrDefault(LoadChecks.SUBMIT_ROUTE, 0), seconds);
        int raceOk = o.raceAnswers().getOrDefault("confirmed", 0) + o.raceAnswers().getOrDefault("already_confirmed", 0);
        int bulkConfirmErrors = o.confirm().count() - o.confirmed();
        row(b, "confirm `POST /api/praise/confirm`", o.confirm(), bulkConfirmErrors,
                o.serverErrors().getOrDefault(LoadChecks.CONFIRM_ROUTE, 0), seconds);
        row(b, options.racers() + " racers confirming one praise", o.race(), o.race().count() - raceOk,
                o.serverErrors().getOrDefault(LoadOutcome.RACERS, 0), Double.NaN);
        b.append(String.format(Locale.ROOT, "| **all** | %,d | %,d | %,d | **%,.0f** | | | | |%n", o.requests(),
                o.failures() + o.race().count() - raceOk, o.serverErrorCount(), o.requests() / seconds));
        b.append("\n| check | expected | found | |\n| --- | ---: | ---: | --- |\n");
        for (LoadChecks.Check c : checks) {
            b.append("| ").append(c.name()).append(" | ").append(c.expected()).append(" | ").append(c.found())
                    .append(" | ").append(c.ok() ? "ok" : "**FAILED**").append(" |\n");
        }
        return b.toString();
    }

    /**
     * Offered against achieved, per phase. "Achieved" counts from a phase's start to its last answer
     * ({@link LoadPhase#achieved()}); "start lag" is how late praises started against their due time, which
     * grows when every client is busy – the offered rate then no longer reaches the server.
     */
    private static void phases(StringBuilder b, LoadOutcome o) {
        Duration bound = o.options().p99();
        b.append("| phase | offered praises/s | praises | confirmed | achieved praises/s | s | start lag p99 ms "
                + "| busiest clients | submit p50 / p95 / p99 ms | confirm p50 / p95 / p99 ms | errors | 5xx | held |\n");
        b.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (LoadPhase p : o.phases()) {
            b.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %s | %.1f | %s | %d | %s | %s | %,d | %,d | %s |%n",
                    p.name(), p.offered() == 0 ? "unpaced" : String.format(Locale.ROOT, "%,d", p.offered()),
                    p.planned(), p.confirmed(), Double.isNaN(p.achieved()) ? "–" : String.format(Locale.ROOT, "%,.1f",
                            p.achieved()), p.seconds(), p.offered() == 0 ? "–" : String.format(Locale.ROOT, "%.1f",
                            p.lag().p99()), p.peakBusy(), percentiles(p.submit()), percentiles(p.confirm()),
                    p.failures(), p.serverErrors(), p.sustained(bound) ? "yes" : "**no**"));
        }
        b.append(String.format(Locale.ROOT, "%nA phase held when every praise was confirmed with no error, at least "
                + "%.0f %% of the offered rate was achieved and both p99s stayed within %d ms.", LoadPhase.HELD * 100,
                bound.toMillis()));
        if (o.options().ramp() != null) {
            b.append(o.sustained() == 0 ? " **No ramp step held**: the main phase did not run."
                    : String.format(Locale.ROOT, " Highest offered rate held by the ramp: **%,d praises/s**.", o.sustained()));
        }
        o.phases().stream().filter(p -> p.name().equals("main")).findFirst().ifPresent(p -> b.append(String.format(
                Locale.ROOT, " Main phase: offered %s, achieved **%s praises/s** (%,d confirmed in %.1f s).",
                p.offered() == 0 ? "unpaced (each client as fast as it goes)" : String.format(Locale.ROOT, "%,d/s",
                        p.offered()), Double.isNaN(p.achieved()) ? "–" : String.format(Locale.ROOT, "%,.1f",
                        p.achieved()), p.confirmed(), p.seconds())));
        b.append('\n');
    }

    /**
     * DynamoDB as the twin saw the run. First per route, what the clients sent against what the functions
     * sent on: HTTP requests; DynamoDB calls (every attempt), split into first attempts and the functions'
     * retries; conflicts (attempts the twin refused for an item a transaction in flight held) and those not
     * retried. Each figure is counted once: retries are among the attempts, conflicts are attempts too.
     * Then the twin's table per route and operation with the capacity DynamoDB would bill, and per praise.
     */
    static String twin(LoadOutcome o, TwinReport report, Duration hold) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Per route (the twin's transactions hold their items %d ms; conflicts as "
                + "DynamoDB's):%n%n", hold.toMillis()));
        b.append("| route | HTTP requests | 5xx | DynamoDB calls | first attempts | retries | conflicts "
                + "| conflicts not retried | calls per request |\n");
        b.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        Map<String, TwinReport.Row> byRoute = report.byRoute();
        byRoute.forEach((route, r) -> {
            long http = httpRequests(o, route);
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %,d | %,d | %,d | %,d | %,d | %s |%n", route,
                    http < 0 ? "–" : String.format(Locale.ROOT, "%,d", http),
                    http < 0 ? "–" : String.format(Locale.ROOT, "%,d", serverErrors(o, route)),
                    r.requests(), r.requests() - r.retries(), r.retries(), r.conflicts(), r.conflicts() - r.retries(),
                    http <= 0 ? "–" : String.format(Locale.ROOT, "%.2f", (double) r.requests() / http)));
        });
        b.append("\nPer route and operation (requests = every attempt, retries among them; units as DynamoDB bills them):\n\n");
        b.append(report.markdown());
        var submit = byRoute.get(LoadChecks.SUBMIT_ROUTE);
        var confirm = byRoute.get(LoadChecks.CONFIRM_ROUTE);
        int praises = o.expectedIds().size(); // the racers' praise too: its submit and confirm are in the twin's counts
        if (submit != null && confirm != null && praises > 0) {
            b.append(String.format(Locale.ROOT, "%nPer praise submitted and confirmed (%,d): submit %.2f read + %.2f write "
                            + "units, confirm %.2f read + %.2f write units (%.2f of them index writes); %.3f conflicts "
                            + "and %.3f retries per confirmation.%n", praises,
                    submit.readUnits() / praises, submit.totalWriteUnits() / praises,
                    confirm.readUnits() / praises, confirm.totalWriteUnits() / praises,
                    confirm.indexWriteUnits() / praises, (double) confirm.conflicts() / praises,
                    (double) confirm.retries() / praises));
        }
        if (report.transactionsTruncated()) {
            b.append("\n(The twin kept only the first transactions' items; the item checks cover those.)\n");
        }
        return b.toString();
    }

    /** The 5xx answers of a route, the racers' with the confirmations'. */
    private static int serverErrors(LoadOutcome o, String route) {
        return o.serverErrors().getOrDefault(route, 0)
                + (route.equals(LoadChecks.CONFIRM_ROUTE) ? o.serverErrors().getOrDefault(LoadOutcome.RACERS, 0) : 0);
    }

    /** The HTTP requests the clients sent to a route (the racers' to confirm), or -1 for a route they don't call. */
    private static long httpRequests(LoadOutcome o, String route) {
        return switch (route) {
            case LoadChecks.SUBMIT_ROUTE -> o.submit().count() + 1; // and the racers' praise, sent before the clock
            case LoadChecks.CONFIRM_ROUTE -> o.confirm().count() + o.race().count();
            default -> -1;
        };
    }

    private static String percentiles(Latencies.Summary s) {
        return String.format(Locale.ROOT, "%.0f / %.0f / %.0f", s.p50(), s.p95(), s.p99());
    }

    private static void row(StringBuilder b, String name, Latencies.Summary s, int errors, int serverErrors,
                            double seconds) {
        String rate = Double.isNaN(seconds) ? "" : String.format(Locale.ROOT, "%,.0f", s.count() / seconds);
        b.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %s | %.1f | %.1f | %.1f | %.1f |%n", name, s.count(),
                errors, serverErrors, rate, s.p50(), s.p95(), s.p99(), s.max()));
    }

    /** The load average counts every process of the machine: a shared machine's figures read against it. */
    private static String machine() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + (load < 0 ? "" : String.format(Locale.ROOT, ", machine load average %.1f at the end", load));
    }
}
