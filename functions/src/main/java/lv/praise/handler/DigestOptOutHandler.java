package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import lv.praise.Wiring;
import lv.praise.domain.digest.DigestOptOut;

/**
 * POST /api/my/digest/opt-out {"token": "..."} – the digest's opt-out link, sent by the page's button (never on
 * the page's load, so a mail client's link scanner opts nobody out). Public, through the edge like every route.
 * 200 {"optedOut": true} also for a second press; 400 invalid_token on {@code token} for a token that is not ours.
 */
public final class DigestOptOutHandler extends ApiHandler {
    private final DigestOptOut optOut;

    public DigestOptOutHandler() {
        this(Wiring.get().digestOptOut());
    }

    DigestOptOutHandler(DigestOptOut optOut) {
        this.optOut = optOut;
    }

    record OptedOut(boolean optedOut) {
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        // A contact removed since the digest went out gets no digest either: the same answer.
        optOut.optOut(RequestBody.token(call.event()));
        return Responses.json(200, new OptedOut(true));
    }
}
