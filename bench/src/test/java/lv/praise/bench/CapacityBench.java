package lv.praise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lv.praise.adapter.TableItems;
import lv.praise.local.LocalServer;
import lv.praise.local.load.PraiseClient;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.SamTemplate;
import lv.praise.testkit.twin.DynamoTwin;
import lv.praise.testkit.twin.ItemSize;
import lv.praise.testkit.twin.TwinReport;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * {@code ./bench.sh --only capacity}: what the application's main operations cost in DynamoDB's read and
 * write units, as DynamoDB bills them, each beside its floor – the fewest units that operation could
 * cost – with the ratio.
 *
 * <p>The operations run over the local server's real HTTP routes (every function as API Gateway calls
 * it), with the DynamoDB twin in front of DynamoDB Local counting each route's capacity by DynamoDB's
 * rules (docs/twin.md). DynamoDB Local runs in a JVM of its own; the campaign data is loaded straight
 * into it with BatchWriteItem ({@link RecalcData}), past the twin, so that seeding costs nothing in the
 * figures; the twin is reset before each operation. Floors are computed from the sizes of the items
 * the operation needs ({@link TableWeights}), also read past the twin.
 */
public final class CapacityBench {
    static final String USAGE = """
            usage: ./bench.sh --only capacity [--sizes N,N] [--participants N] [--earlier-year N] [--praises N]
                                              [--searches N] [--pages N]
              --sizes N,...      praise of the campaign when the nightly recalculation is measured, one row each,
                                 loaded in ascending order; the publication follows at the largest (default 30000,100000)
              --participants N   participants of the campaign, and of the year before (default 5000)
              --earlier-year N   praise of the year before, in the same table (default 50000)
              --praises N        praises submitted and confirmed over HTTP (default 200)
              --searches N       searches after an instance's first (default 20)
              --pages N          participant pages, of participants spread over the list (default 20)
            Prints a Markdown table on stdout, progress on stderr.""";

    /** A day inside the campaign's praise window (the defaults: March), as which the local server runs. */
    static final LocalDate DAY = LocalDate.of(Fixtures.YEAR, 3, 20);
    /** What the participant page asks for at once (static-site/assets/participant.js, PAGE). */
    static final int WALL_PAGE = 10;
    /** What the search box asks for (static-site/assets/search.js). */
    static final int SEARCH_LIMIT = 20;
    /** On-demand list prices: a write request unit costs five read request units (in every region). */
    static final double WRITE_PRICE_IN_READS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    record CapacityOptions(Path root, Path results, int[] sizes, int participants, int earlierYear, int praises,
                           int searches, int pages, boolean help) {
    }

    /** Units DynamoDB bills: reads, and writes of the table and of its indexes. */
    record Units(double read, double write, double indexWrite) {
        static Units of(TwinReport report) {
            TwinReport.Row total = report.total();
            return new Units(total.readUnits(), total.writeUnits(), total.indexWriteUnits());
        }

        double writes() {
            return write + indexWrite;
        }

        Units per(double n) {
            return new Units(read / n, write / n, indexWrite / n);
        }
    }

    /** The fewest units an operation could cost, and how that figure is made up. */
    record Floor(double read, double write, String how) {
        Floor per(double n) {
            return new Floor(read / n, write / n, how);
        }
    }

    /** One line of the table: an operation at a size, what it cost, its floor, and the twin's detail. */
    record Row(String operation, String size, Units measured, Floor floor, String detail) {
        /** Cost ratio at on-demand prices (a write unit is five read units). */
        double priced() {
            return (measured.read() + WRITE_PRICE_IN_READS * measured.writes())
                    / (floor.read() + WRITE_PRICE_IN_READS * floor.write());
        }
    }

    private CapacityBench() {
    }

    public static void main(String[] args) {
        BenchPart.main(args, USAGE, CapacityBench::parse, CapacityOptions::help, chosen -> out -> new CapacityBench.Run(chosen).run(out));
    }

    /** One run: the table, the server, the operations in order. */
    private static final class Run {
        private final CapacityOptions options;
        private final int year = Fixtures.YEAR;
        private final List<Row> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private DynamoTwin twin;
        private TableWeights weights;
        private Http http;
        private String organiser;
        private List<String> participantIds;
        /** Participants eligible for awards in the last recalculation's standings. */
        private int eligible = -1;

        Run(CapacityOptions options) {
            this.options = options;
        }

