package lv.praise.domain.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.Channel;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Participant;
import lv.praise.domain.Praise;
import lv.praise.domain.RefusedException;
import lv.praise.domain.Term;
import lv.praise.domain.insight.ParticipantInsight.AspectShare;
import lv.praise.domain.insight.ParticipantInsight.Benchmark;
import lv.praise.domain.insight.ParticipantInsight.Count;
import lv.praise.domain.insight.ParticipantInsight.DayCount;
import lv.praise.domain.insight.ParticipantInsight.Employee;
import lv.praise.domain.insight.ParticipantInsight.Mystery;
import lv.praise.domain.insight.ParticipantInsight.PraiseSummary;
import lv.praise.domain.insight.ParticipantInsight.PraiseText;
import lv.praise.domain.insight.ParticipantInsight.Score;
import lv.praise.domain.insight.ParticipantInsight.YearSummary;
import lv.praise.domain.visits.CriterionResults;

/**
 * Builds one participant's insight from precomputed items only (issue 18): its counters, merges, per-criterion
 * results, the newest page of its approved praise, its history, and one aggregate per benchmark group. Rejected
 * or pending praise is in none of them (only approval moves the counters; the page is the approved index).
 */
public final class ReadInsight implements InsightReader {
    private final CampaignStore campaigns;
    private final InsightStore store;
    private final Clock clock;

