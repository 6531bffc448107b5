package lv.praise.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import lv.praise.adapter.DynamoCampaignStore;
import lv.praise.adapter.DynamoEvaluationStore;
import lv.praise.adapter.DynamoParticipantStore;
import lv.praise.adapter.DynamoScoringSource;
import lv.praise.adapter.DynamoStandingsStore;
import lv.praise.domain.Evaluation;
import lv.praise.domain.EvaluationStore;
import lv.praise.domain.Participant;
import lv.praise.domain.ParticipantStore;
import lv.praise.domain.scoring.ComponentTally;
import lv.praise.domain.standings.Recalculation;
import lv.praise.domain.standings.RecalculateStandings;
import lv.praise.domain.standings.ScoringSource;
import lv.praise.domain.standings.StandingsSnapshot;
import lv.praise.domain.standings.StandingsStore;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.HookedParticipants;
import lv.praise.testkit.SamTemplate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code ./bench.sh --recalc}: the nightly recalculation against a bare parallel Scan that reads the
 * same items, on DynamoDB Local, at growing numbers of praise for a fixed number of participants.
 *
 * <p>DynamoDB Local runs in a JVM of its own, so this JVM's heap is the recalculation's. For each
 * size, after a warm-up pair, the two are run {@code --repeats} times, alternating which goes first;
 * the medians are compared. The recalculation is the real use case with the real adapters (load
 * participants and evaluations, scan and tally the praise, score, write the snapshot); the bare scan
 * sends the very Scan requests of {@link DynamoScoringSource} on as many threads and only counts.
 */
public final class RecalcBench {
    static final String USAGE = """
            usage: ./bench.sh --recalc [--sizes N,N,...] [--participants N] [--repeats N] [--segments N]
              --sizes N,...     praise in the table, one row each, loaded in ascending order (default 10000,100000)
              --participants N  participants of the campaign (default 5000)
              --repeats N       timed pairs per size after one warm-up pair; medians are shown (default 5)
              --segments N      ByTally shards read at once, for both sides (1-8; default 8, as deployed)
            Prints a Markdown table on stdout, progress on stderr.""";

    /** 02:00 in Riga on 20 March 2027: every run writes the same day's snapshot, as a nightly run does. */
    static final Instant NIGHT = Instant.parse("2027-03-20T00:00:00Z");

    /** The command line of ./bench.sh --recalc. */
    record RecalcOptions(Path root, int[] sizes, int participants, int repeats, int segments, boolean help,
                         Path results) {
    }

    private RecalcBench() {
    }

    public static void main(String[] args) {
        BenchPart.main(args, USAGE, RecalcBench::parse, RecalcOptions::help, chosen -> table -> run(chosen, table));
    }

    private record Row(int praise, int participants, Stats recalculation, Stats bare, HeapMeter.Reading recalcHeap,
                       HeapMeter.Reading bareHeap, long itemsScanned, Phases phases) {
    }

