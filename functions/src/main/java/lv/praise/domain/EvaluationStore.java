package lv.praise.domain;

import java.util.Collection;
import java.util.List;

/** Port: expert and mystery-shopper evaluations of a campaign. */
public interface EvaluationStore {
    /** Upserts by (participant, date, evaluator, channel). */
    void saveAll(Collection<Evaluation> evaluations);

    List<Evaluation> all(int campaignYear);

    /** The evaluations of one participant, by date. */
    default List<Evaluation> of(int campaignYear, String participantId) {
        return all(campaignYear).stream().filter(e -> e.participantId().equals(participantId))
                .sorted(java.util.Comparator.comparing(Evaluation::date)).toList();
    }
}
