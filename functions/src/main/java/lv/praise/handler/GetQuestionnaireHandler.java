package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.domain.visits.Visits;

/** GET /api/admin/questionnaire?year= – the campaign's current questionnaire version (issue 17). */
public final class GetQuestionnaireHandler extends AdminHandler {
    private final Visits visits;

    public GetQuestionnaireHandler() {
        this(Wiring.get().visits());
    }

    GetQuestionnaireHandler(Visits visits) {
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
        return Responses.json(200, VisitJson.questionnaire(visits.questionnaire()));
    }
}
