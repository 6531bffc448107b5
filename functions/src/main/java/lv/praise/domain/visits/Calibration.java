package lv.praise.domain.visits;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How each evaluator's scores compare with the others' on the same participants (docs/scoring.md §11):
 * for each participant p that the evaluator e and at least one other evaluator visited (submitted or
 * approved), dₚ = mean of e's scores on p − the median of the other evaluators' means on p; D̄ = the mean of
 * the dₚ, SE = sd(d)/√n (sample standard deviation, n ≥ 2). Flagged when n ≥ 2, |D̄| > 2·SE and |D̄| ≥ 10
 * points: far from the others, and by more than chance would explain. The others' median, not their mean, so
 * that one wrong evaluator among three or more others does not pull the right ones into a flag.
 */
public final class Calibration {
    static final MathContext MC = MathContext.DECIMAL128;
    static final BigDecimal FLAG_POINTS = BigDecimal.TEN;

    private Calibration() {
    }

    /**
     * One evaluator's line; decimals rounded to 2 places for showing, null where there is nothing to compute.
     *
     * @param compared n: the participants compared with other evaluators
     */
    public record Line(String evaluator, int done, int outstanding, BigDecimal mean, BigDecimal sd, int compared,
                       BigDecimal meanDifference, BigDecimal standardError, boolean flagged) {
    }

    public static List<Line> of(List<Visit> visits) {
        Map<String, List<Visit>> byEvaluator = new TreeMap<>();
        // participant → evaluator → that evaluator's done scores on it
        Map<String, Map<String, List<BigDecimal>>> scores = new TreeMap<>();
        for (Visit v : visits) {
            byEvaluator.computeIfAbsent(v.evaluator(), k -> new ArrayList<>()).add(v);
            if (v.status().done() && v.latest() != null) {
                scores.computeIfAbsent(v.participantId(), k -> new TreeMap<>())
                        .computeIfAbsent(v.evaluator(), k -> new ArrayList<>()).add(value(v.latest().score()));
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<String, List<Visit>> entry : byEvaluator.entrySet()) {
            String e = entry.getKey();
            int done = 0;
            int outstanding = 0;
            List<BigDecimal> own = new ArrayList<>();
            for (Visit v : entry.getValue()) {
                if (v.status().done() && v.latest() != null) {
                    done++;
                    own.add(value(v.latest().score()));
                } else {
                    outstanding++;
                }
            }
            List<BigDecimal> d = new ArrayList<>();
            for (Map<String, List<BigDecimal>> onParticipant : scores.values()) {
                List<BigDecimal> mine = onParticipant.get(e);
                if (mine == null || onParticipant.size() < 2) {
                    continue;
                }
                List<BigDecimal> others = new ArrayList<>();
                onParticipant.forEach((other, list) -> {
                    if (!other.equals(e)) {
                        others.add(mean(list));
                    }
                });
                d.add(mean(mine).subtract(median(others), MC));
            }
            BigDecimal meanD = d.isEmpty() ? null : mean(d);
            BigDecimal se = d.size() < 2 ? null : sd(d).divide(BigDecimal.valueOf(d.size()).sqrt(MC), MC);
            boolean flagged = d.size() >= 2 && meanD.abs().compareTo(se.multiply(BigDecimal.valueOf(2))) > 0
                    && meanD.abs().compareTo(FLAG_POINTS) >= 0;
            lines.add(new Line(e, done, outstanding, round(own.isEmpty() ? null : mean(own)),
                    round(own.size() < 2 ? null : sd(own)), d.size(), round(meanD), round(se), flagged));
        }
        return lines;
    }

    static BigDecimal value(VisitScore score) {
        return score.numerator().divide(score.denominator(), MC);
    }

    static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v, MC);
        }
        return sum.divide(BigDecimal.valueOf(values.size()), MC);
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : mean(List.of(sorted.get(n / 2 - 1), sorted.get(n / 2)));
    }

    /** The sample standard deviation (n − 1). */
    static BigDecimal sd(List<BigDecimal> values) {
        BigDecimal m = mean(values);
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            BigDecimal diff = v.subtract(m, MC);
            squares = squares.add(diff.multiply(diff, MC), MC);
        }
        return squares.divide(BigDecimal.valueOf(values.size() - 1L), MC).sqrt(MC);
    }

    private static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
