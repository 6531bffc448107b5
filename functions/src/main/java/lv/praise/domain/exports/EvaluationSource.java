package lv.praise.domain.exports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the evaluations export takes its rows: the imported expert and mystery-shopper evaluations and the
 * structured visits (submitted or approved), with the same columns – {@code source} tells them apart.
 */
public interface EvaluationSource {

    /**
     * One evaluation as exported.
     *
     * @param source  "import" (the CSV import) or "visit" (a structured visit)
     * @param score   0–100 (a visit's to 2 decimals, as shown to organisers)
     * @param status  a visit's review state ({@code submitted}, {@code approved}); empty for imports, which have none
     * @param details free text the source has (a visit's comment); empty for imports
     */
    record Row(String source, String participantId, LocalDate date, String evaluator, String channel, BigDecimal score,
               String status, String details) {
    }

    List<Row> rows(int campaignYear);
}
