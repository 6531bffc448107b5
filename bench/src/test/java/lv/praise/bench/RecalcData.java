package lv.praise.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import lv.praise.adapter.TableItems;
import lv.praise.adapter.DynamoCampaignStore;
import lv.praise.adapter.DynamoEvaluationStore;
import lv.praise.domain.Campaign;
import lv.praise.domain.Channel;
import lv.praise.domain.Evaluation;
import lv.praise.domain.Lang;
import lv.praise.domain.Participant;
import lv.praise.domain.Praise;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.Term;
import lv.praise.domain.moderation.ModerationStatus;
import lv.praise.testkit.twin.ItemSize;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A campaign of realistic shape, written fast: participants (two in three with branches), their
 * evaluations, and praise – each praise the item {@code POST /api/praise} stores, most of them
 * confirmed (with the praiser slot a confirmation claims) and reviewed – most approved, a few rejected –
 * a skewed spread over participants; the most praised few evaluated high ({@link #leaders}), so that the
 * campaign has participants eligible for awards at any size. Praise number i is always the same praise, so
 * sizes can be loaded in steps; campaigns of different years can share a table.
 */
final class RecalcData {
    private static final int THREADS = 8;
    private static final String[] WORDS = ("paldies ļoti laipni atsaucīgi ātri profesionāli izpalīdzīgi jauki"
            + " apkalpošana darbinieks klients pakalpojums kvalitāte smaids padoms problēma atrisināja").split(" ");
    private static final List<String> ASPECTS = List.of("competence", "positivity", "quality", "individual_solution",
            "responsiveness", "speed");

    private final DynamoDbClient dynamo;
    private final String table;
    private final int year;
    private final List<Participant> participants = new ArrayList<>();
    private final LongAdder praiseBytes = new LongAdder();
    /** Per participant, what the praise of the load in progress adds to its counters: counted, pending, approved, rejected. */
    private final Map<String, long[]> counts = new java.util.concurrent.ConcurrentHashMap<>();

    RecalcData(DynamoDbClient dynamo, String table, int year, int participantCount) {
        this.dynamo = dynamo;
        this.table = table;
        this.year = year;
        Campaign campaign = Campaign.defaults(year);
        List<Term> categories = campaign.categories();
        List<Term> industries = campaign.industries();
        List<Term> sizes = campaign.sizeClasses();
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < participantCount; i++) {
            List<String> branches = new ArrayList<>();
            if (i % 3 != 0) {
                int n = 1 + random.nextInt(3);
                for (int b = 0; b < n; b++) {
                    branches.add("Filiāle " + (b + 1));
                }
            }
            participants.add(new Participant(year, String.format(Locale.ROOT, "dalibnieks-%05d", i),
                    String.format(Locale.ROOT, "Dalībnieks %05d", i),
                    categories.get(random.nextInt(categories.size())).code(),
                    industries.get(random.nextInt(industries.size())).code(),
                    sizes.get(random.nextInt(sizes.size())).code(),
                    branches, "kontakti" + i + "@example.lv", 0));
        }
    }

    /**
     * How many of the most praised participants (the skew puts them first) lead the campaign: those of them
     * evaluated score 90–100 with the mystery shoppers, the others 50–100. Without leaders, formula 2027.2
     * (volume against the size class's median, mystery scores shrunk to the campaign's mean, docs/scoring.md
     * §2a) puts a small campaign of this data all below the threshold of 80 (stars average 4.2, mystery 75):
     * nobody is eligible and a publication awards no one. A real campaign, like the local demo's, has
     * winners; so this one has some at every size (at 5 000 participants 60 leaders evaluated, more than the
     * TOP-50).
     */
    static int leaders(int participantCount) {
        return Math.max(5, participantCount / 50);
    }

    /** The campaign item, the participants, and 1–3 evaluations for three participants in five. */
    void loadCampaign() throws Exception {
        new DynamoCampaignStore(dynamo, table).save(Campaign.defaults(year));
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        participants.forEach(p -> items.add(TableItems.participant(p)));
        writeInParallel(items);
        List<Evaluation> evaluations = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7);
        int leaders = leaders(participants.size());
        for (int i = 0; i < participants.size(); i++) {
            if (i % 5 < 3) {
                int n = 1 + random.nextInt(3);
                for (int e = 0; e < n; e++) {
                    // One draw either way, so the other participants' scores stay what they were.
                    int drawn = random.nextInt(51);
                    evaluations.add(new Evaluation(year, participants.get(i).id(), LocalDate.of(year, 3, 2 + e),
                            "Vērtētājs " + e, "visit", i < leaders ? 90 + drawn % 11 : 50 + drawn));
                }
            }
        }
        new DynamoEvaluationStore(dynamo, table).saveAll(evaluations);
    }

    /** Praise number from (inclusive) to to (exclusive), with their praiser slots, on 8 threads. */
    void loadPraise(int from, int to) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> parts = new ArrayList<>();
            int step = 2500;
            for (int start = from; start < to; start += step) {
                int first = start;
                int last = Math.min(to, start + step);
                parts.add(pool.submit(() -> {
                    List<WriteRequest> batch = new ArrayList<>(25);
                    for (int i = first; i < last; i++) {
                        List<Map<String, AttributeValue>> items = praiseItems(i);
                        praiseBytes.add(ItemSize.of(items.get(0)));
                        for (Map<String, AttributeValue> item : items) {
                            batch.add(put(item));
                            if (batch.size() == 25) {
                                write(batch);
                                batch = new ArrayList<>(25);
                            }
                        }
                    }
                    if (!batch.isEmpty()) {
                        write(batch);
                    }
                    return null;
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
            // The participants' counters, as the confirmations and decisions would have moved them.
            List<Future<?>> updates = new ArrayList<>();
            for (Map.Entry<String, long[]> e : counts.entrySet()) {
                long[] c = e.getValue();
                updates.add(pool.submit(() -> dynamo.updateItem(TableItems.addCounts(table, year, e.getKey(),
                        c[0], c[1], c[2], c[3]))));
            }
            for (Future<?> update : updates) {
                update.get();
            }
            counts.clear();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The size of the praise items loaded so far, in bytes as DynamoDB bills them (slots not included). */
    long praiseBytes() {
        return praiseBytes.sum();
    }

    /** Praise number i: its item and, when confirmed, its praiser slot. */
    private List<Map<String, AttributeValue>> praiseItems(int i) {
        SplittableRandom random = new SplittableRandom(1_000_003L * i + 17);
        // Skewed: a few participants get much of the praise.
        Participant p = participants.get((int) (participants.size() * Math.pow(random.nextDouble(), 2.5)));
        Channel channel = !p.branches().isEmpty() && random.nextInt(2) == 0 ? Channel.BRANCH : Channel.ONLINE;
        int roll = random.nextInt(100);
        int stars = roll < 4 ? 1 : roll < 9 ? 2 : roll < 20 ? 3 : roll < 50 ? 4 : 5;
        StringBuilder text = new StringBuilder();
        int words = 8 + random.nextInt(60);
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        Instant submitted = Instant.parse(year + "-03-01T08:00:00Z").plus(Duration.ofMinutes(random.nextInt(40_000)));
        // The year leads the id, so two campaigns' praise loaded into one table never share a key.
        String id = String.format(Locale.ROOT, "%04d%028x", year, (long) i * 2654435761L + 1);
        Praise praise = new Praise(id, year, p.id(), p.name(),
                channel == Channel.BRANCH ? p.branches().get(random.nextInt(p.branches().size())) : null,
                random.nextInt(4) == 0 ? "Anna" : null, stars,
                List.of(ASPECTS.get(random.nextInt(ASPECTS.size()))), text.toString(), channel, Lang.LV,
                PraiseStatus.PENDING, "emailhash-" + id, "tokenhash-" + id, submitted,
                submitted.plus(Duration.ofHours(72)), null);
        boolean confirmed = random.nextInt(100) < 85;
        if (!confirmed) {
            return List.of(TableItems.praise(praise, null, null));
        }
        Instant confirmedAt = submitted.plus(Duration.ofMinutes(5));
        boolean rejected = random.nextInt(200) == 0;
        // Most confirmed praise has been reviewed (and is on its participant's wall); the rest waits in the queue.
        ModerationStatus review = rejected ? ModerationStatus.REJECTED
                : random.nextInt(100) < 70 ? ModerationStatus.APPROVED : ModerationStatus.PENDING;
        long[] c = counts.computeIfAbsent(p.id(), key -> new long[4]);
        synchronized (c) {
            c[0] += rejected ? 0 : 1;
            c[review.ordinal() + 1]++;
        }
        return List.of(TableItems.praise(praise, confirmedAt, review), TableItems.praiser(praise, confirmedAt));
    }

    private void writeInParallel(List<Map<String, AttributeValue>> items) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int i = 0; i < items.size(); i += 25) {
                List<WriteRequest> batch = items.subList(i, Math.min(items.size(), i + 25)).stream().map(RecalcData::put).toList();
                parts.add(pool.submit(() -> {
                    write(batch);
                    return null;
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One BatchWriteItem of up to 25 requests to this table, unprocessed items sent again after a pause. */
    void write(List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(table, batch);
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > 1) {
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            Map<String, List<WriteRequest>> request = pending;
            pending = dynamo.batchWriteItem(r -> r.requestItems(request)).unprocessedItems();
        }
    }

    private static WriteRequest put(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
    }
}
