package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.Actor;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;
import lv.praise.domain.awards.Deadline;
import lv.praise.domain.awards.PublishAwards;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.Jobs;

/**
 * The publication worker, with Lambda's 15 minutes, started asynchronously in two ways:
 *
 * <ul>
 *   <li>by {@code POST /api/admin/awards/publish}, with {@code {"job": "publication", "runId": ...}}: it runs
 *   the organiser's publication job, reporting its steps on the job item the console polls;</li>
 *   <li>once by an EventBridge Scheduler one-time schedule at the campaign's awards date and time.</li>
 * </ul>
 *
 * Letters still due at the end (time ran out, or a try failed) are thrown as a failure, so that Lambda's
 * retries of the asynchronous run finish them (a retry publishes nothing twice); a job's last attempt
 * ends the job instead, with the letters' states for the organisers to resend. What the schedule leaves
 * after its retries goes to the dead-letter queue. A campaign whose window is still open is refused and
 * logged (retrying would not help).
 */
public final class ScheduledPublicationHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    static final String TRIGGER = "schedule";
    /** The failure's log line; template.yaml's publication filters match it (MetricFiltersTest). */
    static final String FAILED = "awards_publication_failed";
    private final PublishAwards awards;
    private final IntFunction<PublishAwards> awardsOf;
    private final IntFunction<Jobs> jobsOf;
    private final IntSupplier currentYear;

    public ScheduledPublicationHandler() {
        this(Wiring.get().publishAwards(), Wiring.get()::publishAwardsOf, Wiring.get()::jobsOf,
                Wiring.get().currentCampaign());
    }

    ScheduledPublicationHandler(PublishAwards awards, Jobs jobs) {
        this(awards, jobs, null);
    }

    /** @param currentYear the current campaign's year: a schedule of another year publishes nothing (null: any) */
    ScheduledPublicationHandler(PublishAwards awards, Jobs jobs, IntSupplier currentYear) {
        this(awards, year -> awards, year -> jobs, currentYear);
    }

    /**
     * @param awardsOf the publication of a year, and {@code jobsOf} its jobs: a job's run publishes the year its
     *                 event names, never the current one (a retry after the next year's creation would find no
     *                 job of the new year, skip, and leave the earlier year's results and letters stranded)
     */
    ScheduledPublicationHandler(PublishAwards awards, IntFunction<PublishAwards> awardsOf, IntFunction<Jobs> jobsOf,
                                IntSupplier currentYear) {
        this.awards = awards;
        this.awardsOf = awardsOf;
        this.jobsOf = jobsOf;
        this.currentYear = currentYear;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        try (JsonLog.Invocation ignored = JsonLog.invocation(context)) {
            return publish(event, context);
        }
    }

    private Map<String, Object> publish(Map<String, Object> event, Context context) {
        Deadline deadline = PublishAwardsHandler.deadline(context);
        if (event != null && JobKind.PUBLICATION.code().equals(event.get("job"))) {
            return runJob(event, deadline);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("scheduledAt", event == null ? null : event.get("time"));
        // Each campaign has its own schedule: one of an earlier year (published by hand before its time, the next
        // campaign current since) must not publish the current one.
        if (currentYear != null && event != null && event.get("campaignYear") instanceof Number scheduled
                && scheduled.intValue() != currentYear.getAsInt()) {
            fields.put("scheduledYear", scheduled.intValue());
            JsonLog.warn("awards_schedule_of_another_year", fields);
            Map<String, Object> skipped = new LinkedHashMap<>();
            skipped.put("published", false);
            skipped.put("refusal", "the schedule is of " + scheduled.intValue() + ", not of the current campaign");
            return skipped;
        }
        PublishAwards.Outcome outcome;
        try {
            outcome = awards.publish(Actor.SCHEDULE, deadline);
        } catch (RefusedException e) {
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

    /** An organiser's publication: the job's run, taken up again by each of Lambda's retries. */
    private Map<String, Object> runJob(Map<String, Object> event, Deadline deadline) {
        String runId = String.valueOf(event.get("runId"));
        if (!(event.get("campaignYear") instanceof Number year)) {
            // The launcher always names the year; a job without one can't be told from another year's.
            throw new IllegalArgumentException("the publication job's event takes {\"job\": \"publication\", "
                    + "\"campaignYear\": year, \"runId\": ...}");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("job", JobKind.PUBLICATION.code());
        fields.put("campaignYear", year.intValue());
        fields.put("runId", runId);
        PublishAwards yearsAwards = awardsOf.apply(year.intValue());
        Jobs.Outcome outcome;
        try {
            outcome = jobsOf.apply(year.intValue()).run(JobKind.PUBLICATION, runId, (job, progress) -> {
                PublishAwards.Outcome published = yearsAwards.publish(job.startedBy(), deadline,
                        step -> progress.step(step, 0, 0));
                AwardsLog.published("api", published);
                int due = published.certificates().pending() + published.certificates().failed();
                if (due > 0 && job.attempts() < Jobs.MAX_ATTEMPTS) {
                    throw new IllegalStateException(due + " certificate letters are still due; the retry sends them");
                }
                Map<String, String> result = new LinkedHashMap<>();
                result.put("createdNow", Boolean.toString(published.createdNow()));
                result.put("sent", Integer.toString(published.certificates().sent()));
                result.put("certificates", Integer.toString(published.certificates().total()));
                return result;
            });
        } catch (RuntimeException e) {
            // The same line as a failed scheduled publication: the template's failed-publication filter and
            // its alarm count both (an attempt Lambda will retry counts too, as the schedule's does).
            JsonLog.error(FAILED, e, fields);
            throw e;
        }
        fields.put("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
        JsonLog.info("job_finished", fields);
        return new LinkedHashMap<>(Map.of("job", JobKind.PUBLICATION.code(), "outcome", fields.get("outcome")));
    }
}
