package lv.praise.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a campaign's participants, its praise tally and its mystery-shopper evaluations into
 * standings, by the rule written down in docs/scoring.md. Pure: no clock, no I/O, and the same
 * input always gives the same output. All arithmetic is exact; each published figure is rounded
 * once, half up, to 2 decimals.
 */
public final class ScoringEngine {
    private ScoringEngine() {
    }

    /**
     * @param evaluations mystery-shopper scores (each 0–100) by participant id; a missing or empty
     *                    list means the participant was not evaluated
     */
    public static Standings score(Collection<ParticipantProfile> participants, ComponentTally tally,
                                  Map<String, ? extends Collection<BigDecimal>> evaluations, ScoringRules rules) {
        Map<String, List<ExactScore>> exact = new LinkedHashMap<>();
        evaluations.forEach((id, scores) -> exact.put(id, scores == null ? null
                : scores.stream().map(s -> s == null ? null : ExactScore.of(s)).toList()));
        return scoreExact(participants, tally, exact, rules);
    }

    /**
     * As {@link #score}, with exact scores that need not end as decimals: approved visits' scores
     * (docs/scoring.md §10) next to imported ones.
     */
    public static Standings scoreExact(Collection<ParticipantProfile> participants, ComponentTally tally,
                                       Map<String, ? extends Collection<ExactScore>> evaluations, ScoringRules rules) {
        if (!tally.channelComponents().equals(rules.channelComponents())) {
            throw new IllegalArgumentException("the tally was filled with another channel mapping than the rules'");
        }
        Set<String> ids = new HashSet<>();
        for (ParticipantProfile participant : participants) {
            if (!ids.add(participant.id())) {
                throw new IllegalArgumentException("participant " + participant.id() + " is listed twice");
            }
        }

        Map<PublicComponent, Fraction> means = new EnumMap<>(PublicComponent.class);
        Map<PublicComponent, CampaignMean> shownMeans = new EnumMap<>(PublicComponent.class);
        long countedPraise = 0;
        for (PublicComponent component : PublicComponent.values()) {
            long n = 0;
            long stars = 0;
            // Over the listed participants only, so praise of a withdrawn participant moves nobody's score.
            for (ParticipantProfile participant : participants) {
                n += tally.count(participant.id(), component);
                stars += tally.starSum(participant.id(), component);
            }
            countedPraise += n;
            Fraction mean = n == 0 ? Fraction.of(rules.defaultMeanStars()) : Fraction.of(stars, n);
            means.put(component, mean);
            shownMeans.put(component, new CampaignMean(n, stars, mean.round(4), n == 0));
        }

        Formula formula = Formula.of(participants, tally, evaluations, means, rules);
        List<ParticipantScore> unranked = new ArrayList<>();
        for (ParticipantProfile participant : participants) {
            unranked.add(scoreOne(participant, tally, evaluations.get(participant.id()), formula, rules));
        }

        StandingsOrder order = new StandingsOrder();
        List<ParticipantScore> eligible = new ArrayList<>();
        List<ParticipantScore> others = new ArrayList<>();
        for (ParticipantScore row : unranked) {
            (row.eligible() ? eligible : others).add(row);
        }
        eligible.sort(order);
        others.sort(order);

        // The first formula gives every participant a place of its own; later ones let a tie share it.
        boolean shared = !rules.isFirstFormula();
        Map<String, Integer> overall = placesWithin(eligible, p -> "", shared);
        Map<String, Integer> inCategory = placesWithin(eligible, p -> key(p.category()), shared);
        Map<String, Integer> inCategoryAndSize = placesWithin(eligible, p -> key(p.category(), p.sizeClass()), shared);
        Map<String, Integer> inIndustry = placesWithin(eligible, p -> key(p.industry()), shared);

        List<ParticipantScore> rows = new ArrayList<>(unranked.size());
        for (int i = 0; i < eligible.size(); i++) {
            ParticipantScore row = eligible.get(i);
            rows.add(row.withRanks(new ParticipantScore.Ranks(overall.get(row.id()), inCategory.get(row.id()),
                    inCategoryAndSize.get(row.id()), inIndustry.get(row.id()))));
        }
        rows.addAll(others);

        int notEvaluated = (int) others.stream().filter(r -> r.reason() == Ineligibility.NOT_EVALUATED).count();
        int tooFewPraise = (int) others.stream().filter(r -> r.reason() == Ineligibility.TOO_FEW_PRAISE).count();
        int unmatchedEvaluations = 0;
        for (Map.Entry<String, ? extends Collection<ExactScore>> entry : evaluations.entrySet()) {
            if (!ids.contains(entry.getKey())) {
                unmatchedEvaluations += entry.getValue().size();
            }
        }
        Standings.Counts counts = new Standings.Counts(participants.size(), eligible.size(), notEvaluated,
                others.size() - notEvaluated - tooFewPraise, countedPraise, tally.ignoredUnconfirmed(),
                tally.ignoredRejected(), tally.countedPraise() - countedPraise, unmatchedEvaluations, tooFewPraise);
        return new Standings(rules.formulaVersion(), rules, shownMeans, rows, counts);
    }

