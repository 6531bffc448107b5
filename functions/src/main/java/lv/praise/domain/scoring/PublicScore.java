package lv.praise.domain.scoring;

import java.math.BigDecimal;

/**
 * A component fed by public praise: n counted praises with star sum S, and the component score
 * 100 · (C·m + S) / (C + n) / 5, rounded to 2 decimals for showing (the total uses the exact value).
 */
public record PublicScore(long praiseCount, long starSum, BigDecimal score) {
}
