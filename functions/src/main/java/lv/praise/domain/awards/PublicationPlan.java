package lv.praise.domain.awards;

import lv.praise.domain.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import lv.praise.domain.Campaign;
import lv.praise.domain.Term;
import lv.praise.domain.scoring.ParticipantScore;
import lv.praise.domain.scoring.Standings;
import lv.praise.domain.standings.ScoringRun;

/**
 * Draws the publication from a final scoring run: the TOP-N and the category winners come from the
 * eligible participants alone (evaluated by mystery shoppers, enough praise, total at or above the
 * threshold), and every TOP-N place gets a certificate code. A tie at place N (formula 2027.2 on) awards
 * every tied participant, so there may be more places than N; a tie for a category's first place makes
 * every tied participant its winner. Pure: the same run gives the same places.
 */
public final class PublicationPlan {
    /** Bin edges of the published distribution of totals: below 60, then 5 points each up to 100. */
    static final int[] BIN_EDGES = {0, 60, 65, 70, 75, 80, 85, 90, 95, 100};

    private PublicationPlan() {
    }

    public static Publication draw(ScoringRun run, Instant publishedAt, Actor publishedBy, Supplier<String> codes) {
        Campaign campaign = run.campaign();
        Standings standings = run.standings();
        List<Publication.Place> top = new ArrayList<>();
        for (ParticipantScore row : standings.top(campaign.topN())) {
            top.add(new Publication.Place(row.ranks().overall(), row.id(), row.name(), row.participant().category(),
                    row.participant().industry(), row.participant().sizeClass(), row.total(),
                    row.confirmedPraiseCount(), row.ranks().inCategory(), row.ranks().inCategoryAndSize(),
                    codes.get()));
        }
        List<Publication.CategoryWinner> winners = new ArrayList<>();
        for (Term category : campaign.categories()) {
            standings.ranked().stream()
                    .filter(row -> category.code().equals(row.participant().category()))
                    .filter(row -> row.ranks().inCategory() == 1)
                    .forEach(row -> winners.add(new Publication.CategoryWinner(category.code(),
                            row.ranks().overall(), row.id(), row.name(), row.total())));
        }
        Standings.Counts counts = standings.counts();
        Publication.InputCounts inputs = new Publication.InputCounts(counts.participants(), counts.eligible(),
                counts.countedPraise(), counts.ignoredUnconfirmed(), counts.ignoredRejected(),
                run.evaluations().size() + run.visits().size(), counts.notEvaluated(), counts.tooFewPraise(), counts.belowThreshold());
        return new Publication(campaign.year(), publishedAt, publishedBy,
                LocalDate.ofInstant(publishedAt, campaign.timeZone()), campaign.qualityMarkTitle(),
                standings.formulaVersion(), campaign.topN(), standings.rules().qualityThreshold(),
                InputDigest.of(run), inputs, top, winners, distribution(standings),
                standings.rules().isFirstFormula() ? null : standings.rules().minimumPraise());
    }

    static List<Publication.ScoreBin> distribution(Standings standings) {
        int[] counts = new int[BIN_EDGES.length - 1];
        int[] eligible = new int[BIN_EDGES.length - 1];
        for (ParticipantScore row : standings.rows()) {
            counts[bin(row.total())]++;
            if (row.eligible()) {
                eligible[bin(row.total())]++;
            }
        }
        List<Publication.ScoreBin> bins = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            bins.add(new Publication.ScoreBin(BIN_EDGES[i], BIN_EDGES[i + 1], counts[i], eligible[i]));
        }
        return bins;
    }

    private static int bin(BigDecimal total) {
        for (int i = BIN_EDGES.length - 2; i > 0; i--) {
            if (total.compareTo(BigDecimal.valueOf(BIN_EDGES[i])) >= 0) {
                return i;
            }
        }
        return 0;
    }
}
