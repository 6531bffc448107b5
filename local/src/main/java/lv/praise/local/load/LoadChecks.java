package lv.praise.local.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lv.praise.local.LocalServer;
import lv.praise.testkit.twin.ItemKey;
import lv.praise.testkit.twin.TwinReport;

/**
 * What must hold after a load run, each check read from a source of its own: the clients' answers, a
 * Scan of the raw items, the participants' public cards over HTTP, the organisers' moderation counters.
 *
 * <p>"Confirmed" is the praise's status; a confirmed praise enters moderation as pending, and pending
 * review still counts publicly – only a rejection takes a praise out of {@code confirmedPraiseCount}
 * (docs/scoring.md §1). A load run rejects nothing, so every confirmed praise must be pending review
 * and counted.
 */
final class LoadChecks {
    record Check(String name, String expected, String found, boolean ok) {
        static Check of(String name, Object expected, Object found) {
            return new Check(name, String.valueOf(expected), String.valueOf(found), expected.equals(found));
        }
    }

    private LoadChecks() {
    }

    /**
     * What the table and the public site hold before the run – the demo data's praise, or a deployed table's
     * (PRAISE_DYNAMODB_ENDPOINT) – so that every check after it counts the run's own praise on top of exactly this.
     */
    record Baseline(ScannedPraise tally, Map<String, Long> publicCounts, PraiseApi.ModerationCounts counters) {
        long publicTotal() {
            return publicCounts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Before the run: no praise left unconfirmed, and the public counts equal the scan, so the counts after mean what they say. */
    static Baseline baseline(LocalServer server) throws IOException, InterruptedException {
        return new Baseline(ScannedPraise.scan(server.dynamo(), server.tableName(), server.campaignYear()),
                publicCounts(server), new PraiseApi(server.baseUrl()).moderationCounts(server.organiserToken()));
    }

    static List<Check> before(LocalServer server, Baseline base) {
        List<String> differ = new ArrayList<>();
        for (String id : server.participantIds()) {
            if (!base.publicCounts().get(id).equals(base.tally().counted().getOrDefault(id, 0L))) {
                differ.add(id);
            }
        }
        return List.of(Check.of("praise left unconfirmed in the table before the run", 0L, base.tally().unconfirmed()),
                Check.of("participants whose public count differs from the scan before the run", 0, differ.size()));
    }

    static List<Check> after(LocalServer server, Baseline base, LoadOutcome outcome) throws IOException, InterruptedException {
        LoadOptions options = outcome.options();
        // The run's own confirmed praise (the bulk and the racers' one), on top of what was there before.
        long runTotal = outcome.planned() + 1L;
        long expectedTotal = base.tally().confirmedIds().size() + runTotal;
        List<Check> checks = new ArrayList<>();
        checks.add(Check.of("stopped by the time-out (" + options.timeout().toSeconds() + " s)", false, outcome.timedOut()));
        if (options.ramp() != null) {
            int from = options.ramp().from();
            checks.add(new Check("highest offered rate a ramp step held", "≥ " + from + " praises/s",
                    outcome.sustained() == 0 ? "none" : outcome.sustained() + " praises/s", outcome.sustained() >= from));
        }
        checks.add(new Check("bulk answers other than 202 / 200 confirmed", "0",
                outcome.failures() + (outcome.failureSamples().isEmpty() ? "" : " e.g. " + outcome.failureSamples()),
                outcome.failures() == 0));
        checks.add(Check.of("answers with a 5xx status (bulk and racers)", 0, outcome.serverErrorCount()));
        checks.add(Check.of("bulk praise submitted and confirmed", outcome.planned(), outcome.confirmed()));
        checks.add(Check.of(options.racers() + " racers on one token", new java.util.TreeMap<>(Map.of("already_confirmed",
                options.racers() - 1, "confirmed", 1)).toString(), outcome.raceAnswers().toString()));

        ScannedPraise tally = ScannedPraise.scan(server.dynamo(), server.tableName(), server.campaignYear());
        checks.add(Check.of("confirmed praise items in the table", expectedTotal, (long) tally.confirmedIds().size()));
        Set<String> lost = new HashSet<>(outcome.expectedIds());
        lost.removeAll(tally.confirmedIds());
        Set<String> unexpected = new HashSet<>(tally.confirmedIds());
        unexpected.removeAll(outcome.expectedIds());
        unexpected.removeAll(base.tally().confirmedIds());
        checks.add(Check.of("confirmed by a client but not confirmed in the table (lost)", 0, lost.size()));
        checks.add(Check.of("confirmed in the table but by no client", 0, unexpected.size()));
        checks.add(Check.of("praise left unconfirmed in the table", 0L, tally.unconfirmed()));
        checks.add(Check.of("praiser slots (one per person and participant)", base.tally().praiserSlots() + runTotal,
                tally.praiserSlots()));
        Map<String, Long> states = new java.util.TreeMap<>(base.tally().moderation());
        states.merge("PENDING", runTotal, Long::sum);
        checks.add(Check.of("confirmed praise by review state", states.toString(),
                new java.util.TreeMap<>(tally.moderation()).toString()));

        Map<String, Long> publicCounts = publicCounts(server);
        long publicTotal = publicCounts.values().stream().mapToLong(Long::longValue).sum();
        checks.add(Check.of("sum of the public counts (GET /api/participants/{id})", base.publicTotal() + runTotal, publicTotal));
        List<String> differ = new ArrayList<>();
        int praised = 0;
        for (String id : server.participantIds()) {
            long fromScan = tally.counted().getOrDefault(id, 0L);
            long fromClients = base.publicCounts().get(id) + outcome.expectedCount().getOrDefault(id, 0L);
            long shown = publicCounts.get(id);
            if (outcome.expectedCount().getOrDefault(id, 0L) > 0) {
                praised++;
            }
            if (shown != fromScan || shown != fromClients) {
                differ.add(id + " public " + shown + ", scan " + fromScan + ", clients " + fromClients);
            }
        }
        checks.add(new Check("participants whose public count differs from the scan of the raw praise or from before + the run's", "0",
                differ.size() + (differ.isEmpty() ? "" : " e.g. " + differ.subList(0, Math.min(5, differ.size()))),
                differ.isEmpty()));
        int spread = Math.min(server.participantIds().size(), outcome.planned());
        checks.add(Check.of("participants praised by the run", spread, praised));

        PraiseApi.ModerationCounts counters = new PraiseApi(server.baseUrl()).moderationCounts(server.organiserToken());
        PraiseApi.ModerationCounts was = base.counters();
        checks.add(Check.of("moderation counters pending / approved / rejected", (was.pending() + runTotal) + " / "
                        + was.approved() + " / " + was.rejected(),
                counters.pending() + " / " + counters.approved() + " / " + counters.rejected()));
        return checks;
    }

    /**
     * What the twin saw of the confirmations: each committed confirmation transaction touched only its
     * praise, its person's slot and its participant's item, so no item is shared by the confirmations of
     * two participants (docs/data-model.md, "No item is shared by the whole campaign's writes").
     */
    static List<Check> twin(LocalServer server, LoadOutcome outcome, TwinReport report) {
        List<TwinReport.Transaction> confirmations = report.transactions().stream()
                .filter(t -> CONFIRM_ROUTE.equals(t.route())).toList();
        List<Check> checks = new ArrayList<>();
        checks.add(Check.of("confirmation transactions committed (twin)", (long) outcome.expectedIds().size(),
                (long) confirmations.size()));
        Map<ItemKey, Set<String>> shared = report.sharedItems(t -> CONFIRM_ROUTE.equals(t.route())
                ? participant(t, outcome) : null);
        checks.add(new Check("items shared by the confirmations of different participants (twin)", "0",
                shared.size() + (shared.isEmpty() ? "" : " e.g. " + shared.entrySet().stream().limit(3)
                        .map(e -> e.getKey() + " by " + e.getValue().size()).toList()), shared.isEmpty()));
        List<String> beyond = new ArrayList<>();
        for (TwinReport.Transaction t : confirmations) {
            String participant = participant(t, outcome);
            for (ItemKey item : t.items()) {
                if (!own(item, participant, server.campaignYear())) {
                    beyond.add(item.toString());
                }
            }
        }
        checks.add(new Check("items of confirmations other than the praise, its slot and its participant (twin)", "0",
                beyond.size() + (beyond.isEmpty() ? "" : " e.g. " + beyond.subList(0, Math.min(3, beyond.size()))),
                beyond.isEmpty()));
        // Every conflict must be sent again: one that ends a request is a request lost to a busy item.
        TwinReport.Row all = report.total();
        checks.add(Check.of("conflicts the functions did not retry (twin)", 0L, all.conflicts() - all.retries()));
        return checks;
    }

    static final String SUBMIT_ROUTE = "POST /api/praise";
    static final String CONFIRM_ROUTE = "POST /api/praise/confirm";

    /** Whose confirmation a transaction is: the participant of the praise it confirms. */
    private static String participant(TwinReport.Transaction t, LoadOutcome outcome) {
        return t.items().stream().filter(k -> k.partition().startsWith("PRAISE#"))
                .map(k -> outcome.participantOf().get(k.partition().substring("PRAISE#".length())))
                .filter(java.util.Objects::nonNull).findFirst().orElse("(unknown praise)");
    }

    private static boolean own(ItemKey item, String participant, int year) {
        return item.partition().startsWith("PRAISE#")
                || item.partition().startsWith("PRAISER#" + year + "#" + participant + "#")
                || (item.partition().equals("CAMPAIGN#" + year) && item.sort().equals("PARTICIPANT#" + participant));
    }

    private static Map<String, Long> publicCounts(LocalServer server) throws IOException, InterruptedException {
        PraiseApi api = new PraiseApi(server.baseUrl());
        Map<String, Long> counts = new java.util.HashMap<>();
        for (String id : server.participantIds()) {
            counts.put(id, api.publicCount(id));
        }
        return counts;
    }
}
