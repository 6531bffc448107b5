package lv.praise.domain.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lv.praise.domain.scoring.ParticipantProfile;
import lv.praise.domain.scoring.ParticipantScore;
import lv.praise.domain.scoring.Standings;
import lv.praise.domain.standings.ScoringRun;
import lv.praise.domain.visits.CriterionResults;

/**
 * The nightly part of issue 18's aggregates, after the standings are computed: each participant's {@code INSIGHT}
 * rebuilt from its approved praise (the incremental counters can drift only through a failure between a decision
 * and nothing – the rebuild makes them exact again) with its standings line, its year kept in its history, and
 * every {@code BENCHMARK} group summed from the rebuilt counters and the per-criterion results.
 */
public final class RebuildInsight {
    /** Participants rebuilt at once: each is two small reads and a write, so the run waits on DynamoDB, not CPU. */
    static final int PARALLEL = 8;
    private final InsightStore store;
    private final Clock clock;
    /** The campaign's questionnaire, for the criteria's wording; null: none. */
    private final lv.praise.domain.visits.QuestionnaireStore questionnaires;

    public RebuildInsight(InsightStore store, Clock clock) {
        this(store, clock, null);
    }

    public RebuildInsight(InsightStore store, Clock clock, lv.praise.domain.visits.QuestionnaireStore questionnaires) {
        this.store = store;
        this.clock = clock;
        this.questionnaires = questionnaires;
    }

    /** Criterion id → lv/en/et wording of the year's current questionnaire. */
    private Map<String, Map<String, String>> wording(int year) {
        return questionnaires == null ? Map.of() : wording(questionnaires.current(year));
    }

