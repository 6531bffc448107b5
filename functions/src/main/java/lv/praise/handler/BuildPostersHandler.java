package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.SiteUrl;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.Jobs;

/**
 * POST /api/admin/posters – starts building the campaign's posters ZIP in the posters worker and answers
 * 202 with the job at once (a second call while it builds answers the same job and starts nothing); the
 * console follows it, and downloads the ZIP, through GET /api/admin/posters. 503 {@code not_configured}
 * while the site has no address (the QR codes would point nowhere).
 */
public final class BuildPostersHandler extends AdminHandler {
    private final Jobs jobs;
    private final SiteUrl siteUrl;

    public BuildPostersHandler() {
        this(Wiring.get().jobs(), Wiring.get().siteAddress());
    }

    BuildPostersHandler(Jobs jobs, SiteUrl siteUrl) {
        this.jobs = jobs;
        this.siteUrl = siteUrl;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Organiser organiser = call.organiser();
        RequestBody.requireNone(event);
        siteUrl.require();
        Jobs.Started started = jobs.start(JobKind.POSTERS, organiser.actor());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("job", JobKind.POSTERS.code());
        fields.put("runId", started.job().runId());
        fields.put("startedNow", started.startedNow());
        JsonLog.info("job_started", fields);
        return Responses.json(202, JobView.started(started, jobs));
    }
}
