package lv.praise.domain.standings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What one recalculation did.
 *
 * @param praisesRead  praise of the campaign year read from the store (counted or not)
 * @param countedPraise praise that counted for the listed participants
 * @param latest       whether its snapshot became the latest (false only when a newer run had finished first)
 */
public record Recalculation(
        int campaignYear,
        LocalDate date,
        Instant generatedAt,
        int participants,
        long praisesRead,
        long countedPraise,
        int eligible,
        Duration took,
        boolean latest) {
}
