package lv.praise.domain.visits;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Actor;

/**
 * One submission of a visit, kept for good (every version is stored): the answers, their fractions, the score
 * and the questionnaire version they were scored on, who entered it and when.
 *
 * @param version   1 for the first submission, then 2, 3, … after each return
 * @param fractions per answered criterion its fraction f of the maximum (0–1, exact); "na" answers are absent
 */
public record SubmissionVersion(int version, String submissionId, LocalDateTime visitedAt, String place,
                                List<Answer> answers, String comment, VisitScore score, int questionnaireVersion,
                                Map<String, BigDecimal> fractions, Actor enteredBy, Instant submittedAt) {
    public SubmissionVersion {
        answers = List.copyOf(answers);
        fractions = Map.copyOf(fractions);
    }
}
