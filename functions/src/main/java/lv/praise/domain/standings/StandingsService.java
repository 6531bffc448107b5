package lv.praise.domain.standings;

import java.time.LocalDate;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.PraiseException;

/** The organisers' reading of the stored standings: the latest snapshot, or the one of a given day. */
public final class StandingsService {
    private final int campaignYear;
    private final StandingsStore standings;

    public StandingsService(int campaignYear, StandingsStore standings) {
        this.campaignYear = campaignYear;
        this.standings = standings;
    }

    public StandingsSnapshot latest() {
        return standings.latest(campaignYear).orElseThrow(() -> new PraiseException(ErrorCode.NOT_FOUND, "date",
                "no standings have been calculated for the " + campaignYear + " campaign yet"));
    }

    public StandingsSnapshot on(LocalDate date) {
        return standings.find(campaignYear, date).orElseThrow(() -> new PraiseException(ErrorCode.NOT_FOUND, "date",
                "no standings snapshot of " + date));
    }
}
