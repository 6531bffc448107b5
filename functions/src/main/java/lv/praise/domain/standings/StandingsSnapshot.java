package lv.praise.domain.standings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import lv.praise.domain.scoring.Standings;

/**
 * The standings of one recalculation, as stored: one per campaign and calendar day (the day in the
 * campaign's time zone, Riga), the last run of a day replacing the earlier ones.
 *
 * @param date        the day the snapshot belongs to
 * @param generatedAt the instant of the run that computed it
 */
public record StandingsSnapshot(int campaignYear, LocalDate date, Instant generatedAt, Standings standings) {
    public StandingsSnapshot {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(standings, "standings");
    }
}
