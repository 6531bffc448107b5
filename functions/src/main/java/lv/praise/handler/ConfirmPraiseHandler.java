package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Locale;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.domain.ConfirmPraise;
import lv.praise.domain.PraiseException;

/** POST /api/praise/confirm */
public final class ConfirmPraiseHandler extends ApiHandler {
    private static final Set<String> FIELDS = Set.of("token");

    private final ConfirmPraise confirmPraise;

    public ConfirmPraiseHandler() {
        this(Wiring.get().confirmPraise());
    }

    ConfirmPraiseHandler(ConfirmPraise confirmPraise) {
        this.confirmPraise = confirmPraise;
    }

    record Confirmed(String status, String participantId, String participantName) {
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        String token = RequestBody.parse(event, FIELDS).text("token");
        if (token == null || token.isBlank()) {
            throw PraiseException.invalid("token", "token is required");
        }
        ConfirmPraise.Confirmation done = confirmPraise.confirm(token.strip());
        return Responses.json(200, new Confirmed(done.outcome().name().toLowerCase(Locale.ROOT),
                done.participantId(), done.participantName()));
    }
}