        void run(PrintStream out) throws Exception {
            long started = System.nanoTime();
            Path work = options.root().resolve("bench/target/capacity");
            ColdStartBench.deleteTree(work);
            Files.createDirectories(work);
            Path log = work.resolve("dynamodb-local.log");
            RecalcBench.progress("starting DynamoDB Local in its own JVM (in-memory, loopback; log: "
                    + options.root().relativize(log) + ") ...");
            try (DynamoLocalProcess local = DynamoLocalProcess.start(log, "4g");
                 DynamoDbClient dynamo = local.client()) {
                // The table under the name the local server gives it (the template's logical id), so it finds it.
                String table = "PraiseTable";
                SamTemplate template = SamTemplate.load(options.root().resolve("template.yaml"));
                dynamo.createTable(template.createTable("PraiseTable", table));
                weights = new TableWeights(dynamo, table);

                RecalcData earlier = new RecalcData(dynamo, table, year - 1, options.participants());
                RecalcData current = new RecalcData(dynamo, table, year, options.participants());
                long t0 = System.nanoTime();
                RecalcBench.progress(String.format(Locale.ROOT, "loading %d: %,d participants, their evaluations, %,d praise"
                        + " (BatchWriteItem straight to DynamoDB Local) ...", year - 1, options.participants(),
                        options.earlierYear()));
                earlier.loadCampaign();
                earlier.loadPraise(0, options.earlierYear());
                int loaded = options.sizes()[0];
                RecalcBench.progress(String.format(Locale.ROOT, "loading %d: %,d participants, their evaluations, %,d praise ...",
                        year, options.participants(), loaded));
                current.loadCampaign();
                current.loadPraise(0, loaded);
                RecalcBench.progress(String.format(Locale.ROOT, "  loaded in %.0f s", (System.nanoTime() - t0) / 1e9));

                RecalcBench.progress("starting the local server (every function over HTTP, the twin in front of that"
                        + " DynamoDB Local) ...");
                try (LocalServer server = LocalServer.start(config(local.endpoint(), work.resolve("outbox")))) {
                    twin = server.twin().orElseThrow(() -> new Bench.BenchFailure("the local server runs without the twin"));
                    http = new Http(server.baseUrl());
                    organiser = server.organiserToken();
                    participantIds = participantIds(options.participants());
                    // Before anything else: no search of this server's search function has loaded its list yet.
                    search();
                    submitAndConfirm(server);
                    SnapshotMover mover = new SnapshotMover(current);
                    for (int size : options.sizes()) {
                        if (size > loaded) {
                            long t1 = System.nanoTime();
                            RecalcBench.progress(String.format(Locale.ROOT, "loading praise %,d → %,d ...", loaded, size));
                            current.loadPraise(loaded, size);
                            loaded = size;
                            RecalcBench.progress(String.format(Locale.ROOT, "  loaded in %.0f s",
                                    (System.nanoTime() - t1) / 1e9));
                        }
                        mover.moveLatestToNightBefore();
                        recalculation(current, size);
                    }
                    // At the campaign's full size, so that the walls are as full as they get.
                    pages();
                    publication(current, loaded);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            print(out, seconds);
            summary().write(options.results());
        }

        /**
         * The local server on the loaded table, as of {@link #DAY}: the template's parameters, except that
         * nothing throttles one loopback client, and the per-address limit – on, as deployed, so its counter
         * is written and billed on every submission – is high enough for every praise to come from 127.0.0.1.
         */
        private LocalServer.Config config(URI dynamo, Path outbox) {
            Map<String, String> parameters = new LinkedHashMap<>(LocalServer.Config.LIMITS_LIFTED);
            parameters.put("PraiseLimitPerAddress", "1000000");
            parameters.remove("PraiseLimitPerEmail");
            return new LocalServer.Config(0, 0, null, outbox, options.root().resolve("template.yaml"),
                    options.root().resolve("static-site"), null, DAY, parameters, dynamo, false,
                    new DynamoTwin.Settings(true, DynamoTwin.DEFAULT_HOLD), null);
        }

        private List<String> participantIds(int count) {
            List<String> ids = new ArrayList<>(weights.participants(year).keySet());
            ids.sort(null);
            if (ids.size() != count) {
                throw new Bench.BenchFailure(ids.size() + " participants in the table, " + count + " loaded");
            }
            return ids;
        }

        /** Counts what {@code step} costs: the twin's figures from a reset to the step's end. */
        private TwinReport measure(Step step) throws Exception {
            twin.reset();
            step.run();
            return twin.report();
        }

        interface Step {
            void run() throws Exception;
        }

        // ---- search ----

        private void search() throws Exception {
            RecalcBench.progress("search: the first of an instance, then " + options.searches() + " more ...");
            Map<String, Long> sizes = weights.participants(year);
            List<JsonNode> first = new ArrayList<>();
            TwinReport firstReport = measure(() -> first.add(http.get(searchPath("dal"), null)));
            if (firstReport.total().readUnits() == 0) {
                throw new Bench.BenchFailure("the first search read nothing: its function had loaded the list before");
            }
            double firstFloor = searchFloor(first.get(0), sizes);
            String how = "the answer's participants (" + SEARCH_LIMIT + " at most) read once, eventually consistent:"
                    + " 0.5 RCU per 4 KB of their items";
            rows.add(new Row("one search, the first of a function instance", String.format(Locale.ROOT,
                    "%,d participants", sizes.size()), Units.of(firstReport), new Floor(firstFloor, 0, how),
                    firstReport.markdown()));

            List<Double> floors = new ArrayList<>();
            long t0 = System.nanoTime();
            TwinReport repeated = measure(() -> {
                for (int i = 0; i < options.searches(); i++) {
                    // What people type: part of a name (here: of the numbers in "Dalībnieks 01234").
                    String q = String.format(Locale.ROOT, "%03d", (i * 379) % 1000);
                    floors.add(searchFloor(http.get(searchPath(q), null), sizes));
                }
            });
            double took = (System.nanoTime() - t0) / 1e9;
            if (took >= 60) {
                notes.add(String.format(Locale.ROOT, "The repeated searches took %.0f s, past SearchRefreshSeconds (60):"
                        + " some may have read the list again.", took));
            }
            double floor = floors.stream().mapToDouble(Double::doubleValue).average().orElse(0.5);
            Units again = Units.of(repeated).per(options.searches());
            rows.add(new Row("one search, repeated (the list in the instance's memory, SearchRefreshSeconds 60)",
                    String.format(Locale.ROOT, "%d searches", options.searches()), again, new Floor(floor, 0, how),
                    repeated.markdown()));
            // The list read is shared by every search an instance serves until it reads the list again.
            double listRead = Units.of(firstReport).read();
            long breakEven = (long) Math.ceil(listRead / (2 * floor - again.read()));
            notes.add(String.format(Locale.ROOT, "Search: an instance reads the whole list (%s read units) on its first"
                    + " search and again after SearchRefreshSeconds (60 s); spread over the searches it serves in that time,"
                    + " that is within 2× of the floor (%s per search) from %,d searches per instance and minute on.",
                    units(listRead), units(floor), breakEven));
        }

        private static String searchPath(String q) {
            return "/api/participants?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&limit=" + SEARCH_LIMIT;
        }

        private static double searchFloor(JsonNode answer, Map<String, Long> sizes) {
            long bytes = 0;
            for (JsonNode p : answer.path("participants")) {
                bytes += sizes.getOrDefault(p.path("id").asText(), 0L);
            }
            return TableWeights.readUnits(bytes, false);
        }

        // ---- praise submitted and confirmed ----

        private void submitAndConfirm(LocalServer server) throws Exception {
            int n = options.praises();
            RecalcBench.progress("praise: " + n + " submitted (POST /api/praise), confirmed with the e-mail's token"
                    + " (POST /api/praise/confirm) ...");
            int limits = 0;
            for (String limit : List.of("PRAISE_LIMIT_PER_ADDRESS", "PRAISE_LIMIT_PER_EMAIL")) {
                if (!"0".equals(server.environment().get(limit))) {
                    limits++;
                }
            }
            int limitsOn = limits;
            double[] floor = new double[2];
            long[] bytes = new long[5];
            TwinReport report;
            try (PraiseClient client = new PraiseClient(server.baseUrl(), server.outboxDir())) {
                report = measure(() -> {
                    for (int i = 0; i < n; i++) {
                        // Spread over the campaign, one e-mail address per praise (a person praises a participant once).
                        String participantId = participantIds.get((int) ((i * 7919L) % participantIds.size()));
                        String token = client.submit(participantId, "capacity-" + i + "@example.lv", praiseText(i), 1 + i % 5);
                        String praiseId = PraiseClient.praiseId(token);
                        // Weighed past the twin: the pending praise before its confirmation, then what confirming wrote.
                        Map<String, AttributeValue> pendingItem = weights.item(TableItems.praiseKey(praiseId));
                        long pending = ItemSize.of(pendingItem);
                        // The slot's key from the pending praise: confirming removes the hash from the praise
                        // (retention: from then on the slot alone links it to the praise).
                        String emailHash = pendingItem.get("emailHash").s();
                        long participantBefore = weights.bytes(TableItems.participantKey(year, participantId));
                        client.confirm(token);
                        Map<String, AttributeValue> confirmed = weights.item(TableItems.praiseKey(praiseId));
                        long praise = ItemSize.of(confirmed);
                        long slot = weights.bytes(TableItems.praiserKey(year, participantId, emailHash));
                        long participant = weights.bytes(TableItems.participantKey(year, participantId));
                        floor[0] += TableWeights.readUnits(participantBefore, false);
                        floor[1] += TableWeights.writeUnits(pending) + TableWeights.writeUnits(Math.max(pending, praise))
                                + TableWeights.writeUnits(slot) + TableWeights.writeUnits(participant)
                                + TableWeights.writeUnits(praise) + limitsOn;
                        bytes[0] += pending;
                        bytes[1] += praise;
                        bytes[2] += slot;
                        bytes[3] += participant;
                    }
                });
            }
            String how = String.format(Locale.ROOT, "read the participant once, eventually consistent (%.0f B): 0.5 RCU;"
                            + " write the pending praise (%.0f B) 1, mark it confirmed (%.0f B) 1, the person's slot (%.0f B) 1,"
                            + " the participant's count (%.0f B) 1, its entry in the review queue 1%s – each ≤ 1 KB, no"
                            + " transaction", bytes[3] / (double) n, bytes[0] / (double) n, bytes[1] / (double) n,
                    bytes[2] / (double) n, bytes[3] / (double) n,
                    limitsOn == 0 ? "" : ", the " + limitsOn + " abuse-limit counter" + (limitsOn > 1 ? "s" : "") + " 1 each");
            rows.add(new Row("one praise submitted + confirmed (per praise)", String.format(Locale.ROOT,
                    "%d praises", n), Units.of(report).per(n), new Floor(floor[0], floor[1], how).per(n), report.markdown()));
        }

        private static String praiseText(int i) {
            String[] sentences = {
                    "Ļoti laipna un atsaucīga apkalpošana, darbiniece ātri atrisināja manu problēmu.",
                    "Paldies par profesionālu padomu un pacietību, jutos gaidīts.",
                    "Viss notika ātri un bez liekas birokrātijas, iesaku citiem.",
                    "Izpalīdzīgs personāls, kas ieklausījās un piedāvāja labāko risinājumu."};
            return sentences[i % sentences.length] + " " + sentences[(i + 1) % sentences.length];
        }

        // ---- participant page ----

        private void pages() throws Exception {
            int n = options.pages();
            RecalcBench.progress("participant page: " + n + " participants (card, campaign, wall of " + WALL_PAGE + ") ...");
            Map<String, Long> sizes = weights.participants(year);
            double[] floor = new double[1];
            long[] entries = new long[2];
            TwinReport report = measure(() -> {
                for (int k = 0; k < n; k++) {
                    String id = participantIds.get(k * participantIds.size() / n);
                    http.get("/api/participants/" + id, null);
                    http.get("/api/campaign", null);
                    http.get("/api/participants/" + id + "/praise?limit=" + WALL_PAGE, null);
                    List<Map<String, AttributeValue>> wall = weights.wall(year, id, WALL_PAGE);
                    entries[0] += wall.size();
                    entries[1] += TableWeights.sum(wall);
                    floor[0] += TableWeights.readUnits(sizes.get(id), false)
                            + TableWeights.readUnits(TableWeights.sum(wall), false);
                }
            });
            String how = String.format(Locale.ROOT, "the participant's item and its wall's first page (%.1f entries of"
                    + " index ByWall, %.0f B) read once each, eventually consistent: 0.5 RCU per 4 KB each; the campaign"
                    + " item is the same for every visitor (cacheable), so not in it", entries[0] / (double) n,
                    entries[1] / (double) n);
            rows.add(new Row("one participant page (GET card, GET /api/campaign, GET wall)", n + " participants",
                    Units.of(report).per(n), new Floor(floor[0], 0, how).per(n), report.markdown()));
        }

        // ---- nightly recalculation ----

        private void recalculation(RecalcData current, int size) throws Exception {
            RecalcBench.progress(String.format(Locale.ROOT, "nightly recalculation at %,d praise (POST /_local/run/"
                    + "NightlyRecalculationFunction) ...", size));
            long t0 = System.nanoTime();
            TwinReport report = measure(() -> {
                JsonNode answer = http.post("/_local/run/NightlyRecalculationFunction", organiser, "");
                if (answer.path("skipped").asBoolean(false)) {
                    throw new Bench.BenchFailure("the nightly recalculation was skipped: " + answer);
                }
                eligible = answer.path("eligible").asInt(-1);
            });
            double seconds = (System.nanoTime() - t0) / 1e9;
            RecalcBench.progress(String.format(Locale.ROOT, "  took %.0f s", seconds));
            // Only what scoring needs of the year's praise: its confirmed praise's participant, channel, stars and
            // verdict – weighed as index ByTally's entries hold them (with their keys), not as whole praise items.
            long praise = weights.tallyEntries(year);
            long participants = weights.participants(year).values().stream().mapToLong(Long::longValue).sum();
            long evaluations = weights.evaluations(year);
            long campaign = weights.bytes(TableItems.campaignKey(year));
            List<Map<String, AttributeValue>> snapshot = latestSnapshot();
            long snapshotBytes = TableWeights.sum(snapshot);
            double read = TableWeights.readUnits(praise, false) + TableWeights.readUnits(participants, false)
                    + TableWeights.readUnits(evaluations, false) + TableWeights.readUnits(campaign, false);
            double write = Math.ceil(snapshotBytes / (double) TableWeights.WRITE_UNIT) + 1;
            String how = String.format(Locale.ROOT, "read once, eventually consistent, only what scoring needs: the"
                            + " year's confirmed praise as index ByTally's entries (%,.1f MB), participants (%,.1f MB), evaluations (%,.1f MB) and campaign: 0.5 RCU"
                            + " per 4 KB; write the snapshot's %,d rows and header (%,.1f MB) packed into as few items as"
                            + " DynamoDB allows (1 WCU per KB) and the pointer (1)", praise / 1e6, participants / 1e6,
                    evaluations / 1e6, snapshot.size() - 1, snapshotBytes / 1e6);
            rows.add(new Row("one nightly recalculation (the scheduled function)", String.format(Locale.ROOT,
                    "%,d praise (+ %,d of %d)", size + options.praises(), options.earlierYear(), year - 1),
                    Units.of(report), new Floor(read, write, how), report.markdown()
                    + String.format(Locale.ROOT, "%nTook %.0f s here.%n", seconds)));
        }

        /** The items of the snapshot the pointer names: its rows and its header. */
        private List<Map<String, AttributeValue>> latestSnapshot() {
            Map<String, AttributeValue> pointer = weights.item(TableItems.latestStandingsKey(year));
            if (pointer == null) {
                throw new Bench.BenchFailure("no standings snapshot after the recalculation");
            }
            String partition = TableItems.standingsPartition(year, LocalDate.parse(pointer.get("date").s()));
            String run = pointer.get("run").s();
            List<Map<String, AttributeValue>> items = new ArrayList<>(weights.partition(partition, "ROW#" + run + "#"));
            items.addAll(weights.partition(partition, "HEADER#" + run));
            return items;
        }

        /**
         * Moves the latest snapshot into the partition of the night before, past the twin. A second run on one
         * night also deletes the first run's items (docs/data-model.md, "Standings snapshots"); each measured
         * run is its night's first instead, with last night's snapshot in the table, as on a real night.
         */
        private final class SnapshotMover {
            private final RecalcData data;

            SnapshotMover(RecalcData data) {
                this.data = data;
            }

            void moveLatestToNightBefore() {
                Map<String, AttributeValue> pointer = weights.item(TableItems.latestStandingsKey(year));
                if (pointer == null) {
                    return;
                }
                LocalDate date = LocalDate.parse(pointer.get("date").s());
                String from = TableItems.standingsPartition(year, date);
                String to = TableItems.standingsPartition(year, date.minusDays(1));
                List<Map<String, AttributeValue>> items = new ArrayList<>(weights.partition(from, "ROW#"));
                items.addAll(weights.partition(from, "HEADER#"));
                List<WriteRequest> batch = new ArrayList<>();
                for (Map<String, AttributeValue> item : items) {
                    Map<String, AttributeValue> moved = new LinkedHashMap<>(item);
                    moved.put("PK", AttributeValue.fromS(to));
                    batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(moved).build()).build());
                    batch.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder()
                            .key(Map.of("PK", item.get("PK"), "SK", item.get("SK"))).build()).build());
                    if (batch.size() >= 24) {
                        data.write(batch);
                        batch = new ArrayList<>();
                    }
                }
                if (!batch.isEmpty()) {
                    data.write(batch);
                }
            }
        }

        // ---- publication ----

        private void publication(RecalcData current, int size) throws Exception {
            if (eligible == 0) {
                // The standings publication would draw awards no one (docs/scoring.md §4): the data, not the product.
                throw new Bench.BenchFailure("no participant is eligible for awards in the last recalculation's standings"
                        + " (formula, threshold and minimum praise of the campaign; RecalcData.leaders): a publication"
                        + " would write no certificate");
            }
            RecalcBench.progress("publication: POST /api/admin/campaign/close, then POST /api/admin/awards/publish ...");
            http.post("/api/admin/campaign/close", organiser, "");
            long t0 = System.nanoTime();
            int[] resends = new int[1];
            JsonNode[] last = new JsonNode[1];
            TwinReport report = measure(() -> {
                http.post("/api/admin/awards/publish", organiser, "");
                // 202 at once: the publication worker runs asynchronously; the status is polled, as the console
                // does, until its job is over (the worker's calls are counted under "async ScheduledPublicationFunction").
                JsonNode answer = http.get("/api/admin/awards/status", organiser);
                long end = System.nanoTime() + java.time.Duration.ofMinutes(30).toNanos();
                while (List.of("queued", "running").contains(answer.path("job").path("state").asText())
                        && System.nanoTime() < end) {
                    Thread.sleep(500);
                    answer = http.get("/api/admin/awards/status", organiser);
                }
                // Letters the worker's attempts left (the third ends the job) go out as an organiser sends them, by resend.
                while (!answer.path("certificates").path("complete").asBoolean(false) && resends[0] < 10) {
                    resends[0]++;
                    answer = http.post("/api/admin/awards/resend", organiser, "");
                }
                last[0] = answer;
            });
            double seconds = (System.nanoTime() - t0) / 1e9;
            JsonNode certificates = last[0].path("certificates");
            int letters = certificates.path("sent").asInt();
            if (!certificates.path("complete").asBoolean(false) || letters == 0) {
                String counts = last[0].path("published").asBoolean(false)
                        ? "; the results' counts: " + http.get("/api/results/" + year, null).path("counts") : "";
                throw new Bench.BenchFailure("the publication ended with certificates " + certificates
                        + "; its job: " + last[0].path("job") + ", state " + last[0].path("state") + counts);
            }
            RecalcBench.progress(String.format(Locale.ROOT, "  %d certificates in %.0f s (%d resend calls)", letters,
                    seconds, resends[0]));
            long praise = weights.tallyEntries(year);
            long participants = weights.participants(year).values().stream().mapToLong(Long::longValue).sum();
            long evaluations = weights.evaluations(year);
            long campaign = weights.bytes(TableItems.campaignKey(year));
            long results = weights.bytes(TableItems.resultsKey(year));
            // The praise eventually consistent (an index), made exact by the participants' counters read consistently.
            double read = TableWeights.readUnits(praise, false) + TableWeights.readUnits(participants, true)
                    + TableWeights.readUnits(evaluations, true) + TableWeights.readUnits(campaign, true);
            double write = TableWeights.writeUnits(campaign) + TableWeights.writeUnits(results);
            long awardBytes = 0;
            List<Map<String, AttributeValue>> awards = weights.partition(TableItems.campaignPartition(year), "AWARD#");
            for (Map<String, AttributeValue> award : awards) {
                long a = ItemSize.of(award);
                awardBytes += a;
                write += 2 * TableWeights.writeUnits(a)
                        + TableWeights.writeUnits(weights.bytes(TableItems.certificateKey(award.get("certificateCode").s())));
            }
            String how = String.format(Locale.ROOT, "freeze the campaign item (1 WCU); read the year's confirmed"
                            + " praise once as index ByTally's entries, eventually consistent (0.5 RCU per 4 KB), and the"
                            + " participants (whose counters make that read exact), evaluations and campaign once, strongly"
                            + " consistent (the final count): 1 RCU per 4 KB; write the results record (%,.1f KB) once; per certificate the award (%.0f B, created"
                            + " with its letter claimed) 1, its code's lookup item 1, the letter's outcome 1", results / 1e3,
                    awardBytes / (double) Math.max(1, awards.size()));
            String sizeLabel = String.format(Locale.ROOT, "%,d praise, TOP-%d", size + options.praises(), letters);
            Floor floor = new Floor(read, write, how);
            String detail = report.markdown() + String.format(Locale.ROOT, "%n%d certificates; took %.0f s here%s.%n",
                    letters, seconds, resends[0] == 0 ? "" : ", the letters in " + resends[0] + " resend call(s) after"
                            + " the worker's job had ended");
            rows.add(new Row("one publication (close, then publish): total", sizeLabel, Units.of(report), floor, detail));
            rows.add(new Row("one publication: per certificate (total ÷ certificates)", sizeLabel,
                    Units.of(report).per(letters), floor.per(letters), ""));
        }

        // ---- output ----

        /** The table's order: the public paths first, by how often they run, then the organisers' jobs. */
        private static final List<String> ORDER = List.of("one praise", "one search, the first", "one search, repeated",
                "one participant page", "one nightly", "one publication (close", "one publication: per");

        private static int rank(Row r) {
            for (int i = 0; i < ORDER.size(); i++) {
                if (r.operation().startsWith(ORDER.get(i))) {
                    return i;
                }
            }
            return ORDER.size();
        }

        private void print(PrintStream out, double seconds) {
            rows.sort(java.util.Comparator.comparingInt(Run::rank));
            out.println("| operation | size | read units | floor | ratio | write units (of which index) | floor | ratio"
                    + " | cost ratio |");
            out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            for (Row r : rows) {
                out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s (%s) | %s | %s | **%s** |%n", r.operation(), r.size(),
                        units(r.measured().read()), units(r.floor().read()), ratio(r.measured().read(), r.floor().read()),
                        units(r.measured().writes()), units(r.measured().indexWrite()), units(r.floor().write()),
                        ratio(r.measured().writes(), r.floor().write()), times(r.priced()));
            }
            out.println();
            out.println("Units per operation as DynamoDB bills them (on-demand read and write request units), counted by the"
                    + " DynamoDB twin per route (docs/twin.md); floor = the fewest units the operation could cost (below);"
                    + " cost ratio = (read units + 5 × write units) ÷ the same of the floor, a write unit costing five read"
                    + " units at on-demand prices.");
            out.println();
            out.println("How each floor is made up:");
            out.println();
            String previous = null;
            for (Row r : rows) {
                if (!r.floor().how().equals(previous)) {
                    out.println("- **" + r.operation() + "**: " + r.floor().how() + ".");
                    previous = r.floor().how();
                }
            }
            for (Row r : rows) {
                if (r.detail().isEmpty()) {
                    continue;
                }
                out.println();
                out.println("#### " + r.operation() + " – " + r.size() + " (all calls, not per operation)");
                out.println();
                out.print(r.detail());
            }
            out.println();
            out.println(note());
            for (String n : notes) {
                out.println();
                out.println(n);
            }
            out.println();
            out.printf(Locale.ROOT, "Machine: %d cores (%s), %s %s; DynamoDB Local 3.1.0 in its own JVM over loopback HTTP,"
                            + " the twin in front of it; run took %.0f s.%n",
                    Runtime.getRuntime().availableProcessors(), Machine.cpuModel(), System.getProperty("java.vm.name"),
                    System.getProperty("java.runtime.version"), seconds);
        }

        private String note() {
            return String.format(Locale.ROOT, "Data: %d campaign with %,d participants (two in three with branches), their"
                            + " evaluations and praise (85 %% confirmed; of those 70 %% approved, 0.5 %% rejected, the rest"
                            + " pending review), and the same for %d with %,d praise, loaded straight into DynamoDB Local;"
                            + " then %d praises submitted and confirmed over HTTP (their abuse-limit counters on, as deployed)."
                            + " The local server runs as of %s (praise window open); the publication follows the close of"
                            + " the window. Each recalculation is its night's first, with the night before's snapshot (if"
                            + " any) in the table.", year, options.participants(), year - 1, options.earlierYear(),
                    options.praises(), DAY);
        }

        private SummaryRows summary() {
            SummaryRows s = new SummaryRows("capacity");
            Row praise = find("one praise");
            if (praise != null) {
                s.add("capacity: one praise submitted + confirmed, units (floor) and cost ÷ floor", "≤ 2×",
                        praise.size(), brief(praise), "", "");
            }
            Row first = find("one search, the first");
            Row repeated = find("one search, repeated");
            if (first != null && repeated != null) {
                s.add("capacity: one search, units (floor) and cost ÷ floor", "≤ 2×", "first of an instance", brief(first),
                        "repeated (list in memory)", brief(repeated));
            }
            Row page = find("one participant page");
            if (page != null) {
                s.add("capacity: one participant page (card, campaign, wall)", "–", page.size(), brief(page), "", "");
            }
            List<Row> recalcs = rows.stream().filter(r -> r.operation().startsWith("one nightly")).toList();
            if (!recalcs.isEmpty()) {
                Row a = recalcs.get(0);
                Row b = recalcs.get(recalcs.size() - 1);
                s.add(String.format(Locale.ROOT, "capacity: nightly recalculation (%,d participants)", options.participants()),
                        "–", a.size(), brief(a), b == a ? "" : b.size(), b == a ? "" : brief(b));
            }
            Row total = find("one publication (close");
            Row perCertificate = find("one publication: per certificate");
            if (total != null && perCertificate != null) {
                s.add("capacity: publication, total and per certificate", "–", total.size(), brief(total),
                        "per certificate", brief(perCertificate));
            }
            s.note("Capacity: units per operation as DynamoDB bills them (R = read, W = write units, index writes"
                    + " included), counted by the DynamoDB twin over the local server's HTTP routes; in brackets the floor"
                    + " (the fewest units the operation could cost); ×: cost ratio at on-demand prices (1 W = 5 R).");
            return s;
        }

        private Row find(String prefix) {
            return rows.stream().filter(r -> r.operation().startsWith(prefix)).findFirst().orElse(null);
        }

        private static String brief(Row r) {
            return String.format(Locale.ROOT, "%s R + %s W (%s + %s): **%s**", units(r.measured().read()),
                    units(r.measured().writes()), units(r.floor().read()), units(r.floor().write()), times(r.priced()));
        }
    }

    static String units(double u) {
        if (u == 0) {
            return "0";
        }
        return u < 100 ? String.format(Locale.ROOT, "%.2f", u) : String.format(Locale.ROOT, "%,.0f", u);
    }

    static String ratio(double measured, double floor) {
        if (floor == 0) {
            return measured == 0 ? "–" : "∞";
        }
        return times(measured / floor);
    }

    static String times(double ratio) {
        return ratio < 10 ? String.format(Locale.ROOT, "%.2f×", ratio) : String.format(Locale.ROOT, "%,.0f×", ratio);
    }

    /** The local server's routes, as a browser or the organisers' console calls them. */
    private static final class Http {
        private static final Duration TIMEOUT = Duration.ofMinutes(60);
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final URI base;

        Http(URI base) {
            this.base = base;
        }

        JsonNode get(String path, String token) throws IOException, InterruptedException {
            return send(request(path, token).GET().build(), "GET " + path);
        }

        JsonNode post(String path, String token, String body) throws IOException, InterruptedException {
            return send(request(path, token).header("Content-Type", "application/json")
                    .POST(body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                    .build(), "POST " + path);
        }

        private HttpRequest.Builder request(String path, String token) {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
            return token == null ? b : b.header("Authorization", "Bearer " + token);
        }

        private JsonNode send(HttpRequest request, String what) throws IOException, InterruptedException {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            // 202: accepted for an asynchronous worker (POST /api/admin/awards/publish), whose status is then polled.
            if (response.statusCode() != 200 && response.statusCode() != 202) {
                throw new Bench.BenchFailure(what + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        }
    }

    static CapacityOptions parse(String[] args) {
        CommandLine line = CommandLine.parse(args, Set.of("--sizes", "--participants", "--earlier-year", "--praises",
                "--searches", "--pages"));
        return new CapacityOptions(line.root(), line.results(), line.numbers("--sizes", new int[] {30_000, 100_000}, 1, true),
                line.number("--participants", 5000, 1), line.number("--earlier-year", 50_000, 0),
                line.number("--praises", 200, 1), line.number("--searches", 20, 1), line.number("--pages", 20, 1),
                line.help());
    }
}
