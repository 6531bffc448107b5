package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Locale;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.domain.RefusedException;
import lv.praise.domain.nominations.Nominations;

/** POST /api/nominations/confirm – the e-mailed link of a nomination: counted once, a second click changes nothing. */
public final class ConfirmNominationHandler extends ApiHandler {
    private static final Set<String> FIELDS = Set.of("token");

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
        APIGatewayV2HTTPEvent event = call.event();
        String token = RequestBody.parse(event, FIELDS).text("token");
        if (token == null || token.isBlank()) {
            throw RefusedException.invalid("token", "token is required");
        }
        Nominations.Confirmation done = nominations.confirm(token.strip());
        return Responses.json(200, new Confirmed(done.outcome().name().toLowerCase(Locale.ROOT), done.name()));
    }
}
