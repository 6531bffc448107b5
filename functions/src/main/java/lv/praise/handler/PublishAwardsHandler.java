package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.domain.awards.Deadline;
import lv.praise.domain.awards.PublishAwards;

/**
 * POST /api/admin/awards/publish – an organiser publishes the final results now (409 while the praise
 * window is open). Safe to call again: a second call after success publishes nothing new and only
 * sends letters that are still due. It answers when the letters are sent, or when the function's time
 * is nearly up ({@code certificates.complete: false}; resend or publish again to finish).
 */
public final class PublishAwardsHandler extends AdminHandler {
    private final PublishAwards awards;

    public PublishAwardsHandler() {
        this(Wiring.get().publishAwards());
    }

    PublishAwardsHandler(PublishAwards awards) {
        this.awards = awards;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Organiser organiser) {
        return handle(event, organiser, null);
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Organiser organiser, Context context) {
        RequestBody.requireNone(event);
        PublishAwards.Outcome outcome = awards.publish(organiser.actor(), deadline(context));
        AwardsLog.published("api", outcome);
        return Responses.json(200, body(outcome));
    }

    static Map<String, Object> body(PublishAwards.Outcome outcome) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("createdNow", outcome.createdNow());
        body.put("publication", PublicationView.organiserView(outcome.publication()));
        body.put("certificates", PublicationView.certificates(outcome.certificates()));
        return body;
    }

    /**
     * Stop starting letters 12 s before the function's time is up: one SES call may take 10 s, and a
     * letter cut off half-way would keep its claim until the lease ends.
     */
    static Deadline deadline(Context context) {
        Duration left = context == null ? Duration.ofSeconds(29) : Duration.ofMillis(context.getRemainingTimeInMillis());
        Duration usable = left.minus(MARGIN);
        return Deadline.in(usable.isNegative() ? Duration.ZERO : usable);
    }

    static final Duration MARGIN = Duration.ofSeconds(12);
}
