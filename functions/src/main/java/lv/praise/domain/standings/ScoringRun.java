package lv.praise.domain.standings;

import java.time.Instant;
import java.util.List;
import lv.praise.domain.Campaign;
import lv.praise.domain.Evaluation;
import lv.praise.domain.scoring.ParticipantProfile;
import lv.praise.domain.scoring.ComponentTally;
import lv.praise.domain.scoring.Standings;
import lv.praise.domain.visits.Visit;

/**
 * One scoring of the campaign from the raw data: the result and the very inputs it was computed from.
 *
 * @param at          when it was computed
 * @param evaluations the campaign year's evaluations, as read
 * @param visits      the campaign year's approved visits, as read (their scores count as evaluations)
 */
public record ScoringRun(
        Campaign campaign,
        Instant at,
        List<ParticipantProfile> profiles,
        ComponentTally tally,
        List<Evaluation> evaluations,
        Standings standings,
        List<Visit> visits) {

    public ScoringRun {
        profiles = List.copyOf(profiles);
        evaluations = List.copyOf(evaluations);
        visits = visits == null ? List.of() : List.copyOf(visits);
    }

    /** A run without approved visits. */
    public ScoringRun(Campaign campaign, Instant at, List<ParticipantProfile> profiles, ComponentTally tally,
                      List<Evaluation> evaluations, Standings standings) {
        this(campaign, at, profiles, tally, evaluations, standings, List.of());
    }
}
