package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.domain.standings.Recalculation;
import lv.praise.domain.standings.RecalculateStandings;

/**
 * POST /api/admin/scores/recalculate – the nightly recalculation, now (the local run has no
 * scheduler). Runs synchronously and answers what it did; the snapshot is today's (Riga time).
 */
public final class RecalculateScoresHandler extends AdminHandler {
    private final RecalculateStandings recalculate;

    public RecalculateScoresHandler() {
        this(Wiring.get().recalculateStandingsNow());
    }

    RecalculateScoresHandler(RecalculateStandings recalculate) {
        this.recalculate = recalculate;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        RequestBody.requireNone(event);
        Recalculation result = recalculate.run();
        RecalculationSummary.log("api", result, Map.of());
        return Responses.json(200, RecalculationSummary.of(result));
    }
}
