package lv.praise.handler;

import java.util.Set;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import lv.praise.domain.Participant;
import lv.praise.Wiring;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;
import lv.praise.domain.moderation.PraiseWall;

/** GET /api/participants/{id}/praise – a participant's approved praise, newest first (public). */
public final class GetPraiseWallHandler extends ApiHandler {

    private final PraiseWall wall;

    public GetPraiseWallHandler() {
        this(Wiring.get().praiseWall());
    }

    GetPraiseWallHandler(PraiseWall wall) {
        this.wall = wall;
    }

    @Override
    protected Set<String> queryParameters() {
        return Set.of("limit", "cursor");
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        String id = call.path("id");
        if (!Participant.isId(id)) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "id", "no participant with this id");
        }
        QueryParameters query = QueryParameters.of(event);
        PraiseWall.Page page = wall.page(id, query.wholeNumber("limit"), query.text("cursor"));
        Map<String, Object> body = new LinkedHashMap<>();
        // Only what the page shows: no praise id, no e-mail or token hash, no organiser.
        body.put("items", page.items().stream().map(GetPraiseWallHandler::entry).toList());
        body.put("nextCursor", page.nextCursor());
        return Responses.json(200, body);
    }

    /** One praise as the public sees it (also the answer to an organiser who entered one). */
    static Map<String, Object> entry(PraiseWall.Entry e) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("stars", e.stars());
        item.put("aspects", e.aspects());
        item.put("text", e.text());
        item.put("channel", e.channel().code());
        item.put("employee", e.employee());
        item.put("branch", e.branch());
        item.put("date", e.date().toString());
        return item;
    }
}
