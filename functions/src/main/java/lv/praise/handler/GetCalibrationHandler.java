package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.domain.visits.Visits;

/** GET /api/admin/calibration?year= – per evaluator: done, outstanding, mean, spread, difference, flag. */
public final class GetCalibrationHandler extends AdminHandler {
    private final Visits visits;

    public GetCalibrationHandler() {
        this(Wiring.get().visits());
    }

    GetCalibrationHandler(Visits visits) {
        this.visits = visits;
    }

    @Override
    protected Set<String> queryParameters() {
        return Set.of("year");
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        VisitJson.year(event, visits);
        return Responses.json(200, VisitJson.calibration(visits.year(), visits.calibration()));
    }
}
