package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.awards.Deadline;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.Jobs;

/**
 * What every job worker shares: it is started asynchronously with {@code {"job": kind, "runId": ...}} (a job of
 * one campaign also names its {@code "campaignYear"}), refuses any other event (Lambda's retries would not make it
 * right), runs the job through {@link Jobs} and logs one {@code job_finished} (or {@code job_attempt_failed},
 * rethrown so that Lambda retries) with the fields that name the run. The workers only say what the run does.
 */
public abstract class JobWorkerHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    /** The event a worker was started with, checked. */
    record Start(String runId, int campaignYear) {
    }

    private final JobKind kind;
    private final String worker;
    private final boolean ofOneCampaign;

    /**
     * @param worker        the worker's name in the refusal ("the {worker} worker takes ...")
     * @param ofOneCampaign whether the event names the campaign's year
     */
    JobWorkerHandler(JobKind kind, String worker, boolean ofOneCampaign) {
        this.kind = kind;
        this.worker = worker;
        this.ofOneCampaign = ofOneCampaign;
    }

    /** Runs the job this worker does (through {@link Jobs#run}, which says whether it ran). */
    abstract Jobs.Outcome run(Start start, Context context);

    /**
     * Stops the run {@code margin} before the function's time is up, so it finishes the job with what is left
     * rather than being killed in the middle of an item.
     */
    static Deadline deadline(Context context, Duration margin) {
        return Deadline.leaving(Remaining.of(context), margin);
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        try (JsonLog.Invocation ignored = JsonLog.invocation(context)) {
            return work(event, context);
        }
    }

    private Map<String, Object> work(Map<String, Object> event, Context context) {
        Start start = start(event);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("job", kind.code());
        if (ofOneCampaign) {
            fields.put("campaignYear", start.campaignYear());
        }
        fields.put("runId", start.runId());
        Jobs.Outcome outcome;
        try {
            outcome = run(start, context);
        } catch (RuntimeException e) {
            JsonLog.error("job_attempt_failed", e, fields);
            throw e;
        }
        fields.put("outcome", outcome.name().toLowerCase(Locale.ROOT));
        JsonLog.info("job_finished", fields);
        return new LinkedHashMap<>(fields);
    }

    private Start start(Map<String, Object> event) {
        if (event == null || !kind.code().equals(event.get("job")) || event.get("runId") == null) {
            throw refused();
        }
        if (!ofOneCampaign) {
            return new Start(String.valueOf(event.get("runId")), 0);
        }
        if (!(event.get("campaignYear") instanceof Number year)) {
            throw refused();
        }
        return new Start(String.valueOf(event.get("runId")), year.intValue());
    }

    private IllegalArgumentException refused() {
        return new IllegalArgumentException("the " + worker + " worker takes {\"job\": \"" + kind.code() + "\", "
                + (ofOneCampaign ? "\"campaignYear\": year, " : "") + "\"runId\": ...}");
    }
}