    private static ParticipantScore scoreOne(ParticipantProfile participant, ComponentTally tally,
                                             Collection<ExactScore> evaluation, Formula formula, ScoringRules rules) {
        Fraction weighted = Fraction.ZERO;
        Fraction weights = Fraction.ZERO;

        Fraction online = formula.publicComponent(participant, PublicComponent.ONLINE, tally);
        weighted = weighted.plus(online.times(Fraction.of(rules.onlineWeight())));
        weights = weights.plus(Fraction.of(rules.onlineWeight()));

        Fraction branch = null;
        if (participant.hasBranches()) {
            branch = formula.publicComponent(participant, PublicComponent.BRANCH, tally);
            weighted = weighted.plus(branch.times(Fraction.of(rules.branchWeight())));
            weights = weights.plus(Fraction.of(rules.branchWeight()));
        }

        Fraction mystery = null;
        int evaluationCount = evaluation == null ? 0 : evaluation.size();
        if (evaluationCount > 0) {
            mystery = formula.mystery(participant.id(), evaluation);
            weighted = weighted.plus(mystery.times(Fraction.of(rules.mysteryWeight())));
            weights = weights.plus(Fraction.of(rules.mysteryWeight()));
        }

        // Dividing by the weights of the present components is the renormalisation.
        BigDecimal total = weighted.dividedBy(weights).round(2);
        long praise = tally.count(participant.id());
        Ineligibility reason = null;
        if (mystery == null) {
            reason = Ineligibility.NOT_EVALUATED;
        } else if (!rules.isFirstFormula() && praise < rules.minimumPraise()) {
            reason = Ineligibility.TOO_FEW_PRAISE;
        } else if (total.compareTo(rules.qualityThreshold()) < 0) {
            reason = Ineligibility.BELOW_THRESHOLD;
        }
        return new ParticipantScore(participant,
                shown(participant.id(), PublicComponent.ONLINE, online, tally),
                branch == null ? null : shown(participant.id(), PublicComponent.BRANCH, branch, tally),
                mystery == null ? null : new MysteryScore(evaluationCount, mystery.round(2)),
                total,
                praise,
                reason == null,
                reason,
                ParticipantScore.Ranks.NONE);
    }

    private static PublicScore shown(String id, PublicComponent component, Fraction score, ComponentTally tally) {
        return new PublicScore(tally.count(id, component), tally.starSum(id, component), score.round(2));
    }

    /**
     * Places within each group, following the order of the already sorted list: 1, 2, 3, … or, when
     * {@code shared}, the same place for participants of the same merit and then a gap (1, 2, 2, 4).
     */
    private static Map<String, Integer> placesWithin(List<ParticipantScore> sorted,
                                                     Function<ParticipantProfile, String> groupOf, boolean shared) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, ParticipantScore> previous = new HashMap<>();
        Map<String, Integer> places = new LinkedHashMap<>();
        for (ParticipantScore row : sorted) {
            String group = groupOf.apply(row.participant());
            if (group == null) {
                continue;
            }
            int position = seen.merge(group, 1, Integer::sum);
            ParticipantScore before = previous.put(group, row);
            boolean tied = shared && before != null && StandingsOrder.sameMerit(before, row);
            places.put(row.id(), tied ? places.get(before.id()) : position);
        }
        return places;
    }

    private static String key(String... parts) {
        for (String part : parts) {
            if (part == null) {
                return null;
            }
        }
        // A separator no vocabulary code contains, so ("A", "BC") and ("AB", "C") stay apart.
        return String.join("\u0000", parts);
    }
}
