package lv.praise.domain.exports;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the evaluations export takes its rows: today the imported expert and mystery-shopper evaluations; the
 * structured visits of issue 17 become one more source (one class, one line where {@code Exports} is wired), with
 * the same columns – {@code source} tells them apart.
 */
public interface EvaluationSource {

    /**
     * One evaluation as exported.
     *
     * @param source  "import" (the CSV import), later "visit"
     * @param score   0–100
     * @param details free text the source has (a visit's notes); empty for imports
     */
    record Row(String source, String participantId, LocalDate date, String evaluator, String channel, int score,
               String details) {
    }

    List<Row> rows(int campaignYear);
}