    public ReadInsight(CampaignStore campaigns, InsightStore store, Clock clock) {
        this.campaigns = campaigns;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public ParticipantInsight read(int campaignYear, String participantId) {
        Participant p = store.participant(campaignYear, participantId)
                .orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "id", "no such participant"));
        Campaign campaign = campaigns.findOrDefault(campaignYear);
        Instant now = clock.instant();
        InsightCounts counts = store.counts(campaignYear, participantId);
        EmployeeMerges merges = store.merges(campaignYear, participantId);
        InsightStore.Texts texts = store.approvedTexts(campaignYear, participantId, ParticipantInsight.TEXTS);
        CriterionResults criteria = store.criteria(campaignYear, participantId).orElse(null);
        List<InsightStore.Group> groups = groups(p);
        Map<String, BenchmarkAggregate> aggregates = new HashMap<>();
        for (BenchmarkAggregate a : groups.isEmpty() ? List.<BenchmarkAggregate>of() : store.benchmarks(campaignYear, groups)) {
            aggregates.put(a.group() + "#" + a.code(), a);
        }
        List<BenchmarkAggregate> ordered = groups.stream()
                .map(g -> aggregates.getOrDefault(g.group() + "#" + g.code(), BenchmarkAggregate.empty(g.group(), g.code())))
                .toList();
        return new ParticipantInsight(
                new ParticipantInsight.Subject(p.id(), p.name(), p.category(), p.industry(), p.sizeClass(), p.branches()),
                campaignYear,
                state(campaign, now),
                summary(campaign, counts),
                texts.praise().stream().map(ReadInsight::text).toList(),
                texts.more(),
                employees(counts, merges, texts.praise()),
                ordered.stream().map(a -> benchmark(a, counts, criteria)).toList(),
                mystery(criteria, campaign, ordered, counts),
                score(campaign, counts.score()),
                store.history(participantId, campaignYear).stream().map(ReadInsight::year).toList(),
                now);
    }

    /**
     * Every approved praise naming each employee, by the key it is merged into, newest first (the praise cards):
     * the participant's approved praise read whole, on request – the page's newest 50 would leave out an employee
     * praised only earlier.
     */
    @Override
    public Map<String, List<PraiseText>> employeeTexts(int campaignYear, String participantId) {
        store.participant(campaignYear, participantId)
                .orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "id", "no such participant"));
        EmployeeMerges merges = store.merges(campaignYear, participantId);
        Map<String, List<PraiseText>> out = new TreeMap<>();
        for (Praise p : store.approved(campaignYear, participantId)) {
            String key = EmployeeKey.of(p.employee());
            if (key != null) {
                out.computeIfAbsent(merges.resolve(key), k -> new ArrayList<>()).add(text(p));
            }
        }
        out.values().forEach(texts -> texts.sort(Comparator.comparing(PraiseText::confirmedAt,
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(PraiseText::id)));
        return out;
    }

    /** The participant's employees after its merges (what the merge route answers too). */
    public List<Employee> employees(int campaignYear, String participantId) {
        store.participant(campaignYear, participantId)
                .orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "id", "no such participant"));
        return employees(store.counts(campaignYear, participantId), store.merges(campaignYear, participantId),
                store.approvedTexts(campaignYear, participantId, ParticipantInsight.TEXTS).praise());
    }

    static List<InsightStore.Group> groups(Participant p) {
        List<InsightStore.Group> groups = new ArrayList<>();
        if (p.industry() != null) {
            groups.add(new InsightStore.Group(BenchmarkAggregate.INDUSTRY, p.industry()));
        }
        if (p.category() != null) {
            groups.add(new InsightStore.Group(BenchmarkAggregate.CATEGORY, p.category()));
        }
        if (p.sizeClass() != null) {
            groups.add(new InsightStore.Group(BenchmarkAggregate.SIZE_CLASS, p.sizeClass()));
        }
        return groups;
    }

    /** The contract's words for the state: {@code not_open} before the window, then open, closed, published. */
    static String state(Campaign campaign, Instant now) {
        return switch (campaign.stateAt(now)) {
            case UPCOMING -> "not_open";
            case OPEN -> "open";
            case CLOSED -> "closed";
            case PUBLISHED -> "published";
        };
    }

    static PraiseSummary summary(Campaign campaign, InsightCounts counts) {
        long approved = counts.get(InsightCounts.APPROVED);
        Map<LocalDate, Long> days = new TreeMap<>();
        LocalDate first = LocalDate.ofInstant(campaign.praiseOpensAt(), Campaign.RIGA);
        LocalDate last = LocalDate.ofInstant(campaign.praiseClosesAt(), Campaign.RIGA);
        // Every day of the window, praised or not (a chart's gaps are days too); a day outside it only if praised.
        for (LocalDate d = first; !d.isAfter(last) && days.size() < 100; d = d.plusDays(1)) {
            days.put(d, 0L);
        }
        counts.with(InsightCounts.DAY).forEach((d, n) -> days.put(LocalDate.parse(d), n));
        Map<String, Long> stars = new LinkedHashMap<>();
        for (int s = 1; s <= 5; s++) {
            stars.put(Integer.toString(s), counts.get(InsightCounts.STARS + s));
        }
        Map<String, Long> channels = new LinkedHashMap<>();
        for (Channel c : Channel.values()) {
            channels.put(c.code(), counts.get(InsightCounts.CHANNEL + c.code()));
        }
        List<Count> branches = counts.with(InsightCounts.BRANCH).entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::key)).toList();
        Map<String, Long> named = new HashMap<>(counts.with(InsightCounts.ASPECT));
        List<Count> aspects = new ArrayList<>();
        for (Term t : campaign.aspects()) {
            aspects.add(new Count(t.code(), named.getOrDefault(t.code(), 0L)));
            named.remove(t.code());
        }
        new TreeMap<>(named).forEach((k, v) -> aspects.add(new Count(k, v)));
        return new PraiseSummary(approved, mean(counts.get(InsightCounts.STARS_SUM), approved),
                days.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue())).toList(),
                stars, channels, branches, aspects);
    }

    private static PraiseText text(Praise p) {
        return new PraiseText(p.id(), p.confirmedAt(), p.stars(), p.channel().code(), p.branch(), p.employee(),
                p.aspects(), p.text());
    }

    /**
     * Employees by key after the merges: counts summed over the keys merged into one; the name shown is the
     * spelling of the most praised key (then the longest); spellings every one seen; praise ids from the page.
     */
    static List<Employee> employees(InsightCounts counts, EmployeeMerges merges, List<Praise> page) {
        Map<String, Long> perKey = counts.with(InsightCounts.EMPLOYEE);
        Map<String, List<String>> members = new TreeMap<>();
        perKey.keySet().forEach(k -> members.computeIfAbsent(merges.resolve(k), x -> new ArrayList<>()).add(k));
        Map<String, Set<String>> spellings = new HashMap<>();
        Map<String, List<String>> ids = new HashMap<>();
        for (Praise p : page) {
            String key = EmployeeKey.of(p.employee());
            if (key != null) {
                String target = merges.resolve(key);
                spellings.computeIfAbsent(target, x -> new LinkedHashSet<>()).add(p.employee().strip());
                ids.computeIfAbsent(target, x -> new ArrayList<>()).add(p.id());
            }
        }
        List<Employee> out = new ArrayList<>();
        members.forEach((target, keys) -> {
            long total = keys.stream().mapToLong(perKey::get).sum();
            if (total <= 0) {
                return;
            }
            Set<String> seen = new LinkedHashSet<>();
            keys.stream().sorted(Comparator.comparingLong((String k) -> perKey.get(k)).reversed()
                            .thenComparing(k -> -nameOf(counts, k).length()))
                    .forEach(k -> seen.add(nameOf(counts, k)));
            seen.addAll(spellings.getOrDefault(target, Set.of()));
            String name = seen.iterator().next();
            // Merged straight into this key (a merge into a merged key follows to the end, but is undone where made).
            List<ParticipantInsight.Merged> merged = merges.merges().entrySet().stream()
                    .filter(m -> m.getValue().equals(target)).map(Map.Entry::getKey).sorted()
                    .map(k -> new ParticipantInsight.Merged(k, nameOf(counts, k))).toList();
            out.add(new Employee(target, name, List.copyOf(seen), total, ids.getOrDefault(target, List.of()), merged));
        });
        out.sort(Comparator.comparingLong(Employee::count).reversed().thenComparing(Employee::key));
        return out;
    }

    private static String nameOf(InsightCounts counts, String key) {
        return counts.names().getOrDefault(key, key);
    }

    /** The participant against one group: figures only with at least MIN_GROUP participants, else none at all. */
    static Benchmark benchmark(BenchmarkAggregate a, InsightCounts counts, CriterionResults own) {
        long approved = counts.get(InsightCounts.APPROVED);
        BigDecimal participantMean = mean(counts.get(InsightCounts.STARS_SUM), approved);
        boolean enough = a.participants() >= Benchmark.MIN_GROUP;
        boolean enoughEvaluated = enough && a.evaluated() >= Benchmark.MIN_GROUP;
        if (!enough) {
            return new Benchmark(a.group(), a.code(), a.participants(), false, participantMean, null, List.of(), Map.of(),
                    a.evaluated(), false);
        }
        Set<String> aspectCodes = new LinkedHashSet<>(a.aspects().keySet());
        aspectCodes.addAll(counts.with(InsightCounts.ASPECT).keySet());
        List<AspectShare> shares = aspectCodes.stream().sorted()
                .map(code -> new AspectShare(code, share(counts.get(InsightCounts.ASPECT + code), approved),
                        share(a.aspects().getOrDefault(code, 0L), a.approved())))
                .toList();
        Map<String, BigDecimal> criteria = enoughEvaluated ? new TreeMap<>(a.criteria()) : Map.of();
        // Per channel the same rule, counted in that channel: a channel few of the group were evaluated in shows no figure.
        Map<String, BigDecimal> channels = new TreeMap<>();
        a.channels().forEach((channel, mean) -> {
            if (a.channelsEvaluated().getOrDefault(channel, 0) >= Benchmark.MIN_GROUP) {
                channels.put(channel, mean.setScale(2, RoundingMode.HALF_UP));
            }
        });
        return new Benchmark(a.group(), a.code(), a.participants(), true, participantMean, mean(a.starsSum(), a.approved()),
                shares, criteria, a.evaluated(), enoughEvaluated, channels);
    }

    /**
     * A participant's mystery result per channel: the mean of its criteria's means in that channel, to {@code scale}
     * places – the one rule for its own figure (2) and for the groups' means (RebuildInsight, 10 before their mean).
     */
    static Map<String, BigDecimal> channelMeans(CriterionResults r, int scale) {
        Map<String, BigDecimal> out = new TreeMap<>();
        if (r == null) {
            return out;
        }
        r.byChannel().forEach((channel, means) -> {
            if (!means.isEmpty()) {
                BigDecimal sum = means.values().stream().map(CriterionResults.Mean::mean).reduce(BigDecimal.ZERO, BigDecimal::add);
                out.put(channel, sum.divide(BigDecimal.valueOf(means.size()), scale, RoundingMode.HALF_UP));
            }
        });
        return out;
    }

    static Mystery mystery(CriterionResults r, Campaign campaign, List<BenchmarkAggregate> groups, InsightCounts counts) {
        Map<String, Map<String, String>> wording = new HashMap<>();
        groups.forEach(g -> g.criteriaWording().forEach(wording::putIfAbsent));
        if (r == null || r.visits() == 0) {
            return null;
        }
        List<ParticipantInsight.Criterion> criteria = new ArrayList<>();
        r.overall().forEach((id, mean) -> {
            Map<String, BigDecimal> byChannel = new TreeMap<>();
            r.byChannel().forEach((channel, means) -> {
                if (means.containsKey(id)) {
                    byChannel.put(channel, scaled(means.get(id).mean()));
                }
            });
            criteria.add(new ParticipantInsight.Criterion(id, wording.getOrDefault(id, Map.of()), scaled(mean.mean()),
                    byChannel, mean.n()));
        });
        Map<String, BigDecimal> byChannel = new TreeMap<>();
        byChannel.putAll(channelMeans(r, 2));
        // Evaluators' notes reach the participant only when the campaign shares them (a campaign setting).
        return new Mystery(r.visits(), criteria, byChannel, campaign.insightSharesNotes() ? counts.notes() : List.of());
    }

    /**
     * The running score: before publication the components only, and only when the campaign shows them; never a
     * rank. After publication (and once the final standings' line is in) total, ranks and distances.
     */
    static Score score(Campaign campaign, ScoreLine line) {
        boolean published = campaign.publishedAt() != null;
        boolean visible = published || campaign.insightShowsScore();
        if (line == null || !visible) {
            return new Score(visible, published, null, null, null, null, null, null, null, null, null, null, null,
                    false, null);
        }
        if (!published || !line.published()) {
            return new Score(true, published, scaled(line.online()), scaled(line.branch()), scaled(line.mystery()), null,
                    null, null, null, null, null, null, null, line.eligible(), line.reason());
        }
        BigDecimal threshold = BigDecimal.valueOf(campaign.qualityMarkThreshold()).setScale(2, RoundingMode.HALF_UP);
        BigDecimal total = scaled(line.total());
        BigDecimal toThreshold = total == null ? null : threshold.subtract(total).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        BigDecimal toTopN = total == null || line.topNTotal() == null ? null
                : scaled(line.topNTotal()).subtract(total).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        return new Score(true, true, scaled(line.online()), scaled(line.branch()), scaled(line.mystery()), total,
                line.rankOverall(), line.rankInCategory(), line.rankInSizeClass(), threshold, toThreshold,
                campaign.topN(), toTopN, line.eligible(), line.reason());
    }

    private static YearSummary year(InsightStore.PastYear y) {
        return new YearSummary(y.year(), y.approved(), mean(y.starsSum(), y.approved()), scaled(y.total()), y.rank(),
                y.qualityMarkTitle(), y.certificateCode());
    }

    static BigDecimal mean(long sum, long n) {
        return n <= 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal share(long part, long whole) {
        return whole <= 0 ? BigDecimal.ZERO.setScale(2) : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 2,
                RoundingMode.HALF_UP);
    }

    static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

}
