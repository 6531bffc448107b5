package lv.praise.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import lv.praise.adapter.DynamoCampaignStore;
import lv.praise.adapter.DynamoInsightStore;
import lv.praise.adapter.DynamoModerationStore;
import lv.praise.adapter.DynamoParticipantStore;
import lv.praise.domain.Actor;
import lv.praise.domain.Campaign;
import lv.praise.domain.Channel;
import lv.praise.domain.Lang;
import lv.praise.domain.Participant;
import lv.praise.domain.Praise;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.insight.ParticipantInsight;
import lv.praise.domain.insight.ReadInsight;
import lv.praise.domain.insight.RebuildInsight;
import lv.praise.domain.moderation.ModeratedPraise;
import lv.praise.domain.moderation.ModerationStatus;
import lv.praise.domain.scoring.ParticipantProfile;
import lv.praise.testkit.SamTemplate;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The participant's page (issue 18, {@code GET /api/my/participants/{id}}): the DynamoDB requests and items one
 * load reads, and its latency, with 5 000 participants in the campaign (their benchmark groups computed), against
 * DynamoDB Local on loopback. What one load reads does not grow with the campaign: the participant's own items and
 * three BENCHMARK items.
 */
public final class InsightBench {
    static final String USAGE = """
            Usage: java lv.praise.bench.InsightBench [--participants N] [--loads N] [--root DIR] [--results DIR]
              The participant page's DynamoDB requests, items read and latency per load (default 5 000 participants,
              200 loads over 20 participants with 60 approved praise each). Prints a Markdown table on stdout.""";
    private static final int YEAR = 2027;
    private static final long STARTED = System.nanoTime();

    record InsightOptions(Path root, int participants, int loads, boolean help, Path results) {
    }

    private InsightBench() {
    }

    public static void main(String[] args) {
        BenchPart.main(args, USAGE, InsightBench::parse, InsightOptions::help, chosen -> table -> run(chosen, table));
    }

