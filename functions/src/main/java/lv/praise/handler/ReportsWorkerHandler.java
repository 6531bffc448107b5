package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.awards.Deadline;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.Jobs;
import lv.praise.domain.reports.ReportDelivery;

/**
 * The reports worker, started asynchronously by POST /api/admin/reports with {@code {"job": "reports",
 * "campaignYear": year, "runId": ...}}: sends every participant its report ({@link ReportDelivery}). A run that
 * fails is retried by Lambda (twice) and sends only what is not sent. Deployed inside PostersWorkerFunction (which
 * hands it these events), as the carry-over is: the stack is near CloudFormation's 500 resources.
 */
public final class ReportsWorkerHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final ReportDelivery delivery;
    private final IntFunction<Jobs> jobsOf;

    public ReportsWorkerHandler() {
        this(Wiring.get().reportDelivery(), Wiring.get()::jobsOf);
    }

    ReportsWorkerHandler(ReportDelivery delivery, IntFunction<Jobs> jobsOf) {
        this.delivery = delivery;
        this.jobsOf = jobsOf;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        try (JsonLog.Invocation ignored = JsonLog.invocation(context)) {
            return send(event, deadline(context));
        }
    }

    /**
     * A minute before the function's time is up the run stops claiming letters and finishes the job with what is
     * left (an organiser's next start goes on), rather than being killed in the middle of a letter.
     */
    static Deadline deadline(Context context) {
        return Deadline.leaving(Remaining.of(context), MARGIN);
    }

    /** Longer than one participant's letters can take. */
    static final Duration MARGIN = Duration.ofSeconds(60);

    private Map<String, Object> send(Map<String, Object> event, Deadline deadline) {
        if (event == null || !JobKind.REPORTS.code().equals(event.get("job")) || event.get("runId") == null
                || !(event.get("campaignYear") instanceof Number year)) {
            throw new IllegalArgumentException("the reports worker takes {\"job\": \"reports\", "
                    + "\"campaignYear\": year, \"runId\": ...}");
        }
        String runId = String.valueOf(event.get("runId"));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("job", JobKind.REPORTS.code());
        fields.put("campaignYear", year.intValue());
        fields.put("runId", runId);
        Jobs.Outcome outcome;
        try {
            outcome = jobsOf.apply(year.intValue()).run(JobKind.REPORTS, runId, delivery.work(deadline));
        } catch (RuntimeException e) {
            JsonLog.error("job_attempt_failed", e, fields);
            throw e;
        }
        fields.put("outcome", outcome.name().toLowerCase(Locale.ROOT));
        JsonLog.info("job_finished", fields);
        return new LinkedHashMap<>(fields);
    }
}
