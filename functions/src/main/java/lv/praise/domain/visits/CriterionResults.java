package lv.praise.domain.visits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A participant's per-criterion results from its approved visits, computed at each recalculation and kept for
 * the console's standings breakdown and the participant's own page: per criterion the mean of f×100 (the
 * share of the maximum, 0–100) over all its approved visits, per channel, and per branch ("na" answers left
 * out; {@code n} counts the answers averaged).
 */
public record CriterionResults(int visits, Map<String, Mean> overall, Map<String, Map<String, Mean>> byChannel,
                               Map<String, Map<String, Mean>> byBranch) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Shown to 2 decimals. */
    public record Mean(BigDecimal mean, int n) {
    }

    /** Per participant id, from the approved visits (others are ignored). */
    public static Map<String, CriterionResults> of(List<Visit> visits) {
        Map<String, Acc> byParticipant = new TreeMap<>();
        for (Visit v : visits) {
            if (v.status() != VisitStatus.APPROVED || v.latest() == null) {
                continue;
            }
            Acc acc = byParticipant.computeIfAbsent(v.participantId(), k -> new Acc());
            acc.visits++;
            v.latest().fractions().forEach((criterion, f) -> {
                BigDecimal points = f.multiply(HUNDRED);
                add(acc.overall, criterion, points);
                add(acc.byChannel.computeIfAbsent(v.channel(), k -> new TreeMap<>()), criterion, points);
                if (v.branch() != null) {
                    add(acc.byBranch.computeIfAbsent(v.branch(), k -> new TreeMap<>()), criterion, points);
                }
            });
        }
        Map<String, CriterionResults> results = new TreeMap<>();
        byParticipant.forEach((id, acc) -> results.put(id, new CriterionResults(acc.visits, means(acc.overall),
                nested(acc.byChannel), nested(acc.byBranch))));
        return results;
    }

    private static final class Acc {
        int visits;
        final Map<String, BigDecimal[]> overall = new TreeMap<>();
        final Map<String, Map<String, BigDecimal[]>> byChannel = new TreeMap<>();
        final Map<String, Map<String, BigDecimal[]>> byBranch = new TreeMap<>();
    }

    private static void add(Map<String, BigDecimal[]> sums, String criterion, BigDecimal points) {
        BigDecimal[] sum = sums.computeIfAbsent(criterion, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sum[0] = sum[0].add(points);
        sum[1] = sum[1].add(BigDecimal.ONE);
    }

    private static Map<String, Mean> means(Map<String, BigDecimal[]> sums) {
        Map<String, Mean> means = new TreeMap<>();
        sums.forEach((criterion, s) -> means.put(criterion,
                new Mean(s[0].divide(s[1], 2, RoundingMode.HALF_UP), s[1].intValueExact())));
        return means;
    }

    private static Map<String, Map<String, Mean>> nested(Map<String, Map<String, BigDecimal[]>> sums) {
        Map<String, Map<String, Mean>> out = new TreeMap<>();
        sums.forEach((key, inner) -> out.put(key, means(inner)));
        return out;
    }
}
