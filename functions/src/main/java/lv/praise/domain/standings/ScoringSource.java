package lv.praise.domain.standings;

import lv.praise.domain.scoring.PraiseTally;
import lv.praise.domain.scoring.ScoringRules;

/**
 * Port: the praise of a campaign, as scoring needs it. The adapter streams every praise of the year
 * into a {@link PraiseTally} (which holds sums per participant, never the praise itself), so a campaign
 * of any size is read in memory that grows only with the number of participants.
 */
public interface ScoringSource {
    /**
     * Every praise of the campaign year added to a tally made with these rules: confirmed or not,
     * with its moderation verdict ({@code rejected}); the tally decides what counts.
     */
    PraiseTally tally(int campaignYear, ScoringRules rules);
}