    /** Counts a load's requests and the items they returned. */
    private static final class Reads implements ExecutionInterceptor {
        final AtomicLong requests = new AtomicLong();
        final AtomicLong items = new AtomicLong();
        final Map<String, AtomicLong> byOperation = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            requests.incrementAndGet();
            byOperation.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), k -> new AtomicLong())
                    .incrementAndGet();
            Object r = context.response();
            if (r instanceof GetItemResponse g && g.hasItem() && !g.item().isEmpty()) {
                items.incrementAndGet();
            } else if (r instanceof QueryResponse q) {
                items.addAndGet(q.count());
            } else if (r instanceof BatchGetItemResponse b) {
                b.responses().values().forEach(list -> items.addAndGet(list.size()));
            }
        }

        void reset() {
            requests.set(0);
            items.set(0);
            byOperation.clear();
        }
    }

    private static void run(InsightOptions options, PrintStream out) throws Exception {
        Path log = options.root().resolve("bench/target/dynamodb-local-insight.log");
        Files.createDirectories(log.getParent());
        progress("starting DynamoDB Local in its own JVM (in-memory, loopback) ...");
        Reads reads = new Reads();
        try (DynamoLocalProcess local = DynamoLocalProcess.start(log, "1g");
             DynamoDbClient dynamo = local.client()) {
            String table = "PraiseTable-insight";
            dynamo.createTable(SamTemplate.load(options.root().resolve("template.yaml")).createTable("PraiseTable", table));
            Campaign campaign = Campaign.defaults(YEAR);
            new DynamoCampaignStore(dynamo, table).save(campaign);
            List<String> industries = campaign.industries().stream().map(t -> t.code()).toList();
            List<Participant> participants = new ArrayList<>();
            for (int i = 0; i < options.participants(); i++) {
                participants.add(new Participant(YEAR, String.format(Locale.ROOT, "dalibnieks-%05d", i), "Dalībnieks " + i,
                        campaign.categories().get(i % campaign.categories().size()).code(), industries.get(i % industries.size()),
                        campaign.sizeClasses().get(i % campaign.sizeClasses().size()).code(), List.of(), null, 0));
            }
            progress("loading " + participants.size() + " participants ...");
            DynamoParticipantStore store = new DynamoParticipantStore(dynamo, table);
            parallel(participants, store::save);
            int praised = Math.min(20, participants.size());
            progress("entering 60 approved praise for each of " + praised + " participants (counters move as in moderation) ...");
            DynamoModerationStore moderation = new DynamoModerationStore(dynamo, table);
            Actor organiser = new Actor("bench", "bench@example.lv");
            List<ModeratedPraise> praise = new ArrayList<>();
            Instant at = campaign.praiseOpensAt().plusSeconds(3600);
            for (int i = 0; i < praised; i++) {
                for (int k = 0; k < 60; k++) {
                    Instant when = at.plusSeconds(3600L * 7 * k + i);
                    Praise p = new Praise(String.format(Locale.ROOT, "bench%05d%04d", i, k), YEAR, participants.get(i).id(),
                            participants.get(i).name(), null, k % 3 == 0 ? "Anna Bērziņa" : k % 3 == 1 ? "anna berzina" : "Jānis",
                            1 + k % 5, List.of(campaign.aspects().get(k % campaign.aspects().size()).code()),
                            "Paldies par laipnu apkalpošanu!", Channel.ONLINE, Lang.LV, PraiseStatus.CONFIRMED, null, null,
                            when, null, when);
                    praise.add(new ModeratedPraise(p, ModerationStatus.APPROVED, null, organiser, when, organiser));
                }
            }
            parallel(praise, moderation::saveEntered);
            DynamoInsightStore insight = new DynamoInsightStore(dynamo, table);
            Clock clock = Clock.fixed(Instant.parse(YEAR + "-03-20T10:00:00Z"), java.time.ZoneOffset.UTC);
            progress("computing the benchmark groups of " + participants.size() + " participants ...");
            long t0 = System.nanoTime();
            new RebuildInsight(insight, clock).benchmarksOnly(YEAR,
                    participants.stream().map(ParticipantProfile::of).toList(), Map.of());
            double groupsSeconds = (System.nanoTime() - t0) / 1e9;

            try (DynamoDbClient counted = local.client(o -> o.addExecutionInterceptor(reads))) {
                ReadInsight reader = new ReadInsight(new DynamoCampaignStore(counted, table), new DynamoInsightStore(counted, table), clock);
                progress("warming up, then " + options.loads() + " page loads ...");
                for (int i = 0; i < 30; i++) {
                    reader.read(YEAR, participants.get(i % praised).id());
                }
                long[] nanos = new long[options.loads()];
                long requests = 0;
                long items = 0;
                Map<String, Long> operations = new java.util.TreeMap<>();
                ParticipantInsight last = null;
                for (int i = 0; i < options.loads(); i++) {
                    reads.reset();
                    long s = System.nanoTime();
                    last = reader.read(YEAR, participants.get(i % praised).id());
                    nanos[i] = System.nanoTime() - s;
                    requests += reads.requests.get();
                    items += reads.items.get();
                    reads.byOperation.forEach((k, v) -> operations.merge(k, v.get(), Long::sum));
                }
                Arrays.sort(nanos);
                double median = nanos[nanos.length / 2] / 1e6;
                double p95 = nanos[(int) Math.min(nanos.length - 1, Math.ceil(nanos.length * 0.95) - 1)] / 1e6;
                double perLoad = (double) requests / options.loads();
                double itemsPerLoad = (double) items / options.loads();
                String ops = operations.entrySet().stream()
                        .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.0f", (double) e.getValue() / options.loads()))
                        .reduce((a, b) -> a + ", " + b).orElse("");
                out.println("| measurement | result |");
                out.println("| --- | ---: |");
                out.printf(Locale.ROOT, "| participants in the campaign | %d |%n", participants.size());
                out.printf(Locale.ROOT, "| DynamoDB requests per page load | %.1f (%s) |%n", perLoad, ops);
                out.printf(Locale.ROOT, "| items read per page load | %.1f (of them %d texts) |%n", itemsPerLoad, last.texts().size());
                out.printf(Locale.ROOT, "| page load (ReadInsight.read), median | %.1f ms |%n", median);
                out.printf(Locale.ROOT, "| page load, p95 | %.1f ms |%n", p95);
                out.printf(Locale.ROOT, "| benchmark groups computed from %d participants' counters | %.1f s |%n",
                        participants.size(), groupsSeconds);
                new SummaryRows("insight")
                        .add("participant page `GET /api/my/participants/{id}` (issue 18): DynamoDB requests and items per load",
                                "own items + ≤ 3 BENCHMARK; independent of the campaign's size",
                                String.format(Locale.ROOT, "%,d participants", participants.size()),
                                String.format(Locale.ROOT, "%.0f requests, %.0f items", perLoad, itemsPerLoad),
                                String.format(Locale.ROOT, "latency (%d loads)", options.loads()),
                                String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms", median, p95))
                        .note("insight: ReadInsight over DynamoDB Local on loopback (another JVM); the participant has "
                                + "60 approved praise (a page of 50 texts); 5 000 participants' benchmark groups computed first.")
                        .write(options.results());
            }
        }
    }

    private static <T> void parallel(List<T> all, java.util.function.Consumer<T> write) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (T t : all) {
                running.add(pool.submit(() -> write.accept(t)));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static InsightOptions parse(String[] args) {
        CommandLine line = CommandLine.parse(args, Set.of("--participants", "--loads"));
        return new InsightOptions(line.root(), line.number("--participants", 5_000, 1), line.number("--loads", 200, 1),
                line.help(), line.results());
    }

    static void progress(String line) {
        System.err.printf(Locale.ROOT, "bench: [%5.1f s] %s%n", (System.nanoTime() - STARTED) / 1e9, line);
    }
}
