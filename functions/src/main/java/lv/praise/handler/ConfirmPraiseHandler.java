package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Locale;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.intake.ConfirmPraise;
import lv.praise.domain.intake.PraiseStore;

/** POST /api/praise/confirm */
public final class ConfirmPraiseHandler extends ApiHandler {
    static final String CONFIRMED_LOG = "praise_confirmed";

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
    protected APIGatewayV2HTTPResponse handle(Call call) {
        ConfirmPraise.Confirmation done = confirmPraise.confirm(RequestBody.token(call.event()));
        if (done.outcome() == PraiseStore.ConfirmOutcome.CONFIRMED) {
            // Counted by template.yaml's PraiseConfirmedFilter (confirmations per second); a repeated click is not.
            JsonLog.info(CONFIRMED_LOG, Map.of("participantId", done.participantId()));
        }
        return Responses.json(200, new Confirmed(done.outcome().name().toLowerCase(Locale.ROOT),
                done.participantId(), done.participantName()));
    }
}
