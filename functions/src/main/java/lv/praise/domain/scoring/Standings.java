package lv.praise.domain.scoring;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one scoring run. Rows list the eligible participants first, in rank order, then the
 * others (not ranked) in the same order of figures.
 *
 * @param campaignMeans m of each public component, as used
 * @param rules         the parameters the run used, so the result can be recomputed
 */
public record Standings(
        String formulaVersion,
        ScoringRules rules,
        Map<PublicComponent, CampaignMean> campaignMeans,
        List<ParticipantScore> rows,
        Counts counts) {

    /**
     * @param countedPraise      praise that counted for the listed participants
     * @param ignoredUnconfirmed praise not (yet) confirmed
     * @param ignoredRejected    confirmed praise rejected by moderation
     * @param unmatchedPraise    counted praise of ids not among the participants (e.g. withdrawn); left out of every figure
     * @param unmatchedEvaluations evaluations of ids not among the participants; left out likewise
     * @param tooFewPraise       evaluated, but with fewer counted praises than the minimum (formula 2027.2 on)
     */
    public record Counts(
            int participants,
            int eligible,
            int notEvaluated,
            int belowThreshold,
            long countedPraise,
            long ignoredUnconfirmed,
            long ignoredRejected,
            long unmatchedPraise,
            int unmatchedEvaluations,
            int tooFewPraise) {

        /** Counts of the first formula, which has no minimum of praise. */
        public Counts(int participants, int eligible, int notEvaluated, int belowThreshold, long countedPraise,
                      long ignoredUnconfirmed, long ignoredRejected, long unmatchedPraise, int unmatchedEvaluations) {
            this(participants, eligible, notEvaluated, belowThreshold, countedPraise, ignoredUnconfirmed,
                    ignoredRejected, unmatchedPraise, unmatchedEvaluations, 0);
        }
    }

    public Standings {
        Objects.requireNonNull(formulaVersion, "formulaVersion");
        Objects.requireNonNull(rules, "rules");
        campaignMeans = Map.copyOf(campaignMeans);
        rows = List.copyOf(rows);
        Objects.requireNonNull(counts, "counts");
    }

    public Optional<ParticipantScore> find(String participantId) {
        return rows.stream().filter(row -> row.id().equals(participantId)).findFirst();
    }

    /** The eligible participants in rank order. */
    public List<ParticipantScore> ranked() {
        return rows.stream().filter(ParticipantScore::eligible).toList();
    }

    /**
     * The TOP-n: the eligible participants placed 1 to n. Under the first formula places are never shared,
     * so these are exactly the first n; from 2027.2 on participants tied on every figure share a place, and
     * a tie at place n brings every tied participant in (more than n). Fewer when fewer are eligible.
     */
    public List<ParticipantScore> top(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        return ranked().stream().filter(row -> row.ranks().overall() <= n).toList();
    }

    public CampaignMean campaignMean(PublicComponent component) {
        return campaignMeans.get(component);
    }
}
