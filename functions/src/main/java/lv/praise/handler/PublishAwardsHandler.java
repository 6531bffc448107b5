package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.awards.Deadline;
import lv.praise.domain.awards.PublishAwards;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.Jobs;

/**
 * POST /api/admin/awards/publish – an organiser publishes the final results. The route checks what it can
 * check at once (the window closed, the site's address known: 409 / 503, nothing started), records the
 * publication job and starts the publication worker asynchronously, and answers 202 with the job; the
 * console follows it on GET /api/admin/awards/status. A second call while the job runs starts nothing and
 * answers the running job ({@code startedNow: false}); after success it starts a run that publishes
 * nothing new and only sends letters still due.
 */
public final class PublishAwardsHandler extends AdminHandler {
    private final PublishAwards awards;
    private final Jobs jobs;

    public PublishAwardsHandler() {
        this(Wiring.get().awardsReader(), Wiring.get().jobs());
    }

    PublishAwardsHandler(PublishAwards awards, Jobs jobs) {
        this.awards = awards;
        this.jobs = jobs;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Organiser organiser = call.organiser();
        RequestBody.requireNone(event);
        awards.requirePublishable();
        Jobs.Started started = jobs.start(JobKind.PUBLICATION, organiser.actor());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("job", JobKind.PUBLICATION.code());
        fields.put("runId", started.job().runId());
        fields.put("startedNow", started.startedNow());
        JsonLog.info("job_started", fields);
        return Responses.json(202, JobView.started(started, jobs));
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
    static final Duration MARGIN = Duration.ofSeconds(12);

    /** The publication's and the resend's deadline: {@link Deadline#leaving} with the letters' margin. */
    static Deadline deadline(com.amazonaws.services.lambda.runtime.Context context) {
        return Deadline.leaving(Remaining.of(context), MARGIN);
    }
}
