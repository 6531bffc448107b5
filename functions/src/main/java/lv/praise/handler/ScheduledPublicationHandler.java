package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.Actor;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.PraiseException;
import lv.praise.domain.awards.Deadline;
import lv.praise.domain.awards.PublishAwards;

/**
 * Started once by an EventBridge Scheduler one-time schedule at the campaign's awards date and time:
 * the same publication an organiser can start. Letters still due at the end (time ran out, or a try
 * failed) are thrown as a failure, so that Lambda's retries of the asynchronous run finish them (a
 * retry publishes nothing twice); what is left after those goes to the dead-letter queue. A
 * campaign whose window is still open at that time is refused and logged (retrying would not help).
 */
public final class ScheduledPublicationHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    static final String TRIGGER = "schedule";
    /** The failure's log line; template.yaml's publication filters match it (MetricFiltersTest). */
    static final String FAILED = "awards_publication_failed";
    private final PublishAwards awards;

    public ScheduledPublicationHandler() {
        this(Wiring.get().publishAwards());
    }

    ScheduledPublicationHandler(PublishAwards awards) {
        this.awards = awards;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        try (JsonLog.Invocation ignored = JsonLog.invocation(context)) {
            return publish(event, context);
        }
    }

    private Map<String, Object> publish(Map<String, Object> event, Context context) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("scheduledAt", event == null ? null : event.get("time"));
        Duration left = context == null ? Duration.ofMinutes(5) : Duration.ofMillis(context.getRemainingTimeInMillis());
        PublishAwards.Outcome outcome;
        try {
            outcome = awards.publish(Actor.SCHEDULE, Deadline.in(left.minus(PublishAwardsHandler.MARGIN)));
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
            JsonLog.error(FAILED, e, fields);
            throw e;
        }
        AwardsLog.published(TRIGGER, outcome);
        int due = outcome.certificates().pending() + outcome.certificates().failed();
        if (due > 0) {
            // Lambda retries a failed asynchronous run twice (after about 1 and 3 minutes, the second past
            // the lease), then the event goes to the dead-letter queue for the organisers.
            throw new IllegalStateException(due + " certificate letters are still due; the retry sends them");
        }
        Map<String, Object> body = PublishAwardsHandler.body(outcome);
        body.put("published", true);
        return body;
    }
}
