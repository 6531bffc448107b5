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
 * @param minimumPraise     formula 2027.2: the fewest counted praises (all channels) that make a participant eligible
 * @param volumeShare       formula 2027.2: the share (0–1) of a public component given by the number of praises
 *                          judged against the participant's size class; the rest comes from the stars
 * @param mysteryPriorWeight formula 2027.2: K, how many evaluations' worth of weight the campaign's mean
 *                          evaluation gets in a participant's mystery component
 */
public record ScoringRules(
        BigDecimal priorWeight,
        BigDecimal defaultMeanStars,
        BigDecimal onlineWeight,
        BigDecimal branchWeight,
        BigDecimal mysteryWeight,
        BigDecimal qualityThreshold,
        String formulaVersion,
        Map<String, PublicComponent> channelComponents,
        int minimumPraise,
        BigDecimal volumeShare,
        BigDecimal mysteryPriorWeight) {

    /** The first formula: stars only, the mystery mean as it is, strict places. Kept to recompute its results. */
    public static final String FORMULA_2027_1 = "2027.1";
    /** Number and stars, judged among peers of the same size class; shrunk mystery; ties share a place. */
    public static final String FORMULA_2027_2 = "2027.2";
    /** The formula of new campaigns. */
    public static final String FORMULA_VERSION = FORMULA_2027_2;
    /** Every formula this code can compute; a campaign or a stored result naming another is refused. */
    public static final java.util.List<String> FORMULA_VERSIONS = java.util.List.of(FORMULA_2027_1, FORMULA_2027_2);

    public static final int DEFAULT_MINIMUM_PRAISE = 10;
    public static final BigDecimal DEFAULT_VOLUME_SHARE = new BigDecimal("0.2");
    public static final BigDecimal DEFAULT_MYSTERY_PRIOR_WEIGHT = BigDecimal.valueOf(2);

    /** The rules as stored before formula 2027.2's parameters existed: those take their defaults. */
    public ScoringRules(BigDecimal priorWeight, BigDecimal defaultMeanStars, BigDecimal onlineWeight,
                        BigDecimal branchWeight, BigDecimal mysteryWeight, BigDecimal qualityThreshold,
                        String formulaVersion, Map<String, PublicComponent> channelComponents) {
        this(priorWeight, defaultMeanStars, onlineWeight, branchWeight, mysteryWeight, qualityThreshold,
                formulaVersion, channelComponents, DEFAULT_MINIMUM_PRAISE, DEFAULT_VOLUME_SHARE,
                DEFAULT_MYSTERY_PRIOR_WEIGHT);
    }

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
        if (!FORMULA_VERSIONS.contains(formulaVersion)) {
            throw new IllegalArgumentException("formulaVersion " + formulaVersion + " is not one of " + FORMULA_VERSIONS);
        }
        if (minimumPraise < 0) {
            throw new IllegalArgumentException("minimumPraise must not be negative");
        }
        Objects.requireNonNull(volumeShare, "volumeShare");
        if (volumeShare.signum() < 0 || volumeShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("volumeShare must be from 0 to 1");
        }
        requirePositive("mysteryPriorWeight", mysteryPriorWeight);
        channelComponents = Map.copyOf(channelComponents);
        if (channelComponents.isEmpty()) {
            throw new IllegalArgumentException("channelComponents must map at least one channel");
        }
    }

    /**
     * Formula 2027.2: C = 5, default mean 4.0, weights 30/30/40, quality mark from 80.00, at least 10 praises,
     * a fifth of each public component from the number of praises, K = 2; phone is online, paper is branch.
     */
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
                        "paper", PublicComponent.BRANCH),
                DEFAULT_MINIMUM_PRAISE,
                DEFAULT_VOLUME_SHARE,
                DEFAULT_MYSTERY_PRIOR_WEIGHT);
    }

    /** The defaults under the first formula, 2027.1 (its results stay reproducible). */
    public static ScoringRules legacy() {
        return defaults().withFormulaVersion(FORMULA_2027_1);
    }

    /**
     * The defaults with the campaign's own settings: its formula version (a campaign keeps the one it was
     * created with), its quality-mark threshold and its minimum number of praises.
     */
    public static ScoringRules forCampaign(Campaign campaign) {
        return defaults().withFormulaVersion(campaign.formulaVersion())
                .withQualityThreshold(BigDecimal.valueOf(campaign.qualityMarkThreshold()))
                .withMinimumPraise(campaign.minimumPraise());
    }

    /** Whether this is the first formula (stars only, raw mystery mean, strict places, no praise minimum). */
    public boolean isFirstFormula() {
        return FORMULA_2027_1.equals(formulaVersion);
    }

    public ScoringRules withQualityThreshold(BigDecimal threshold) {
        return new ScoringRules(priorWeight, defaultMeanStars, onlineWeight, branchWeight, mysteryWeight, threshold,
                formulaVersion, channelComponents, minimumPraise, volumeShare, mysteryPriorWeight);
    }

    public ScoringRules withWeights(BigDecimal online, BigDecimal branch, BigDecimal mystery) {
        return new ScoringRules(priorWeight, defaultMeanStars, online, branch, mystery, qualityThreshold,
                formulaVersion, channelComponents, minimumPraise, volumeShare, mysteryPriorWeight);
    }

    public ScoringRules withPriorWeight(BigDecimal c) {
        return new ScoringRules(c, defaultMeanStars, onlineWeight, branchWeight, mysteryWeight, qualityThreshold,
                formulaVersion, channelComponents, minimumPraise, volumeShare, mysteryPriorWeight);
    }

    public ScoringRules withFormulaVersion(String version) {
        return new ScoringRules(priorWeight, defaultMeanStars, onlineWeight, branchWeight, mysteryWeight,
                qualityThreshold, version, channelComponents, minimumPraise, volumeShare, mysteryPriorWeight);
    }

    public ScoringRules withMinimumPraise(int minimum) {
        return new ScoringRules(priorWeight, defaultMeanStars, onlineWeight, branchWeight, mysteryWeight,
                qualityThreshold, formulaVersion, channelComponents, minimum, volumeShare, mysteryPriorWeight);
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
