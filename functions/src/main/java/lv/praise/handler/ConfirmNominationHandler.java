package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Locale;
import lv.praise.Wiring;
import lv.praise.domain.nominations.Nominations;

/** POST /api/nominations/confirm – the e-mailed link of a nomination: counted once, a second click changes nothing. */
public final class ConfirmNominationHandler extends ApiHandler {
    private final Nominations nominations;

    public ConfirmNominationHandler() {
        this(Wiring.get().nominationsConfirmer());
    }

    ConfirmNominationHandler(Nominations nominations) {
        this.nominations = nominations;
    }

    record Confirmed(String status, String name) {
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        Nominations.Confirmation done = nominations.confirm(RequestBody.token(call.event()));
        return Responses.json(200, new Confirmed(done.outcome().name().toLowerCase(Locale.ROOT), done.name()));
    }
}
