package lv.praise.domain.insight;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One benchmark group's sums (the {@code BENCHMARK#{group}#{code}} item), written by the nightly recalculation:
 * how many participants it has, their approved praise and star sums, per aspect how many praises named it, how
 * many were evaluated and per criterion the mean over the evaluated participants' means. No participant's own
 * figure is in it. Per channel the same mean over the participants evaluated in that channel, with their number. The questionnaire's wording of the criteria rides along, so that the page names them without
 * reading the questionnaire.
 */
public record BenchmarkAggregate(String group, String code, int participants, long approved, long starsSum,
                                 Map<String, Long> aspects, int evaluated, Map<String, BigDecimal> criteria,
                                 Instant computedAt,
                                 /** Criterion id → its wording (lv/en/et) in the campaign's questionnaire, for the page. */
                                 Map<String, Map<String, String>> criteriaWording,
                                 /** Channel → the mean over the participants evaluated in it of their mean there. */
                                 Map<String, BigDecimal> channels,
                                 /** Channel → how many participants were evaluated in it. */
                                 Map<String, Integer> channelsEvaluated) {
    public static final String INDUSTRY = "industry";
    public static final String CATEGORY = "category";
    public static final String SIZE_CLASS = "sizeClass";

    public BenchmarkAggregate {
        aspects = Map.copyOf(aspects);
        criteria = Map.copyOf(criteria);
        criteriaWording = criteriaWording == null ? Map.of() : Map.copyOf(criteriaWording);
        channels = channels == null ? Map.of() : Map.copyOf(channels);
        channelsEvaluated = channelsEvaluated == null ? Map.of() : Map.copyOf(channelsEvaluated);
    }

    /** A group's sums without per-channel figures (written before they were kept). */
    public BenchmarkAggregate(String group, String code, int participants, long approved, long starsSum,
                              Map<String, Long> aspects, int evaluated, Map<String, BigDecimal> criteria,
                              Instant computedAt, Map<String, Map<String, String>> criteriaWording) {
        this(group, code, participants, approved, starsSum, aspects, evaluated, criteria, computedAt, criteriaWording,
                Map.of(), Map.of());
    }

    public static BenchmarkAggregate empty(String group, String code) {
        return new BenchmarkAggregate(group, code, 0, 0, 0, Map.of(), 0, Map.of(), null, Map.of());
    }
}
