package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.domain.PraiseException;
import lv.praise.domain.visits.Visits;

/** POST /api/admin/visits/{id}/review – approve a submitted visit, or return it with a comment. */
public final class ReviewVisitHandler extends AdminHandler {
    private final Visits visits;

    public ReviewVisitHandler() {
        this(Wiring.get().visits());
    }

    ReviewVisitHandler(Visits visits) {
        this.visits = visits;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Organiser organiser) {
        String id = VisitJson.visitId(event);
        RequestBody body = RequestBody.parse(event, Set.of("decision", "comment"));
        String decision = body.text("decision");
        if (decision == null) {
            throw PraiseException.invalid("decision", "decision is required: approve or return");
        }
        String comment = body.text("comment");
        return Responses.json(200, VisitJson.visit(visits.review(id, decision,
                comment == null ? null : comment.strip(), organiser.actor())));
    }
}
