package lv.praise.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Evaluation;
import lv.praise.domain.EvaluationKey;
import lv.praise.domain.EvaluationStore;

/**
 * A fake of the evaluation port: an upsert by {@link EvaluationKey}, like the DynamoDB adapter. It
 * counts the evaluations it was asked to write, so a test can tell that nothing was written.
 * (Separate from {@link InMemoryStore}, whose {@code all(int)} already lists participants.)
 */
public final class InMemoryEvaluations implements EvaluationStore {
    private final Map<EvaluationKey, Evaluation> evaluations = new LinkedHashMap<>();
    private int written;

    @Override
    public synchronized void saveAll(Collection<Evaluation> batch) {
        for (Evaluation evaluation : batch) {
            evaluations.put(EvaluationKey.of(evaluation), evaluation);
            written++;
        }
    }

    @Override
    public synchronized List<Evaluation> all(int campaignYear) {
        return evaluations.values().stream().filter(e -> e.campaignYear() == campaignYear).toList();
    }

    /** How many evaluations {@link #saveAll} was given, over all calls. */
    public synchronized int written() {
        return written;
    }

    public synchronized List<Evaluation> all() {
        return new ArrayList<>(evaluations.values());
    }
}
