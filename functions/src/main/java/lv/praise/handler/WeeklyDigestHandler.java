package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.awards.Deadline;
import lv.praise.domain.digest.DigestRun;
import lv.praise.domain.digest.WeeklyDigest;

/**
 * Started by EventBridge Scheduler on Mondays every 15 minutes from 09:00 to 10:45 Europe/Riga: sends the weekly
 * digest of the week before (issue 18, {@link WeeklyDigest}). The first tick does the work; a run that reaches its deadline
 * stops taking participants and ends normally ({@code digest_unfinished}), and the next tick continues (every
 * finished participant is SENT, so it is skipped). A failure – a mail that could not go out, the table refusing –
 * is logged ({@link #FAILED}) and thrown, so Lambda retries the asynchronous run; after the retries the event goes
 * to the dead-letter queue. The log names counts, the week and the campaign, never an address.
 */
public final class WeeklyDigestHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    static final String FAILED = "weekly_digest_failed";
    /** Left of the function's time when the run stops taking participants: one participant's mails at most. */
    static final Duration MARGIN = Duration.ofSeconds(40);
    private final Function<Deadline, DigestRun> digest;

    public WeeklyDigestHandler() {
        this(Wiring.get().weeklyDigest());
    }

    WeeklyDigestHandler(WeeklyDigest digest) {
        this.digest = digest::run;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        try (JsonLog.Invocation ignored = JsonLog.invocation(context)) {
            return run(event, context);
        }
    }

    private Map<String, Object> run(Map<String, Object> event, Context context) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (event != null) {
            fields.put("scheduledAt", event.get("time"));
            if (event.get("resources") instanceof List<?> resources && !resources.isEmpty()) {
                fields.put("schedule", String.valueOf(resources.get(0)));
            }
        }
        try {
            DigestRun run = digest.apply(Deadline.leaving(Remaining.of(context), MARGIN));
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("year", run.year());
            summary.put("week", run.week());
            summary.put("active", run.active());
            summary.put("participants", run.participants());
            summary.put("sent", run.sent());
            summary.put("alreadySent", run.done());
            summary.put("noRecipients", run.noRecipients());
            summary.put("refused", run.refused());
            summary.put("failed", run.failed());
            summary.put("mails", run.mails());
            summary.put("finished", run.finished());
            fields.putAll(summary);
            if (!run.active()) {
                JsonLog.info("weekly_digest_not_this_week", fields);
            } else if (run.failed() > 0) {
                // Thrown so that Lambda's retry sends what failed (the rest is SENT and skipped).
                throw new IllegalStateException(run.failed() + " participants' digests could not be sent");
            } else {
                JsonLog.info(run.finished() ? "weekly_digest_sent" : "digest_unfinished", fields);
            }
            return summary;
        } catch (RuntimeException e) {
            JsonLog.error(FAILED, e, fields);
            throw e;
        }
    }
}
