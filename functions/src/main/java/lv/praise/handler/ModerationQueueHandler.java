package lv.praise.handler;

import java.util.Set;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.domain.moderation.ModeratePraise;

/** GET /api/admin/moderation – confirmed praise in one review state, a page at a time, with the counts. */
public final class ModerationQueueHandler extends AdminHandler {
    private final ModeratePraise moderation;

    public ModerationQueueHandler() {
        this(Wiring.get().moderatePraise());
    }

    ModerationQueueHandler(ModeratePraise moderation) {
        this.moderation = moderation;
    }

    @Override
    protected Set<String> queryParameters() {
        return Set.of("status", "participant", "limit", "cursor");
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        QueryParameters query = QueryParameters.of(event);
        ModeratePraise.Queue queue = moderation.queue(query.text("status"), query.text("participant"),
                query.wholeNumber("limit"), query.text("cursor"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("counts", ModerationView.counts(queue.counts()));
        body.put("items", ModerationView.items(queue.items()));
        body.put("nextCursor", queue.nextCursor());
        return Responses.json(200, body);
    }
}
