package lv.praise.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The component rules of one formula version, with the campaign-wide figures they need (docs/scoring.md §2
 * and §2a). The first formula, 2027.1, scores a public component by its stars alone and takes the mystery
 * score as the plain mean; 2027.2 adds the number of praises judged against the size class, and shrinks
 * the mystery score towards the campaign's mean evaluation. Exact throughout.
 */
final class Formula {
    private static final Fraction FIVE = Fraction.of(5);
    private static final Fraction HUNDRED = Fraction.of(100);
    private static final Fraction ONE = Fraction.of(1);
    /** The group key of participants without a size class: they are compared with each other. */
    private static final String NO_SIZE_CLASS = "";

    private final ScoringRules rules;
    private final Map<PublicComponent, Fraction> means;
    /** Formula 2027.2: per component, the reference count R of each size class. */
    private final Map<PublicComponent, Map<String, Fraction>> references;
    /** Formula 2027.2: the mean of every evaluation of the campaign (null when there is none). */
    private final Fraction mysteryMean;

    private Formula(ScoringRules rules, Map<PublicComponent, Fraction> means,
                    Map<PublicComponent, Map<String, Fraction>> references, Fraction mysteryMean) {
        this.rules = rules;
        this.means = means;
        this.references = references;
        this.mysteryMean = mysteryMean;
    }

    static Formula of(Collection<ParticipantProfile> participants, ComponentTally tally,
                      Map<String, ? extends Collection<ExactScore>> evaluations, Map<PublicComponent, Fraction> means,
                      ScoringRules rules) {
        if (rules.isFirstFormula()) {
            return new Formula(rules, means, Map.of(), null);
        }
        Map<PublicComponent, Map<String, Fraction>> references = new EnumMap<>(PublicComponent.class);
        for (PublicComponent component : PublicComponent.values()) {
            Map<String, List<Long>> counts = new HashMap<>();
            for (ParticipantProfile p : participants) {
                if (has(p, component)) {
                    counts.computeIfAbsent(sizeClass(p), k -> new ArrayList<>()).add(tally.count(p.id(), component));
                }
            }
            Map<String, Fraction> byClass = new HashMap<>();
            counts.forEach((sizeClass, list) -> byClass.put(sizeClass, reference(list, rules.minimumPraise())));
            references.put(component, byClass);
        }
        Fraction sum = Fraction.ZERO;
        long n = 0;
        for (ParticipantProfile p : participants) {
            Collection<ExactScore> scores = evaluations.get(p.id());
            if (scores != null) {
                for (ExactScore score : scores) {
                    sum = sum.plus(checked(p.id(), score));
                    n++;
                }
            }
        }
        return new Formula(rules, means, references, n == 0 ? null : sum.dividedBy(Fraction.of(n)));
    }

    /**
     * R = the median of the size class's counts in the component, but at least the minimum of praise (and
     * at least 1): reaching the minimum alone earns at most half of the volume points, and a class where
     * most were not praised does not make a handful of praises look like a lot.
     */
    static Fraction reference(List<Long> counts, int minimumPraise) {
        List<Long> sorted = new ArrayList<>(counts);
        sorted.sort(Long::compare);
        int size = sorted.size();
        Fraction median = size % 2 == 1 ? Fraction.of(sorted.get(size / 2))
                : Fraction.of(sorted.get(size / 2 - 1) + sorted.get(size / 2), 2);
        Fraction floor = Fraction.of(Math.max(1, minimumPraise));
        return median.compareTo(floor) < 0 ? floor : median;
    }

    /** A public component, 0–100 (docs/scoring.md §2, §2a). */
    Fraction publicComponent(ParticipantProfile participant, PublicComponent component, ComponentTally tally) {
        Fraction c = Fraction.of(rules.priorWeight());
        long count = tally.count(participant.id(), component);
        Fraction n = Fraction.of(count);
        Fraction s = Fraction.of(tally.starSum(participant.id(), component));
        // The Bayesian mean of the stars B = (C·m + S) / (C + n); as a score, 100 · B / 5.
        Fraction stars = HUNDRED.times(c.times(means.get(component)).plus(s).dividedBy(c.plus(n))).dividedBy(FIVE);
        if (rules.isFirstFormula()) {
            return stars;
        }
        // The number of praises against the size class: n / (n + R) – 0 unpraised, ½ at R, towards 1 beyond.
        Fraction r = references.get(component).get(sizeClass(participant));
        Fraction volume = HUNDRED.times(n.dividedBy(n.plus(r)));
        Fraction share = Fraction.of(rules.volumeShare());
        return ONE.plus(share.times(Fraction.of(-1))).times(stars).plus(share.times(volume));
    }

    /** The mystery component of an evaluated participant, 0–100. */
    Fraction mystery(String id, Collection<ExactScore> scores) {
        Fraction sum = Fraction.ZERO;
        for (ExactScore score : scores) {
            sum = sum.plus(checked(id, score));
        }
        Fraction e = Fraction.of(scores.size());
        if (rules.isFirstFormula()) {
            return sum.dividedBy(e);
        }
        // Shrunk like the stars: (K·μ + Σ) / (K + e), so one visit can't decide alone.
        Fraction k = Fraction.of(rules.mysteryPriorWeight());
        return k.times(mysteryMean).plus(sum).dividedBy(k.plus(e));
    }

    static Fraction checked(String id, ExactScore score) {
        Fraction value = score == null ? null : score.fraction();
        if (value == null || value.compareTo(Fraction.ZERO) < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("evaluation score of " + id + " must be from 0 to 100, not " + value);
        }
        return value;
    }

    private static boolean has(ParticipantProfile p, PublicComponent component) {
        return component == PublicComponent.ONLINE || p.hasBranches();
    }

    private static String sizeClass(ParticipantProfile p) {
        return p.sizeClass() == null ? NO_SIZE_CLASS : p.sizeClass();
    }
}
