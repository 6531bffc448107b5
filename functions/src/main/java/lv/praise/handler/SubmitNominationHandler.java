package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.domain.RefusedException;
import lv.praise.domain.nominations.Nominations;

/**
 * POST /api/nominations – praise for an organisation that is not in the list ("not in the list? type
 * its name"). It never counts toward scores; organisers see the names, how many people gave them and
 * why. Like a praise it is stored pending and counts once its e-mailed link is opened
 * (POST /api/nominations/confirm), within the praise form's limits.
 */
public final class SubmitNominationHandler extends ApiHandler {
    private static final Set<String> FIELDS = Set.of("name", "text", "email", "consent", "lang",
            SubmitPraiseHandler.HONEYPOT);
    private static final Map<String, String> RECEIVED = Map.of("status", "pending_confirmation");

    private final Nominations nominations;

    public SubmitNominationHandler() {
        this(Wiring.get().nominations());
    }

    SubmitNominationHandler(Nominations nominations) {
        this.nominations = nominations;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        RequestBody body = RequestBody.parse(event, FIELDS);
        String honeypot = body.text(SubmitPraiseHandler.HONEYPOT);
        if (honeypot != null && !honeypot.isEmpty()) {
            return Responses.json(202, RECEIVED);
        }
        if (!Boolean.TRUE.equals(body.bool("consent"))) {
            throw RefusedException.invalid("consent", "consent to the privacy notice is required");
        }
        // The same answer whether or not this person had named it before: nothing to learn from it.
        nominations.nominate(body.text("name"), body.text("text"), body.text("email"), body.lang(),
                EdgeOrigin.viewerIpAddress(event));
        return Responses.json(202, RECEIVED);
    }
}
