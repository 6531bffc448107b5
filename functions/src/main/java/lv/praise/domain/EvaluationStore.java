package lv.praise.domain;

import java.util.Collection;
import java.util.List;

/** Port: expert and mystery-shopper evaluations of a campaign. */
public interface EvaluationStore {
    /** Upserts by (participant, date, evaluator, channel). */
    void saveAll(Collection<Evaluation> evaluations);

    List<Evaluation> all(int campaignYear);
}
