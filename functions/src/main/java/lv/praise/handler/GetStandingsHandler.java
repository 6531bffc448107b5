package lv.praise.handler;

import java.util.Set;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Supplier;
import lv.praise.Wiring;
import lv.praise.domain.RefusedException;
import lv.praise.domain.standings.ReadStandings;
import lv.praise.domain.standings.StandingsSnapshot;
import lv.praise.domain.visits.CriterionResults;

/**
 * GET /api/admin/standings[?date=yyyy-MM-dd] – the latest standings snapshot (or that day's), with
 * every participant's components, total, eligibility and ranks, and the per-criterion results of its approved
 * visits ({@code criteria}). Organisers only: the public never
 * sees ranks before the awards.
 */
public final class GetStandingsHandler extends AdminHandler {
    private final ReadStandings standings;
    /** Per-criterion results of the approved visits, as the latest recalculation kept them (issue 17). */
    private final Supplier<Map<String, CriterionResults>> criteria;

    public GetStandingsHandler() {
        this(Wiring.get().readStandings(), () -> Wiring.get().criterionResults().results(Wiring.get().campaignYear()));
    }

    GetStandingsHandler(ReadStandings standings) {
        this(standings, Map::of);
    }

    GetStandingsHandler(ReadStandings standings, Supplier<Map<String, CriterionResults>> criteria) {
        this.standings = standings;
        this.criteria = criteria;
    }

    @Override
    protected Set<String> queryParameters() {
        return Set.of("date");
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Map<String, String> query = event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters();
        String dateText = query.get("date");
        StandingsSnapshot snapshot = dateText == null ? standings.latest() : standings.on(date(dateText));
        return Responses.json(200, StandingsView.of(snapshot, criteria.get()));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw RefusedException.invalid("date", "date must be a day written as yyyy-MM-dd");
        }
    }
}
