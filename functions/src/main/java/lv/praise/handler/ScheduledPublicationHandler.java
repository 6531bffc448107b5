package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.PraiseException;
import lv.praise.domain.awards.Deadline;
import lv.praise.domain.awards.PublishAwards;

/**
 * Started once by an EventBridge Scheduler one-time schedule at the campaign's awards date and time:
 * the same publication an organiser can start. Letters still due when its time runs out are thrown
 * as a failure, so that the scheduler's retry finishes them (a retry publishes nothing twice). A
 * campaign whose window is still open at that time is refused and logged (retrying would not help).
 */
public final class ScheduledPublicationHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    static final String TRIGGER = "schedule";
    private final PublishAwards awards;

    public ScheduledPublicationHandler() {
        this(Wiring.get().publishAwards());
    }

    ScheduledPublicationHandler(PublishAwards awards) {
        this.awards = awards;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("requestId", context == null ? null : context.getAwsRequestId());
        fields.put("scheduledAt", event == null ? null : event.get("time"));
        Duration left = context == null ? Duration.ofMinutes(5) : Duration.ofMillis(context.getRemainingTimeInMillis());
        PublishAwards.Outcome outcome;
        try {
            outcome = awards.publish(TRIGGER, Deadline.in(left.minusSeconds(20)));
        } catch (PraiseException e) {
            if (e.code() != ErrorCode.NOT_CLOSED) {
                throw e;
            }
            fields.put("refusal", e.getMessage());
            JsonLog.warn("awards_not_published", fields);
            Map<String, Object> refused = new LinkedHashMap<>();
            refused.put("published", false);
            refused.put("refusal", e.getMessage());
            return refused;
        } catch (RuntimeException e) {
            JsonLog.error("awards_publication_failed", e, fields);
            throw e;
        }
        AwardsLog.published(TRIGGER, outcome);
        if (outcome.certificates().pending() > 0) {
            throw new IllegalStateException(outcome.certificates().pending()
                    + " certificate letters are still due; the scheduler's retry sends them");
        }
        Map<String, Object> body = PublishAwardsHandler.body(outcome);
        body.put("published", true);
        return body;
    }
}
