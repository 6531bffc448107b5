package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.erasure.OrganiserErasure;

/** POST /api/admin/praise/erase – an organiser erases one praise, or every praise of an e-mail address. */
public final class ErasePraiseHandler extends AdminHandler {
    private static final Set<String> FIELDS = Set.of("praiseId", "email");

    private final OrganiserErasure erasure;

    public ErasePraiseHandler() {
        this(Wiring.get().organiserErasure());
    }

    ErasePraiseHandler(OrganiserErasure erasure) {
        this.erasure = erasure;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Organiser organiser = call.organiser();
        RequestBody body = RequestBody.parse(event, FIELDS);
        OrganiserErasure.Result result = erasure.erase(body.text("praiseId"), body.text("email"), organiser.actor());
        // Counts only: never the address or its hash.
        JsonLog.info("praise_erased_by_organiser", Map.of("erased", result.erased(),
                "alreadyErased", result.alreadyErased(), "published", result.published()));
        return Responses.json(200, Map.of("erased", result.erased(), "alreadyErased", result.alreadyErased(),
                "published", result.published()));
    }
}