    public static Map<String, Map<String, String>> wording(lv.praise.domain.visits.Questionnaire questionnaire) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        questionnaire.criteria().forEach(c -> out.put(c.id(), Map.of("lv", c.wording().lv(), "en", c.wording().en(),
                "et", c.wording().et())));
        return out;
    }

    /** @param published the run is the publication's final one: its ranks may be shown */
    public int rebuild(ScoringRun run, boolean published) {
        int year = run.campaign().year();
        Instant at = clock.instant();
        Standings standings = run.standings();
        Map<String, ParticipantScore> rows = new HashMap<>();
        standings.rows().forEach(r -> rows.put(r.id(), r));
        Map<String, Integer> sizeRanks = sizeClassRanks(standings);
        int topN = run.campaign().topN();
        List<ParticipantScore> ranked = standings.ranked();
        BigDecimal topNTotal = topN > 0 && ranked.size() >= topN ? ranked.get(topN - 1).total() : null;
        Map<String, List<String>> notes = notes(run.visits());
        Map<String, InsightCounts> rebuilt = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, task -> {
            Thread thread = new Thread(task, "insight-rebuild");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, Future<InsightCounts>> pending = new TreeMap<>();
            for (ParticipantProfile p : run.profiles()) {
                ScoreLine line = line(rows.get(p.id()), sizeRanks.get(p.id()), topNTotal, published);
                pending.put(p.id(), pool.submit(() -> {
                    List<String> own = notes.getOrDefault(p.id(), List.of());
                    InsightCounts counts = store.rebuild(year, p.id(),
                            praise -> InsightCounts.rebuilt(praise, line, at).withNotes(own));
                    store.keepYear(p.id(), new InsightStore.PastYear(year, counts.get(InsightCounts.APPROVED),
                            counts.get(InsightCounts.STARS_SUM), published && line != null ? line.total() : null,
                            published && line != null ? line.rankOverall() : null, null, null));
                    return counts;
                }));
            }
            for (var e : pending.entrySet()) {
                rebuilt.put(e.getKey(), e.getValue().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebuilding the participants' insight", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        store.saveBenchmarks(year, benchmarks(run.profiles(), rebuilt, CriterionResults.of(run.visits()), at,
                wording(year)));
        return rebuilt.size();
    }

    /**
     * Only the benchmark groups, from the participants' counters as they stand (no rebuild): what the local run's
     * demo data writes after seeding its praise, so that its first page has figures before any night.
     */
    public void benchmarksOnly(int year, List<ParticipantProfile> profiles, Map<String, CriterionResults> criteria) {
        Map<String, InsightCounts> counts = new TreeMap<>();
        profiles.forEach(p -> counts.put(p.id(), store.counts(year, p.id())));
        store.saveBenchmarks(year, benchmarks(profiles, counts, criteria, clock.instant(), wording(year)));
    }

    /**
     * The evaluators' notes per participant from its approved visits: each visit's comment, then each answer's note
     * ("criterion: note"), oldest visit first; never who wrote them.
     */
    static Map<String, List<String>> notes(List<lv.praise.domain.visits.Visit> visits) {
        Map<String, List<String>> out = new TreeMap<>();
        allNotes(visits).forEach((id, notes) -> out.put(id, capped(notes)));
        return out;
    }

    /** The evaluators' notes an insight keeps at most, in UTF-8 bytes (its item is updated by every approval). */
    public static final int NOTES_BYTES = 64 * 1024;

    /**
     * The notes as shown, oldest visit first, up to {@link #NOTES_BYTES} in all: the first that would pass it and
     * every later one are left out (a visit's comment is ≤ 2 000 characters, a note ≤ 1 000, so a few dozen
     * visits fit; the bound keeps the INSIGHT item far below DynamoDB's 400 KB).
     */
    static List<String> capped(List<String> notes) {
        List<String> kept = new ArrayList<>();
        long bytes = 0;
        for (String note : notes) {
            bytes += note.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes > NOTES_BYTES) {
                break;
            }
            kept.add(note);
        }
        return kept;
    }

    private static Map<String, List<String>> allNotes(List<lv.praise.domain.visits.Visit> visits) {
        Map<String, List<String>> out = new TreeMap<>();
        for (var v : visits) {
            if (v.latest() == null || v.status() != lv.praise.domain.visits.VisitStatus.APPROVED) {
                continue;
            }
            List<String> own = out.computeIfAbsent(v.participantId(), k -> new ArrayList<>());
            if (v.latest().comment() != null && !v.latest().comment().isBlank()) {
                own.add(v.latest().comment().strip());
            }
            for (var a : v.latest().answers()) {
                if (a.note() != null && !a.note().isBlank()) {
                    own.add(a.criterion() + ": " + a.note().strip());
                }
            }
        }
        return out;
    }

    static ScoreLine line(ParticipantScore row, Integer sizeRank, BigDecimal topNTotal, boolean published) {
        if (row == null) {
            return null;
        }
        return new ScoreLine(row.online().score(), row.branch() == null ? null : row.branch().score(), row.mysteryScore(),
                row.total(), row.ranks().overall(), row.ranks().inCategory(), row.eligible() ? sizeRank : null,
                topNTotal, row.eligible(), row.reason() == null ? null : row.reason().code(), published);
    }

    /** Places among the eligible participants of each size class, in the standings' order (ties share a place). */
    static Map<String, Integer> sizeClassRanks(Standings standings) {
        Map<String, Integer> ranks = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, ParticipantScore> previous = new HashMap<>();
        for (ParticipantScore row : standings.ranked()) {
            String size = String.valueOf(row.participant().sizeClass());
            int position = seen.merge(size, 1, Integer::sum);
            ParticipantScore before = previous.get(size);
            // A participant sharing its overall place with the one before it shares its place in the class too.
            int place = before != null && before.ranks().overall().equals(row.ranks().overall())
                    ? ranks.get(before.id()) : position;
            ranks.put(row.id(), place);
            previous.put(size, row);
        }
        return ranks;
    }

    /**
     * Every group's sums: participants, approved praise, stars, aspects; evaluated participants and per criterion
     * the mean over their means. A group with no participant has no item.
     */
    static List<BenchmarkAggregate> benchmarks(List<ParticipantProfile> profiles, Map<String, InsightCounts> counts,
                                               Map<String, CriterionResults> criteria, Instant at,
                                               Map<String, Map<String, String>> wording) {
        Map<String, Acc> groups = new TreeMap<>();
        for (ParticipantProfile p : profiles) {
            InsightCounts c = counts.getOrDefault(p.id(), InsightCounts.EMPTY);
            CriterionResults r = criteria.get(p.id());
            add(groups, BenchmarkAggregate.INDUSTRY, p.industry(), c, r);
            add(groups, BenchmarkAggregate.CATEGORY, p.category(), c, r);
            add(groups, BenchmarkAggregate.SIZE_CLASS, p.sizeClass(), c, r);
        }
        List<BenchmarkAggregate> out = new ArrayList<>();
        groups.values().forEach(a -> {
            Map<String, BigDecimal> means = new TreeMap<>();
            a.criterionSums.forEach((id, sum) -> means.put(id,
                    sum.divide(BigDecimal.valueOf(a.criterionCounts.get(id)), 2, RoundingMode.HALF_UP)));
            Map<String, BigDecimal> channels = new TreeMap<>();
            a.channelSums.forEach((channel, sum) -> channels.put(channel,
                    sum.divide(BigDecimal.valueOf(a.channelCounts.get(channel)), 2, RoundingMode.HALF_UP)));
            out.add(new BenchmarkAggregate(a.group, a.code, a.participants, a.approved, a.starsSum, a.aspects, a.evaluated,
                    means, at, wording, channels, a.channelCounts));
        });
        return out;
    }

    private static void add(Map<String, Acc> groups, String group, String code, InsightCounts c, CriterionResults r) {
        if (code == null) {
            return;
        }
        Acc a = groups.computeIfAbsent(group + "#" + code, k -> new Acc(group, code));
        a.participants++;
        a.approved += c.get(InsightCounts.APPROVED);
        a.starsSum += c.get(InsightCounts.STARS_SUM);
        c.with(InsightCounts.ASPECT).forEach((k, v) -> a.aspects.merge(k, v, Long::sum));
        if (r != null && r.visits() > 0) {
            a.evaluated++;
            r.overall().forEach((id, mean) -> {
                a.criterionSums.merge(id, mean.mean(), BigDecimal::add);
                a.criterionCounts.merge(id, 1, Integer::sum);
            });
            ReadInsight.channelMeans(r, 10).forEach((channel, mean) -> {
                a.channelSums.merge(channel, mean, BigDecimal::add);
                a.channelCounts.merge(channel, 1, Integer::sum);
            });
        }
    }

    private static final class Acc {
        final String group;
        final String code;
        int participants;
        long approved;
        long starsSum;
        final Map<String, Long> aspects = new TreeMap<>();
        int evaluated;
        final Map<String, BigDecimal> criterionSums = new TreeMap<>();
        final Map<String, Integer> criterionCounts = new TreeMap<>();
        final Map<String, BigDecimal> channelSums = new TreeMap<>();
        final Map<String, Integer> channelCounts = new TreeMap<>();

        Acc(String group, String code) {
            this.group = group;
            this.code = code;
        }
    }
}