    private static void run(RecalcOptions options, PrintStream out) throws Exception {
        long started = System.nanoTime();
        Path log = options.root().resolve("bench/target/dynamodb-local.log");
        Files.createDirectories(log.getParent());
        progress("starting DynamoDB Local in its own JVM (in-memory, loopback; log: " + options.root().relativize(log) + ") ...");
        try (DynamoLocalProcess local = DynamoLocalProcess.start(log, "4g");
             DynamoDbClient dynamo = local.client()) {
            String table = "PraiseTable-recalc";
            dynamo.createTable(SamTemplate.load(options.root().resolve("template.yaml")).createTable("PraiseTable", table));
            RecalcData data = new RecalcData(dynamo, table, Fixtures.YEAR, options.participants());
            progress("loading the " + Fixtures.YEAR + " campaign, " + options.participants()
                    + " participants and their evaluations ...");
            data.loadCampaign();

            HeapMeter heap = new HeapMeter();
            Phases phases = new Phases();
            RecalculateStandings recalculate = recalculation(dynamo, table, options.segments(), phases);
            List<Row> rows = new ArrayList<>();
            int loaded = 0;
            for (int size : options.sizes()) {
                if (size > loaded) {
                    long t0 = System.nanoTime();
                    progress("loading praise " + loaded + " → " + size + " (BatchWriteItem, 8 threads) ...");
                    data.loadPraise(loaded, size);
                    progress(String.format(Locale.ROOT, "  loaded in %.1f s", (System.nanoTime() - t0) / 1e9));
                    loaded = size;
                }
                progress("N = " + size + ": warm-up pair ...");
                Recalculation warm = recalculate.run();
                long bareCount = bareScan(dynamo, table, options.segments()).returned();
                // Only confirmed praise is in index ByTally (85 % of the loaded).
                if (warm.praisesRead() != bareCount || bareCount == 0 || bareCount > size) {
                    throw new IllegalStateException("the recalculation read " + warm.praisesRead()
                            + " praise, the bare read " + bareCount + ", the table holds " + size);
                }
                long[] recalcTimes = new long[options.repeats()];
                long[] bareTimes = new long[options.repeats()];
                List<HeapMeter.Reading> recalcHeaps = new ArrayList<>();
                List<HeapMeter.Reading> bareHeaps = new ArrayList<>();
                phases.clear();
                long scanned = 0;
                for (int r = 0; r < options.repeats(); r++) {
                    progress("N = " + size + ": pair " + (r + 1) + " of " + options.repeats()
                            + (r % 2 == 0 ? " (recalculation first)" : " (bare scan first)") + " ...");
                    for (int side : r % 2 == 0 ? new int[] {0, 1} : new int[] {1, 0}) {
                        heap.start();
                        long t0 = System.nanoTime();
                        if (side == 0) {
                            recalculate.run();
                            recalcTimes[r] = System.nanoTime() - t0;
                            recalcHeaps.add(heap.stop());
                        } else {
                            scanned = bareScan(dynamo, table, options.segments()).scanned();
                            bareTimes[r] = System.nanoTime() - t0;
                            bareHeaps.add(heap.stop());
                        }
                    }
                }
                rows.add(new Row(size, options.participants(), Stats.of(recalcTimes), Stats.of(bareTimes),
                        max(recalcHeaps), max(bareHeaps), scanned, phases.medians()));
            }
            print(out, rows, options, (System.nanoTime() - started) / 1e9);
            summary(rows, options).write(options.results());
        }
    }

    private static HeapMeter.Reading max(List<HeapMeter.Reading> readings) {
        long peak = 0;
        long live = 0;
        for (HeapMeter.Reading r : readings) {
            peak = Math.max(peak, r.peakBytes());
            live = Math.max(live, r.liveBytes());
        }
        return new HeapMeter.Reading(peak, live);
    }

    /** The use case with the real adapters, each port timed. */
    private static RecalculateStandings recalculation(DynamoDbClient dynamo, String table, int segments, Phases phases) {
        ParticipantStore participants = new DynamoParticipantStore(dynamo, table);
        EvaluationStore evaluations = new DynamoEvaluationStore(dynamo, table);
        ScoringSource praise = new DynamoScoringSource(dynamo, table, Math.min(segments, DynamoScoringSource.shards()));
        StandingsStore standings = new DynamoStandingsStore(dynamo, table, Clock.fixed(NIGHT, ZoneOffset.UTC));
        ParticipantStore timedParticipants = new HookedParticipants(participants, (year, read) -> {
            long t0 = System.nanoTime();
            List<Participant> all = read.apply(year);
            phases.load.addAndGet(System.nanoTime() - t0);
            return all;
        });
        EvaluationStore timedEvaluations = new EvaluationStore() {
            @Override
            public void saveAll(Collection<Evaluation> all) {
                evaluations.saveAll(all);
            }

            @Override
            public List<Evaluation> all(int year) {
                long t0 = System.nanoTime();
                List<Evaluation> all = evaluations.all(year);
                phases.load.addAndGet(System.nanoTime() - t0);
                return all;
            }
        };
        ScoringSource timedPraise = (year, rules) -> {
            long t0 = System.nanoTime();
            ComponentTally tally = praise.tally(year, rules);
            phases.scan.addAndGet(System.nanoTime() - t0);
            return tally;
        };
        StandingsStore timedStandings = new StandingsStore() {
            @Override
            public boolean save(StandingsSnapshot snapshot, Optional<Instant> expiresAt) {
                long t0 = System.nanoTime();
                boolean latest = standings.save(snapshot, expiresAt);
                phases.write.addAndGet(System.nanoTime() - t0);
                phases.endRun();
                return latest;
            }

            @Override
            public Optional<StandingsSnapshot> latest(int year) {
                return standings.latest(year);
            }

            @Override
            public Optional<StandingsSnapshot> find(int year, LocalDate date) {
                return standings.find(year, date);
            }
        };
        return new RecalculateStandings(Fixtures.YEAR, new DynamoCampaignStore(dynamo, table), timedParticipants,
                timedEvaluations, timedPraise, timedStandings, Clock.fixed(NIGHT, ZoneOffset.UTC));
    }

