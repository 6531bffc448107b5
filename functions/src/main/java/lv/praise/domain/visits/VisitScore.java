package lv.praise.domain.visits;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A visit's 0–100 score, exact: 100 × Σ wᵢfᵢ over Σ wᵢ, kept as that numerator and denominator (both exact
 * decimals), because a weighted mean renormalised over the answered criteria need not end as a decimal
 * (weights 1, 1, 1 and answers yes, no, no give 100/3). Shown to 2 decimals, half up; compared exactly.
 */
public record VisitScore(BigDecimal numerator, BigDecimal denominator) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public VisitScore {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("a visit score needs a positive weight sum");
        }
        if (numerator.signum() < 0 || numerator.compareTo(denominator.multiply(HUNDRED)) > 0) {
            throw new IllegalArgumentException("a visit score lies from 0 to 100");
        }
    }

    /** Rounded once, half up, to 2 decimals: what people read. */
    public BigDecimal shown() {
        return numerator.divide(denominator, 2, RoundingMode.HALF_UP);
    }

    /** The exact value as text: a plain decimal when it ends ("87.5"), otherwise the reduced fraction ("250/3"). */
    public String exact() {
        try {
            BigDecimal value = numerator.divide(denominator);
            return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        } catch (ArithmeticException doesNotEnd) {
            int scale = Math.max(Math.max(numerator.scale(), denominator.scale()), 0);
            BigInteger n = numerator.movePointRight(scale).toBigIntegerExact();
            BigInteger d = denominator.movePointRight(scale).toBigIntegerExact();
            BigInteger gcd = n.gcd(d);
            return n.divide(gcd) + "/" + d.divide(gcd);
        }
    }

    /** Reads {@link #exact()} back. */
    public static VisitScore parse(String exact) {
        int slash = exact.indexOf('/');
        if (slash < 0) {
            return new VisitScore(new BigDecimal(exact), BigDecimal.ONE);
        }
        return new VisitScore(new BigDecimal(exact.substring(0, slash)), new BigDecimal(exact.substring(slash + 1)));
    }

    /** Exact comparison of the values (not of the representations). */
    public int compareValue(VisitScore other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }
}
