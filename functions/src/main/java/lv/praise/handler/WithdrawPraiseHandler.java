package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.RefusedException;
import lv.praise.domain.erasure.ErasureStore;
import lv.praise.domain.erasure.WithdrawPraise;

/** POST /api/praise/withdraw – the person's own link from the confirmation e-mail. */
public final class WithdrawPraiseHandler extends ApiHandler {
    private static final Set<String> FIELDS = Set.of("token");

    private final WithdrawPraise withdrawPraise;

    public WithdrawPraiseHandler() {
        this(Wiring.get().withdrawPraise());
    }

    WithdrawPraiseHandler(WithdrawPraise withdrawPraise) {
        this.withdrawPraise = withdrawPraise;
    }

    record Withdrawn(String status, String participantName) {
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        String token = RequestBody.parse(event, FIELDS).text("token");
        if (token == null || token.isBlank()) {
            throw RefusedException.invalid("token", "token is required");
        }
        WithdrawPraise.Withdrawal done = withdrawPraise.withdraw(token.strip());
        boolean now = done.outcome() == ErasureStore.EraseOutcome.ERASED;
        if (now) {
            JsonLog.info("praise_withdrawn", Map.of());
        }
        return Responses.json(200, new Withdrawn(now ? "withdrawn" : "already_withdrawn", done.participantName()));
    }
}
