package lv.praise.domain.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One evaluation's 0–100 score, exact: an imported whole number, or a visit's weighted mean kept as its
 * numerator over its denominator (a visit score need not end as a decimal: 905/13). Never rounded before the
 * one rounding of the published figures.
 */
public record ExactScore(BigDecimal numerator, BigDecimal denominator) {
    public ExactScore {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("a score's denominator must be positive");
        }
    }

    public static ExactScore of(BigDecimal value) {
        return new ExactScore(value, BigDecimal.ONE);
    }

    Fraction fraction() {
        return Fraction.of(numerator).dividedBy(Fraction.of(denominator));
    }
}
