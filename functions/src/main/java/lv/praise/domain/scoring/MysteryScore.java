package lv.praise.domain.scoring;

import java.math.BigDecimal;

/** The mean of a participant's mystery-shopper evaluations, rounded to 2 decimals for showing and ordering. */
public record MysteryScore(int evaluationCount, BigDecimal score) {
}
