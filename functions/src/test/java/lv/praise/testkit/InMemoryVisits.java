package lv.praise.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiPredicate;
import lv.praise.domain.visits.Criterion;
import lv.praise.domain.visits.CriterionResultStore;
import lv.praise.domain.visits.CriterionResults;
import lv.praise.domain.visits.Questionnaire;
import lv.praise.domain.visits.QuestionnaireStore;
import lv.praise.domain.visits.SubmissionVersion;
import lv.praise.domain.visits.Visit;
import lv.praise.domain.visits.VisitStatus;
import lv.praise.domain.visits.VisitStore;

/**
 * Visits, questionnaires and per-criterion results in memory, with the DynamoDB adapter's conditions: a move
 * lands only while the stored visit is in the state it started from and its participant is not frozen; a
 * submission freezes the questionnaire version only while it is the one read. Counts its writes, so a test can
 * show that a refusal wrote nothing.
 */
public final class InMemoryVisits implements VisitStore, QuestionnaireStore, CriterionResultStore {
    private final Map<String, Visit> visits = new LinkedHashMap<>();
    private final Map<String, List<SubmissionVersion>> versions = new LinkedHashMap<>();
    private final Map<Integer, Questionnaire> questionnaires = new TreeMap<>();
    private final Map<String, CriterionResults> results = new TreeMap<>();
    /** (year, participant id) → frozen for publication. */
    private final BiPredicate<Integer, String> frozen;
    private int writes;

    public InMemoryVisits() {
        this((year, id) -> false);
    }

    public InMemoryVisits(BiPredicate<Integer, String> frozen) {
        this.frozen = frozen;
    }

    public synchronized int writes() {
        return writes;
    }

    @Override
    public synchronized Questionnaire current(int year) {
        return questionnaires.isEmpty() ? Questionnaire.defaults(year)
                : ((TreeMap<Integer, Questionnaire>) questionnaires).lastEntry().getValue();
    }

    @Override
    public synchronized Optional<Questionnaire> version(int year, int version) {
        Questionnaire q = questionnaires.get(version);
        return q == null && version == 1 ? Optional.of(Questionnaire.defaults(year)) : Optional.ofNullable(q);
    }

    @Override
    public synchronized Questionnaire save(Questionnaire current, List<Criterion> criteria) {
        Questionnaire stored = questionnaires.get(current.version());
        int version;
        if (current.revision() == null) {
            if (stored != null) {
                throw new Moved("stored meanwhile");
            }
            version = current.version();
        } else if (!current.frozen()) {
            if (stored == null || !current.revision().equals(stored.revision()) || stored.frozen()) {
                throw new Moved("changed meanwhile");
            }
            version = current.version();
        } else {
            version = current.version() + 1;
            if (questionnaires.containsKey(version)) {
                throw new Moved("next version exists");
            }
        }
        Questionnaire saved = new Questionnaire(current.year(), version, false, criteria, UUID.randomUUID().toString());
        questionnaires.put(version, saved);
        writes++;
        return saved;
    }

    /** Plan key → visit id, as the adapter's {@code VISITKEY#} items. */
    private final Map<String, String> planKeys = new LinkedHashMap<>();

    @Override
    public synchronized Map<String, String> plan(Collection<Visit> planned) {
        Map<String, String> taken = new LinkedHashMap<>();
        for (Visit v : planned) {
            String key = v.year() + "|" + v.planKey();
            String earlier = planKeys.putIfAbsent(key, v.id());
            if (earlier != null) {
                taken.put(v.id(), earlier);
                continue;
            }
            visits.put(v.id(), v);
            writes++;
        }
        return taken;
    }

    @Override
    public synchronized void cancel(Visit planned) {
        Visit stored = visits.get(planned.id());
        if (stored == null || stored.status() != VisitStatus.PLANNED || stored.versions() != 0) {
            throw new Moved("the visit moved");
        }
        if (frozen.test(planned.year(), planned.participantId())) {
            throw new Frozen("frozen");
        }
        visits.remove(planned.id());
        planKeys.remove(planned.year() + "|" + planned.planKey(), planned.id());
        writes++;
    }

    @Override
    public synchronized Optional<Visit> find(int year, String evaluator, String id) {
        Visit v = visits.get(id);
        return v != null && v.evaluator().equals(evaluator) && v.year() == year ? Optional.of(v) : Optional.empty();
    }

    @Override
    public synchronized Optional<Visit> find(int year, String id) {
        Visit v = visits.get(id);
        return v != null && v.year() == year ? Optional.of(v) : Optional.empty();
    }

    @Override
    public synchronized List<Visit> all(int year) {
        return visits.values().stream().filter(v -> v.year() == year).toList();
    }

    @Override
    public synchronized List<Visit> ofEvaluator(int year, String evaluator) {
        return all(year).stream().filter(v -> v.evaluator().equals(evaluator)).toList();
    }

    @Override
    public synchronized void submit(Visit before, Visit after, Questionnaire questionnaire) {
        requireUnmoved(before, after);
        if (before.questionnaireVersion() == null) {
            Questionnaire stored = questionnaires.get(questionnaire.version());
            if (questionnaire.revision() == null ? stored != null
                    : stored == null || !questionnaire.revision().equals(stored.revision())) {
                throw new Moved("the questionnaire changed");
            }
            questionnaires.put(questionnaire.version(), new Questionnaire(questionnaire.year(), questionnaire.version(),
                    true, questionnaire.criteria(), stored == null ? UUID.randomUUID().toString() : stored.revision()));
        }
        visits.put(after.id(), after);
        versions.computeIfAbsent(after.id(), k -> new ArrayList<>()).add(after.latest());
        writes++;
    }

    @Override
    public synchronized void review(Visit before, Visit after) {
        requireUnmoved(before, after);
        visits.put(after.id(), after);
        writes++;
    }

    private void requireUnmoved(Visit before, Visit after) {
        Visit stored = visits.get(before.id());
        if (stored == null || stored.status() != before.status() || stored.versions() != before.versions()) {
            throw new Moved("the visit moved");
        }
        if (frozen.test(after.year(), after.participantId())) {
            throw new Frozen("frozen");
        }
    }

    @Override
    public synchronized List<SubmissionVersion> versions(int year, String id) {
        return List.copyOf(versions.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized void keep(int year, Map<String, CriterionResults> kept) {
        results.clear();
        results.putAll(kept);
        writes++;
    }

    @Override
    public synchronized Map<String, CriterionResults> results(int year) {
        return Map.copyOf(results);
    }
}
