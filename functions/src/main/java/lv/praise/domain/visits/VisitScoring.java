package lv.praise.domain.visits;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lv.praise.domain.RefusedException;

/**
 * How a visit's answers become its 0–100 score (docs/scoring.md §10): each answer is a fraction f of its
 * criterion's maximum; the score is 100 × Σ wᵢfᵢ / Σ wᵢ over the criteria of the questionnaire version that
 * apply to the visit's channel and were not answered "na" – the weighted mean, N/A left out, renormalised.
 * Exact: every f is a decimal that ends (v/2, (v−1)/4, points/100), and the quotient is kept as a fraction.
 */
public final class VisitScoring {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(8760);

    private VisitScoring() {
    }

    /** The score with each answered criterion's fraction. */
    public record Scored(VisitScore score, Map<String, BigDecimal> fractions) {
    }

    /**
     * Checks every answer against the version's criteria for this channel and scores them; refusals name
     * the field ({@code answers[3].value}, {@code answers[1].criterion}, {@code answers}).
     */
    public static Scored score(Questionnaire questionnaire, String channel, List<Answer> answers) {
        Map<String, Criterion> applicable = new LinkedHashMap<>();
        for (Criterion c : questionnaire.applicableTo(channel)) {
            applicable.put(c.id(), c);
        }
        if (answers.size() > Questionnaire.MAX_CRITERIA) {
            throw RefusedException.invalid("answers", "at most " + Questionnaire.MAX_CRITERIA + " answers");
        }
        Set<String> seen = new HashSet<>();
        Map<String, BigDecimal> fractions = new LinkedHashMap<>();
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            String at = "answers[" + i + "].";
            Criterion criterion = answer.criterion() == null ? null : applicable.get(answer.criterion());
            if (criterion == null) {
                throw RefusedException.invalid(at + "criterion", questionnaire.criterion(String.valueOf(answer.criterion())).isPresent()
                        ? "this criterion does not apply to a " + channel + " visit"
                        : "unknown criterion in questionnaire version " + questionnaire.version());
            }
            if (!seen.add(criterion.id())) {
                throw RefusedException.invalid(at + "criterion", "the criterion " + criterion.id() + " is answered twice");
            }
            if (answer.value() == null) {
                throw RefusedException.invalid(at + "value", "value is required");
            }
            if (answer.notApplicable()) {
                if (!criterion.notApplicable()) {
                    throw RefusedException.invalid(at + "value", criterion.id() + " can't be answered \"not applicable\"");
                }
                continue;
            }
            BigDecimal f = fraction(criterion, answer.value(), at + "value");
            fractions.put(criterion.id(), f);
            numerator = numerator.add(criterion.weight().multiply(f).multiply(HUNDRED));
            denominator = denominator.add(criterion.weight());
        }
        for (String id : applicable.keySet()) {
            if (!seen.contains(id)) {
                throw RefusedException.invalid("answers", "every criterion that applies must be answered; missing: " + id);
            }
        }
        if (denominator.signum() == 0) {
            throw RefusedException.invalid("answers", "a visit with every criterion \"not applicable\" has no score");
        }
        return new Scored(new VisitScore(numerator, denominator), fractions);
    }

    /** The fraction of the maximum an answer earns on its criterion's scale; refused outside the scale. */
    static BigDecimal fraction(Criterion criterion, String value, String field) {
        switch (criterion.scale()) {
            case YES_NO -> {
                if (value.equals("yes")) {
                    return BigDecimal.ONE;
                }
                if (value.equals("no")) {
                    return BigDecimal.ZERO;
                }
                throw RefusedException.invalid(field, "answer yes or no" + naHint(criterion));
            }
            case ZERO_TWO -> {
                int v = whole(value, 0, 2, field, criterion);
                return BigDecimal.valueOf(v).divide(TWO);
            }
            case ONE_FIVE -> {
                int v = whole(value, 1, 5, field, criterion);
                return BigDecimal.valueOf(v - 1L).divide(FOUR);
            }
            case RESPONSE_TIME -> {
                BigDecimal hours;
                try {
                    hours = new BigDecimal(value);
                } catch (NumberFormatException e) {
                    throw RefusedException.invalid(field, "answer the hours to the reply, 0–8760" + naHint(criterion));
                }
                if (hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0 || hours.scale() > 2) {
                    throw RefusedException.invalid(field, "answer the hours to the reply, 0–8760, at most 2 decimals");
                }
                for (Band band : criterion.bands()) {
                    if (hours.compareTo(band.maxHours()) <= 0) {
                        return BigDecimal.valueOf(band.points()).divide(HUNDRED);
                    }
                }
                return BigDecimal.ZERO;
            }
            default -> throw new IllegalStateException("unknown scale " + criterion.scale());
        }
    }

    private static int whole(String value, int min, int max, String field, Criterion criterion) {
        if (!value.matches("[0-9]")) {
            throw RefusedException.invalid(field, "answer a whole number from " + min + " to " + max + naHint(criterion));
        }
        int v = Integer.parseInt(value);
        if (v < min || v > max) {
            throw RefusedException.invalid(field, "answer a whole number from " + min + " to " + max + naHint(criterion));
        }
        return v;
    }

    private static String naHint(Criterion criterion) {
        return criterion.notApplicable() ? ", or na" : "";
    }
}