    private record Scanned(long returned, long scanned) {
    }

    /**
     * The same index Queries as the recalculation's (one per ByTally shard, {@code threads} at once), items only
     * counted; {@code scanned} = items DynamoDB read, the same as returned (a Query of an index has no filter).
     */
    static Scanned bareScan(DynamoDbClient dynamo, String table, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, DynamoScoringSource.shards()));
        try {
            List<Future<long[]>> parts = new ArrayList<>();
            for (int s = 0; s < DynamoScoringSource.shards(); s++) {
                var request = DynamoScoringSource.request(table, Fixtures.YEAR, s);
                parts.add(pool.submit(() -> {
                    long returned = 0;
                    long scanned = 0;
                    for (var page : dynamo.queryPaginator(request)) {
                        returned += page.items().size();
                        scanned += page.scannedCount();
                    }
                    return new long[] {returned, scanned};
                }));
            }
            long returned = 0;
            long scanned = 0;
            for (Future<long[]> part : parts) {
                long[] counts = part.get();
                returned += counts[0];
                scanned += counts[1];
            }
            return new Scanned(returned, scanned);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Where a recalculation's time goes: reading participants and evaluations, the scan, the write; the rest is scoring. */
    static final class Phases {
        final AtomicLong load = new AtomicLong();
        final AtomicLong scan = new AtomicLong();
        final AtomicLong write = new AtomicLong();
        private final List<long[]> runs = new ArrayList<>();

        void endRun() {
            runs.add(new long[] {load.getAndSet(0), scan.getAndSet(0), write.getAndSet(0)});
        }

        void clear() {
            runs.clear();
            load.set(0);
            scan.set(0);
            write.set(0);
        }

        /** Medians in ms: load, scan, write. */
        Phases medians() {
            Phases m = new Phases();
            m.runs.add(new long[] {median(0), median(1), median(2)});
            return m;
        }

        double ms(int phase) {
            return runs.isEmpty() ? 0 : runs.get(0)[phase] / 1e6;
        }

        private long median(int phase) {
            long[] values = runs.stream().mapToLong(r -> r[phase]).sorted().toArray();
            return values.length == 0 ? 0 : values[values.length / 2];
        }
    }

    /** The summary table's lines: ratio and heap at the smallest and the largest size. */
    private static SummaryRows summary(List<Row> rows, RecalcOptions options) {
        SummaryRows s = new SummaryRows("recalc");
        if (!rows.isEmpty()) {
            Row a = rows.get(0);
            Row b = rows.get(rows.size() - 1);
            s.add(String.format(Locale.ROOT, "nightly recalculation ÷ bare parallel Scan (%,d participants, medians)",
                            options.participants()), "≤ 1.3", String.format(Locale.ROOT, "%,d praise", a.praise()),
                    ratio(a), String.format(Locale.ROOT, "%,d praise", b.praise()), ratio(b));
            s.add("nightly recalculation: peak heap (live after GC)", "flat",
                    String.format(Locale.ROOT, "%,d praise", a.praise()), heap(a),
                    String.format(Locale.ROOT, "%,d praise", b.praise()), heap(b));
        }
        s.note(String.format(Locale.ROOT, "Recalculation: the use case on the real adapters against the same Scan requests"
                + " sent bare (%d segments), DynamoDB Local in its own JVM; medians of %d runs after a warm-up pair;"
                + " this JVM: serial GC, 256 MB heap (a 1024 MB function's ergonomics), C1 only.",
                options.segments(), options.repeats()));
        return s;
    }

    private static String ratio(Row r) {
        return String.format(Locale.ROOT, "**%.2f** (%,.1f / %,.1f s)", r.recalculation().median() / r.bare().median(),
                r.recalculation().medianMs() / 1000, r.bare().medianMs() / 1000);
    }

    private static String heap(Row r) {
        return String.format(Locale.ROOT, "%.0f MB (%.0f MB)", r.recalcHeap().peakMb(), r.recalcHeap().liveMb());
    }

    private static void print(PrintStream out, List<Row> rows, RecalcOptions options, double seconds) {
        out.println("| N praise | participants | recalculation ms | bare parallel scan ms | ratio | peak heap MB"
                + " | live heap after GC MB |");
        out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Row row : rows) {
            out.printf(Locale.ROOT, "| %,d | %,d | %,.0f | %,.0f | **%.2f** | %.0f | %.0f |%n", row.praise(),
                    row.participants(), row.recalculation().medianMs(), row.bare().medianMs(),
                    row.recalculation().median() / row.bare().median(), row.recalcHeap().peakMb(),
                    row.recalcHeap().liveMb());
        }
        out.println();
        out.println("Where the recalculation's time goes (medians, ms):");
        out.println();
        out.println("| N praise | items scanned | scan + tally | participants + evaluations (during the scan) | scoring"
                + " and the rest | snapshot write | bare scan: peak / live heap MB |");
        out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Row row : rows) {
            double load = row.phases().ms(0);
            double scan = row.phases().ms(1);
            double write = row.phases().ms(2);
            double rest = Math.max(0, row.recalculation().medianMs() - Math.max(load, scan) - write);
            out.printf(Locale.ROOT, "| %,d | %,d | %,.0f | %,.0f | %,.0f | %,.0f | %.0f / %.0f |%n", row.praise(),
                    row.itemsScanned(), scan, load, rest, write, row.bareHeap().peakMb(), row.bareHeap().liveMb());
        }
        out.println();
        out.printf(Locale.ROOT, "Medians of %d runs each after a warm-up pair, recalculation and bare scan alternating"
                        + " which goes first. %d Scan segments on both sides. The recalculation is the use case with the"
                        + " real adapters writing the same day's snapshot each time (%,d rows). Heap: this JVM only"
                        + " (DynamoDB Local runs in its own); peak = sum of the heap pools' peaks since a full GC, garbage"
                        + " included; live = the most left after a GC during the run; the largest of the runs.%n",
                options.repeats(), options.segments(), options.participants());
        out.printf(Locale.ROOT, "Machine: %d cores (%s), %s %s, %s; DynamoDB Local 3.1.0 in its own JVM over loopback"
                        + " HTTP; run took %.0f s.%n",
                Runtime.getRuntime().availableProcessors(), Machine.cpuModel(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), Machine.jvmFlags(), seconds);
    }



    private static final long STARTED = System.nanoTime();

    static void progress(String line) {
        System.err.printf(Locale.ROOT, "bench: [%5.1f s] %s%n", (System.nanoTime() - STARTED) / 1e9, line);
    }

    static RecalcOptions parse(String[] args) {
        CommandLine line = CommandLine.parse(args, Set.of("--sizes", "--participants", "--repeats", "--segments"));
        return new RecalcOptions(line.root(), line.numbers("--sizes", new int[] {10_000, 100_000}, 1, true),
                line.number("--participants", 5000, 1), line.number("--repeats", 5, 1),
                line.number("--segments", DynamoScoringSource.DEFAULT_THREADS, 1), line.help(), line.results());
    }

    /** Median of a set of run times. */
    record Stats(double median) {
        static Stats of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return new Stats(n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0);
        }

        double medianMs() {
            return median / 1e6;
        }
    }
}
