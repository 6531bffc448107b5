package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.campaigns.Invitations;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.Jobs;

/**
 * The carry-over worker, started asynchronously when next year's campaign is created, with
 * {@code {"job": "carryOver", "campaignYear": year, "runId": ...}}: copies the earlier year's questionnaire and
 * invites its participants into {@code year}. A run that fails is retried by Lambda (twice); every write is
 * conditional on its item not being there, so the retry goes on where the failed attempt stopped. Deployed
 * inside PostersWorkerFunction (which hands it these events), not as a function of its own.
 */
public final class CarryOverWorkerHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final Invitations invitations;
    private final IntFunction<Jobs> jobsOf;

    public CarryOverWorkerHandler() {
        this(Wiring.get().invitations(), Wiring.get()::jobsOf);
    }

    CarryOverWorkerHandler(Invitations invitations, IntFunction<Jobs> jobsOf) {
        this.invitations = invitations;
        this.jobsOf = jobsOf;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        try (JsonLog.Invocation ignored = JsonLog.invocation(context)) {
            return carryOver(event);
        }
    }

    private Map<String, Object> carryOver(Map<String, Object> event) {
        if (event == null || !JobKind.CARRY_OVER.code().equals(event.get("job")) || event.get("runId") == null
                || !(event.get("campaignYear") instanceof Number year)) {
            throw new IllegalArgumentException("the carry-over worker takes {\"job\": \"carryOver\", "
                    + "\"campaignYear\": year, \"runId\": ...}");
        }
        String runId = String.valueOf(event.get("runId"));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("job", JobKind.CARRY_OVER.code());
        fields.put("campaignYear", year.intValue());
        fields.put("runId", runId);
        Jobs.Outcome outcome;
        try {
            outcome = jobsOf.apply(year.intValue()).run(JobKind.CARRY_OVER, runId, invitations::carryOver);
        } catch (RuntimeException e) {
            JsonLog.error("job_attempt_failed", e, fields);
            throw e;
        }
        fields.put("outcome", outcome.name().toLowerCase(Locale.ROOT));
        JsonLog.info("job_finished", fields);
        return new LinkedHashMap<>(fields);
    }
}
