package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.domain.visits.Questionnaire;
import lv.praise.domain.visits.Visit;
import lv.praise.domain.visits.Visits;

/** GET /api/evaluate/plan?year= – the calling evaluator's own visits and the questionnaire versions they need. */
public final class GetEvaluatorPlanHandler extends EvaluatorHandler {
    private final Visits visits;

    public GetEvaluatorPlanHandler() {
        this(Wiring.get().visits());
    }

    GetEvaluatorPlanHandler(Visits visits) {
        this.visits = visits;
    }

    @Override
    protected Set<String> queryParameters() {
        return Set.of("year");
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Evaluator evaluator = call.evaluator();
        VisitJson.year(event, visits);
        Visits.EvaluatorPlan plan = visits.planOf(evaluator.email());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Visit v : plan.visits()) {
            list.add(VisitJson.forEvaluator(v));
        }
        List<Map<String, Object>> questionnaires = new ArrayList<>();
        for (Questionnaire q : plan.questionnaires()) {
            questionnaires.add(VisitJson.questionnaire(q));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", visits.year());
        body.put("evaluator", evaluator.email());
        body.put("visits", list);
        body.put("questionnaires", questionnaires);
        return Responses.json(200, body);
    }
}
