package lv.praise.domain.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lv.praise.domain.Campaign;

/**
 * The parameters of the scoring formula, as data. The formula itself is named by
 * {@code formulaVersion}; a published result carries these rules so it can be recomputed.
 *
 * @param priorWeight       C: how many praises' worth of weight the campaign mean gets in a
 *                          participant's Bayesian mean
 * @param defaultMeanStars  the campaign mean of a channel nobody has praised through yet
 * @param qualityThreshold  the lowest total (after rounding to 2 decimals) that earns the quality mark
 * @param channelComponents which component each praise channel feeds (by channel code)
 */
public record ScoringRules(
        BigDecimal priorWeight,
        BigDecimal defaultMeanStars,
        BigDecimal onlineWeight,
        BigDecimal branchWeight,
        BigDecimal mysteryWeight,
        BigDecimal qualityThreshold,
        String formulaVersion,
        Map<String, PublicComponent> channelComponents) {

    public static final String FORMULA_VERSION = "2027.1";

    public ScoringRules {
        requirePositive("priorWeight", priorWeight);
        Objects.requireNonNull(defaultMeanStars, "defaultMeanStars");
        if (defaultMeanStars.compareTo(BigDecimal.ONE) < 0 || defaultMeanStars.compareTo(BigDecimal.valueOf(5)) > 0) {
            throw new IllegalArgumentException("defaultMeanStars must be from 1 to 5");
        }
        // Zero weights are refused: a participant whose only present components weigh nothing
        // would have no total at all.
        requirePositive("onlineWeight", onlineWeight);
        requirePositive("branchWeight", branchWeight);
        requirePositive("mysteryWeight", mysteryWeight);
        Objects.requireNonNull(qualityThreshold, "qualityThreshold");
        if (qualityThreshold.signum() < 0 || qualityThreshold.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("qualityThreshold must be from 0 to 100");
        }
        if (formulaVersion == null || formulaVersion.isBlank()) {
            throw new IllegalArgumentException("formulaVersion is required");
        }
        channelComponents = Map.copyOf(channelComponents);
        if (channelComponents.isEmpty()) {
            throw new IllegalArgumentException("channelComponents must map at least one channel");
        }
    }

    /** C = 5, default mean 4.0, weights 30/30/40, quality mark from 80.00; phone is online, paper is branch. */
    public static ScoringRules defaults() {
        return new ScoringRules(
                BigDecimal.valueOf(5),
                new BigDecimal("4.0"),
                BigDecimal.valueOf(30),
                BigDecimal.valueOf(30),
                BigDecimal.valueOf(40),
                new BigDecimal("80.00"),
                FORMULA_VERSION,
                Map.of("online", PublicComponent.ONLINE,
                        "phone", PublicComponent.ONLINE,
                        "branch", PublicComponent.BRANCH,
                        "paper", PublicComponent.BRANCH));
    }

    /** The defaults with the campaign's own quality-mark threshold. */
    public static ScoringRules forCampaign(Campaign campaign) {
        return defaults().withQualityThreshold(BigDecimal.valueOf(campaign.qualityMarkThreshold()));
    }

    public ScoringRules withQualityThreshold(BigDecimal threshold) {
        return new ScoringRules(priorWeight, defaultMeanStars, onlineWeight, branchWeight, mysteryWeight, threshold,
                formulaVersion, channelComponents);
    }

    public ScoringRules withWeights(BigDecimal online, BigDecimal branch, BigDecimal mystery) {
        return new ScoringRules(priorWeight, defaultMeanStars, online, branch, mystery, qualityThreshold,
                formulaVersion, channelComponents);
    }

    public ScoringRules withPriorWeight(BigDecimal c) {
        return new ScoringRules(c, defaultMeanStars, onlineWeight, branchWeight, mysteryWeight, qualityThreshold,
                formulaVersion, channelComponents);
    }

    public Optional<PublicComponent> componentOf(String channel) {
        return Optional.ofNullable(channel == null ? null : channelComponents.get(channel));
    }

    public BigDecimal weight(PublicComponent component) {
        return component == PublicComponent.ONLINE ? onlineWeight : branchWeight;
    }

    private static void requirePositive(String name, BigDecimal value) {
        Objects.requireNonNull(value, name);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
