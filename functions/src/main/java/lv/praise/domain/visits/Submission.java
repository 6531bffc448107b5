package lv.praise.domain.visits;

import java.time.LocalDateTime;
import java.util.List;

/** What an evaluator sends for a visit (docs/evaluations.md); checked by {@link VisitScoring} and {@link Visits}. */
public record Submission(String submissionId, LocalDateTime visitedAt, String place, List<Answer> answers,
                         String comment) {
    public Submission {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
