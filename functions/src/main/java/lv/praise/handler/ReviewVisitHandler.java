package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.domain.visits.Review;
import lv.praise.domain.RefusedException;
import lv.praise.domain.visits.Visits;

/**
 * POST /api/admin/visits/{id}/review – approve a submitted visit, or return it with a comment; or cancel a planned
 * visit that was never submitted ({@code "decision": "cancel"}: it is removed; 409 {@code already_submitted} else).
 */
public final class ReviewVisitHandler extends AdminHandler {
    private final Visits visits;

    public ReviewVisitHandler() {
        this(Wiring.get().visits());
    }

    ReviewVisitHandler(Visits visits) {
        this.visits = visits;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Organiser organiser = call.organiser();
        String id = VisitJson.visitId(event);
        RequestBody body = RequestBody.parse(event, Set.of("decision", "comment"));
        String decision = body.text("decision");
        if (decision == null) {
            throw RefusedException.invalid("decision", "decision is required: approve, return or cancel");
        }
        if (Review.CANCEL.equals(decision)) {
            // Cancelling a planned visit goes through this route: a route of its own would cost a function.
            if (body.text("comment") != null) {
                throw RefusedException.invalid("comment", "a cancellation takes no comment");
            }
            visits.cancel(id);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("id", id);
            answer.put("cancelled", true);
            return Responses.json(200, answer);
        }
        String comment = body.text("comment");
        return Responses.json(200, VisitJson.visit(visits.review(id, decision,
                comment == null ? null : comment.strip(), organiser.actor())));
    }
}
