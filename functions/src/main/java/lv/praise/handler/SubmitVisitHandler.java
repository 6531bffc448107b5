package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.domain.visits.Submission;
import lv.praise.domain.visits.Visits;

/**
 * PUT /api/evaluate/visits/{id} – an evaluator submits (or resubmits a returned) visit of their own plan. The
 * same submissionId again answers the stored visit (a draft re-sent after a lost connection); another
 * evaluator's visit is 404.
 */
public final class SubmitVisitHandler extends EvaluatorHandler {
    static final int MAX_BYTES = 64 * 1024;
    private final Visits visits;

    public SubmitVisitHandler() {
        this(Wiring.get().visits());
    }

    SubmitVisitHandler(Visits visits) {
        this.visits = visits;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Evaluator evaluator = call.evaluator();
        String id = VisitJson.visitId(event);
        RequestBody body = RequestBody.parse(event, Set.of("submissionId", "visitedAt", "place", "answers", "comment"),
                MAX_BYTES);
        String place = body.text("place");
        Submission submission = new Submission(body.text("submissionId"), Visits.visitedAt(body.text("visitedAt")),
                place == null ? null : place.strip(), VisitJson.answers(body), body.text("comment"));
        return Responses.json(200, VisitJson.forEvaluator(visits.submit(evaluator.email(), id, submission, evaluator.actor())));
    }
}
