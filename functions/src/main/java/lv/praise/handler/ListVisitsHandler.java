package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.domain.Participant;
import lv.praise.domain.RefusedException;
import lv.praise.domain.visits.Visit;
import lv.praise.domain.visits.VisitPlan;
import lv.praise.domain.visits.VisitStatus;
import lv.praise.domain.visits.Visits;

/** GET /api/admin/visits?year=&status=&evaluator=&participantId= – visits with their latest submission and score. */
public final class ListVisitsHandler extends AdminHandler {
    private final Visits visits;

    public ListVisitsHandler() {
        this(Wiring.get().visits());
    }

    ListVisitsHandler(Visits visits) {
        this.visits = visits;
    }

    @Override
    protected Set<String> queryParameters() {
        return Set.of("year", "status", "evaluator", "participantId");
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        QueryParameters query = QueryParameters.of(event);
        VisitJson.year(event, visits);
        String statusText = query.text("status");
        VisitStatus status = statusText == null ? null : VisitStatus.fromCode(statusText).orElseThrow(() ->
                RefusedException.invalid("status", "status must be planned, submitted, returned or approved"));
        String evaluatorText = query.text("evaluator");
        String evaluator = evaluatorText == null ? null : VisitPlan.evaluator("evaluator", evaluatorText);
        String participantId = query.text("participantId");
        if (participantId != null && !Participant.isId(participantId)) {
            throw RefusedException.invalid("participantId", "participantId is a participant's id");
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (Visit v : visits.list(new Visits.Filter(status, evaluator, participantId))) {
            list.add(VisitJson.visit(v));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", visits.year());
        body.put("visits", list);
        return Responses.json(200, body);
    }
}
