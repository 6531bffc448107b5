package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import lv.praise.Wiring;
import lv.praise.domain.awards.PublishAwards;

/**
 * POST /api/admin/awards/resend – sends the certificate letters that failed or wait (e.g. after an
 * organiser added a missing contact e-mail); letters already sent are never sent again. 409 before
 * publication.
 */
public final class ResendCertificatesHandler extends AdminHandler {
    private final PublishAwards awards;

    public ResendCertificatesHandler() {
        this(Wiring.get().publishAwards());
    }

    ResendCertificatesHandler(PublishAwards awards) {
        this.awards = awards;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Context context = call.context();
        RequestBody.requireNone(event);
        PublishAwards.Outcome outcome = awards.resend(PublishAwardsHandler.deadline(context));
        AwardsLog.published("resend", outcome);
        return Responses.json(200, PublishAwardsHandler.body(outcome));
    }
}
