package lv.praise.domain.standings;

import lv.praise.domain.scoring.ComponentTally;
import lv.praise.domain.scoring.ScoringRules;

/**
 * Port: the praise of a campaign, as scoring needs it. The adapter streams every confirmed praise of the year
 * into a {@link ComponentTally} (which holds sums per participant, never the praise itself), so a campaign
 * of any size is read in memory that grows only with the number of participants.
 */
public interface ScoringSource {
    /**
     * Every confirmed praise of the campaign year added to a tally made with these rules, with its
     * moderation verdict ({@code rejected}); the tally decides what counts. Unconfirmed praise never counts
     * and need not be read (the DynamoDB adapter does not: docs/data-model.md, pattern 9).
     */
    ComponentTally tally(int campaignYear, ScoringRules rules);

    /**
     * The same, for a campaign whose counts are frozen (the publication's final read, after the freeze): a
     * source that may read a little behind the writes (an index) reads again until what it read agrees with
     * the participants' own counters ({@link ComponentTally#disagreement}), and fails – before anything is
     * written from it – if they do not agree within its bound. A source that reads consistently needs no
     * check: by default this is {@link #tally}.
     */
    default ComponentTally settledTally(int campaignYear, ScoringRules rules) {
        return tally(campaignYear, rules);
    }
}
