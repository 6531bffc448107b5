package lv.praise.local.load;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import lv.praise.testkit.twin.TwinReport;

/** A load run's figures and checks as Markdown tables, for the terminal and the README. */
final class LoadReport {
    private LoadReport() {
    }

    static String markdown(LoadOutcome o, List<LoadChecks.Check> checks) {
        LoadOptions options = o.options();
        double seconds = o.seconds();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%d clients, %,d distinct praises over %d participants; %d racers on one "
                        + "more praise; %.1f s; %s%n%n", options.clients(), options.praises(),
                o.expectedCount().size(), options.racers(), seconds, machine()));
        b.append("| requests | N | errors | requests/s | p50 ms | p95 ms | p99 ms | max ms |\n");
        b.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        row(b, "submit `POST /api/praise`", o.submit(), o.submit().count() - o.confirm().count(), seconds);
        row(b, "confirm `POST /api/praise/confirm`", o.confirm(), o.confirm().count() - o.confirmed(), seconds);
        int raceOk = o.raceAnswers().getOrDefault("confirmed", 0) + o.raceAnswers().getOrDefault("already_confirmed", 0);
        row(b, options.racers() + " racers confirming one praise", o.race(), o.race().count() - raceOk, Double.NaN);
        b.append(String.format(Locale.ROOT, "| **all** | %,d | %,d | **%,.0f** | | | | |%n", o.requests(),
                o.failures() + o.race().count() - raceOk, o.requests() / seconds));
        b.append(String.format(Locale.ROOT, "%nPraises submitted and confirmed: **%,.0f per second** (%,d in %.1f s).%n",
                o.confirmed() / seconds, o.confirmed(), seconds));
        b.append("\n| check | expected | found | |\n| --- | ---: | ---: | --- |\n");
        for (LoadChecks.Check c : checks) {
            b.append("| ").append(c.name()).append(" | ").append(c.expected()).append(" | ").append(c.found())
                    .append(" | ").append(c.ok() ? "ok" : "**FAILED**").append(" |\n");
        }
        return b.toString();
    }

    /**
     * DynamoDB as the twin saw the run: per route and operation the requests (attempts), the conflicts
     * retried, and the capacity DynamoDB would bill; then per praise, what submitting and confirming cost.
     */
    static String twin(LoadOutcome o, TwinReport report, java.time.Duration hold) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "DynamoDB as the twin saw the run (transactions hold their items %d ms, "
                + "conflicts as DynamoDB's; units as DynamoDB bills them; \"conflicts\" were retried by the functions):%n%n",
                hold.toMillis()));
        b.append(report.markdown());
        var submit = report.byRoute().get("POST /api/praise");
        var confirm = report.byRoute().get(LoadChecks.CONFIRM_ROUTE);
        int praises = o.confirmed();
        if (submit != null && confirm != null && praises > 0) {
            b.append(String.format(Locale.ROOT, "%nPer praise submitted and confirmed (%,d): submit %.2f read + %.2f write "
                            + "units, confirm %.2f read + %.2f write units (%.2f of them index writes); %.3f conflicts "
                            + "retried per confirmation.%n", praises,
                    submit.readUnits() / praises, submit.totalWriteUnits() / praises,
                    confirm.readUnits() / praises, confirm.totalWriteUnits() / praises,
                    confirm.indexWriteUnits() / praises, (double) confirm.conflicts() / praises));
        }
        if (report.transactionsTruncated()) {
            b.append("\n(The twin kept only the first transactions' items; the item checks cover those.)\n");
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Latencies.Summary s, int errors, double seconds) {
        String rate = Double.isNaN(seconds) ? "" : String.format(Locale.ROOT, "%,.0f", s.count() / seconds);
        b.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %s | %.1f | %.1f | %.1f | %.1f |%n", name, s.count(),
                errors, rate, s.p50(), s.p95(), s.p99(), s.max()));
    }

    /** The load average counts every process of the machine: a shared machine's figures read against it. */
    private static String machine() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + (load < 0 ? "" : String.format(Locale.ROOT, ", machine load average %.1f at the end", load));
    }
}
