package lv.praise.domain.standings;

import java.time.Instant;
import java.util.List;
import lv.praise.domain.Campaign;
import lv.praise.domain.Evaluation;
import lv.praise.domain.scoring.ParticipantProfile;
import lv.praise.domain.scoring.PraiseTally;
import lv.praise.domain.scoring.Standings;

/**
 * One scoring of the campaign from the raw data: the result and the very inputs it was computed from.
 *
 * @param at          when it was computed
 * @param evaluations the campaign year's evaluations, as read
 */
public record ScoringRun(
        Campaign campaign,
        Instant at,
        List<ParticipantProfile> profiles,
        PraiseTally tally,
        List<Evaluation> evaluations,
        Standings standings) {

    public ScoringRun {
        profiles = List.copyOf(profiles);
        evaluations = List.copyOf(evaluations);
    }
}
