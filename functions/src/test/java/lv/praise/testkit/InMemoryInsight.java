package lv.praise.testkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import lv.praise.domain.Participant;
import lv.praise.domain.Praise;
import lv.praise.domain.insight.BenchmarkAggregate;
import lv.praise.domain.insight.EmployeeKey;
import lv.praise.domain.insight.EmployeeMerges;
import lv.praise.domain.insight.InsightCounts;
import lv.praise.domain.insight.InsightStore;
import lv.praise.domain.visits.CriterionResults;

/**
 * The insight's items in memory, moved as the moderation store moves them: {@link #approve} adds a praise's
 * counters and puts it on the approved list, {@link #unapprove} takes both back. Nothing else reaches them.
 */
public final class InMemoryInsight implements InsightStore {
    private final Map<String, Participant> participants = new HashMap<>();
    private final Map<String, Map<String, Long>> counters = new HashMap<>();
    private final Map<String, Map<String, String>> names = new HashMap<>();
    private final Map<String, Long> versions = new HashMap<>();
    private final Map<String, lv.praise.domain.insight.ScoreLine> scores = new HashMap<>();
    private final Map<String, List<Praise>> approved = new HashMap<>();
    private final Map<String, EmployeeMerges> merges = new HashMap<>();
    private final Map<String, CriterionResults> criteria = new HashMap<>();
    private final Map<String, BenchmarkAggregate> benchmarks = new HashMap<>();
    private final Map<String, List<PastYear>> history = new HashMap<>();
    public int benchmarkReads;

    public synchronized void add(Participant p) {
        participants.put(p.id(), p);
    }

    public synchronized void approve(Praise p) {
        move(p, 1);
        approved.computeIfAbsent(p.participantId(), k -> new ArrayList<>()).add(p);
        String key = EmployeeKey.of(p.employee());
        if (key != null) {
            names.computeIfAbsent(p.participantId(), k -> new HashMap<>()).put(key, p.employee().strip());
        }
    }

    public synchronized void unapprove(Praise p) {
        move(p, -1);
        approved.getOrDefault(p.participantId(), new ArrayList<>()).removeIf(x -> x.id().equals(p.id()));
    }

    private void move(Praise p, int sign) {
        Map<String, Long> c = counters.computeIfAbsent(p.participantId(), k -> new HashMap<>());
        InsightCounts.of(p).forEach((k, v) -> c.merge(k, sign * v, Long::sum));
        String key = EmployeeKey.of(p.employee());
        if (key != null && c.getOrDefault(InsightCounts.EMPLOYEE + key, 0L) <= 0) {
            // As the DynamoDB store: the last praise naming an employee takes the count and the name with it.
            c.remove(InsightCounts.EMPLOYEE + key);
            names.getOrDefault(p.participantId(), new HashMap<>()).remove(key);
        }
        versions.merge(p.participantId(), 1L, Long::sum);
    }

    public synchronized void score(String participantId, lv.praise.domain.insight.ScoreLine line) {
        scores.put(participantId, line);
    }

    private final Map<String, List<String>> notes = new HashMap<>();

    public synchronized void notes(String participantId, List<String> evaluatorsNotes) {
        notes.put(participantId, evaluatorsNotes);
    }

    public synchronized void criteria(String participantId, CriterionResults r) {
        criteria.put(participantId, r);
    }

    public synchronized void pastYear(String participantId, PastYear y) {
        history.computeIfAbsent(participantId, k -> new ArrayList<>()).add(y);
    }

    public synchronized Map<String, BenchmarkAggregate> benchmarks() {
        return Map.copyOf(benchmarks);
    }

    @Override
    public synchronized Optional<Participant> participant(int year, String participantId) {
        return Optional.ofNullable(participants.get(participantId));
    }

    @Override
    public synchronized InsightCounts counts(int year, String participantId) {
        return new InsightCounts(counters.getOrDefault(participantId, Map.of()), names.getOrDefault(participantId, Map.of()),
                scores.get(participantId), versions.getOrDefault(participantId, 0L), null,
                notes.getOrDefault(participantId, List.of()));
    }

    @Override
    public synchronized EmployeeMerges merges(int year, String participantId) {
        return merges.getOrDefault(participantId, EmployeeMerges.NONE);
    }

    @Override
    public synchronized Optional<CriterionResults> criteria(int year, String participantId) {
        return Optional.ofNullable(criteria.get(participantId));
    }

    @Override
    public synchronized Texts approvedTexts(int year, String participantId, int limit) {
        List<Praise> all = new ArrayList<>(approved.getOrDefault(participantId, List.of()));
        all.sort(Comparator.comparing(Praise::confirmedAt).reversed());
        return new Texts(all.subList(0, Math.min(limit, all.size())), all.size() > limit);
    }

    @Override
    public synchronized List<Praise> approved(int year, String participantId) {
        return approvedTexts(year, participantId, Integer.MAX_VALUE).praise();
    }

    @Override
    public synchronized List<PastYear> history(String participantId, int beforeYear) {
        return history.getOrDefault(participantId, List.of()).stream().filter(y -> y.year() < beforeYear)
                .sorted(Comparator.comparingInt(PastYear::year).reversed()).toList();
    }

    @Override
    public synchronized List<BenchmarkAggregate> benchmarks(int year, List<Group> groups) {
        benchmarkReads++;
        return groups.stream().map(g -> benchmarks.get(g.group() + "#" + g.code())).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public synchronized boolean saveMerges(int year, String participantId, EmployeeMerges m) {
        if (merges.getOrDefault(participantId, EmployeeMerges.NONE).version() != m.version()) {
            return false;
        }
        merges.put(participantId, new EmployeeMerges(m.merges(), m.version() + 1));
        return true;
    }

    /** Praise the approved index doesn't show yet (ByWall lags the table): a rebuild doesn't read them. */
    private final java.util.Set<String> notIndexedYet = new java.util.HashSet<>();

    public synchronized void indexLags(String praiseId) {
        notIndexedYet.add(praiseId);
    }

    @Override
    public synchronized InsightCounts rebuild(int year, String participantId, Function<List<Praise>, InsightCounts> count) {
        InsightCounts c = count.apply(approved.getOrDefault(participantId, List.of()).stream()
                .filter(p -> !notIndexedYet.contains(p.id())).toList());
        InsightCounts stored = counts(year, participantId);
        if (InsightCounts.behind(stored, c)) {
            // As the DynamoDB store: the decisions' counters stay, the line and the notes are written.
            if (c.score() != null) {
                scores.put(participantId, c.score());
            }
            notes.put(participantId, c.notes());
            return stored.keeping(c);
        }
        counters.put(participantId, new HashMap<>(c.counters()));
        names.put(participantId, new HashMap<>(c.names()));
        if (c.score() != null) {
            scores.put(participantId, c.score());
        }
        versions.merge(participantId, 1L, Long::sum);
        return c;
    }

    @Override
    public synchronized void saveBenchmarks(int year, List<BenchmarkAggregate> groups) {
        groups.forEach(g -> benchmarks.put(g.group() + "#" + g.code(), g));
    }

    @Override
    public synchronized void keepYear(String participantId, PastYear year) {
        List<PastYear> list = history.computeIfAbsent(participantId, k -> new ArrayList<>());
        list.removeIf(y -> y.year() == year.year());
        list.add(year);
    }
}
