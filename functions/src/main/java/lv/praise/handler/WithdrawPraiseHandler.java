package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.erasure.ErasureStore;
import lv.praise.domain.erasure.WithdrawPraise;

/** POST /api/praise/withdraw – the person's own link from the confirmation e-mail. */
public final class WithdrawPraiseHandler extends ApiHandler {
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
        WithdrawPraise.Withdrawal done = withdrawPraise.withdraw(RequestBody.token(call.event()));
        boolean now = done.outcome() == ErasureStore.EraseOutcome.ERASED;
        if (now) {
            JsonLog.info("praise_withdrawn", Map.of());
        }
        return Responses.json(200, new Withdrawn(now ? "withdrawn" : "already_withdrawn", done.participantName()));
    }
}
