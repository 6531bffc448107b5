package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.domain.RefusedException;
import lv.praise.domain.visits.Questionnaire;
import lv.praise.domain.visits.Visits;

/**
 * PUT /api/admin/questionnaire – saves the criteria: replaces the current version while no visit was submitted
 * on it, else creates the next version ({@code created: true}).
 */
public final class SaveQuestionnaireHandler extends AdminHandler {
    static final int MAX_BYTES = 64 * 1024;
    private final Visits visits;

    public SaveQuestionnaireHandler() {
        this(Wiring.get().visits());
    }

    SaveQuestionnaireHandler(Visits visits) {
        this.visits = visits;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        RequestBody body = RequestBody.parse(event, Set.of("year", "criteria"), MAX_BYTES);
        Integer year = body.wholeNumber("year");
        if (year == null) {
            throw RefusedException.invalid("year", "year is required");
        }
        visits.requireYear(year);
        Questionnaire before = visits.questionnaire();
        Questionnaire saved = visits.saveQuestionnaire(VisitJson.criteria(body));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", saved.version());
        answer.put("created", saved.version() != before.version());
        return Responses.json(200, answer);
    }
}
