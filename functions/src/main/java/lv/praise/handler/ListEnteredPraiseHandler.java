package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.domain.moderation.EnterPraise;

/**
 * GET /api/admin/praise – the praise organisers typed in (phone, paper), newest first: who entered it, when, for
 * which participant, and its review state now. No text: the moderation page shows that.
 */
public final class ListEnteredPraiseHandler extends AdminHandler {
    private final EnterPraise enterPraise;

    public ListEnteredPraiseHandler() {
        this(Wiring.get().enterPraise());
    }

    ListEnteredPraiseHandler(EnterPraise enterPraise) {
        this.enterPraise = enterPraise;
    }

    @Override
    protected Set<String> queryParameters() {
        return Set.of("limit", "cursor");
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        QueryParameters query = QueryParameters.of(event);
        EnterPraise.Listing listing = enterPraise.list(query.wholeNumber("limit"), query.text("cursor"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", listing.items().stream().map(l -> {
            var e = l.entry();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("praiseId", e.praiseId());
            item.put("participantId", e.participantId());
            item.put("participantName", e.participantName());
            item.put("channel", e.channel().code());
            item.put("enteredAt", e.enteredAt().toString());
            item.put("enteredBy", e.enteredBy() == null ? null : e.enteredBy().id());
            item.put("enteredByEmail", e.enteredBy() == null ? null : e.enteredBy().email());
            // pending/approved/rejected, or erased when the praise is gone since.
            item.put("status", l.status() == null ? "erased" : l.status().code());
            return item;
        }).toList());
        body.put("nextCursor", listing.nextCursor());
        return Responses.json(200, body);
    }
}
