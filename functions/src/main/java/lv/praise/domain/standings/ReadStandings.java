package lv.praise.domain.standings;

import java.util.function.IntSupplier;
import java.time.LocalDate;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;

/** The organisers' reading of the stored standings: the latest snapshot, or the one of a given day. */
public final class ReadStandings {
    private final IntSupplier campaignYear;
    private final StandingsStore standings;

    /** For one fixed year (tests; a job or a certificate names its own year). */
    public ReadStandings(int campaignYear, StandingsStore standings) {
        this(() -> campaignYear, standings);
    }

    public ReadStandings(IntSupplier campaignYear, StandingsStore standings) {
        this.campaignYear = campaignYear;
        this.standings = standings;
    }

    public StandingsSnapshot latest() {
        return standings.latest(campaignYear.getAsInt()).orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "date",
                "no standings have been calculated for the " + campaignYear.getAsInt() + " campaign yet"));
    }

    public StandingsSnapshot on(LocalDate date) {
        return standings.find(campaignYear.getAsInt(), date).orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "date",
                "no standings snapshot of " + date));
    }
}
