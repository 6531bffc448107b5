package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.Jobs;
import lv.praise.domain.reports.SendReports;

/**
 * POST /api/admin/reports – "send every participant its report": after publication only (409 {@code
 * not_published}), records the job and starts the posters worker with {@code {"job":"reports"}}, answering 202 at
 * once; a second click while it runs joins that run. GET /api/admin/reports – where it is: the job, the letters'
 * counts per state, and each failure with its reason as a code. Both routes are this one function.
 */
public final class SendReportsHandler extends AdminHandler {
    /** The failures listed at most: a national campaign may have thousands without a contact; the counts say all. */
    static final int FAILURES_SHOWN = 200;
    private final SendReports reports;

    public SendReportsHandler() {
        this(Wiring.get().sendReports());
    }

    SendReportsHandler(SendReports reports) {
        this.reports = reports;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Organiser organiser = call.organiser();
        String method = event.getRequestContext() == null || event.getRequestContext().getHttp() == null
                ? "GET" : event.getRequestContext().getHttp().getMethod();
        if ("POST".equals(method)) {
            RequestBody.requireNone(event);
            Jobs.Started started = reports.start(organiser.actor());
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("job", JobKind.REPORTS.code());
            fields.put("runId", started.job().runId());
            fields.put("startedNow", started.startedNow());
            JsonLog.info("job_started", fields);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("startedNow", started.startedNow());
            body.putAll(status());
            return Responses.json(202, body);
        }
        return Responses.json(200, status());
    }

    private Map<String, Object> status() {
        SendReports.Status status = reports.status();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("job", status.job().map(job -> JobView.of(job, status.stalled())).orElse(null));
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("total", status.counts().total());
        counts.put("sent", status.counts().sent());
        counts.put("failed", status.counts().failed());
        counts.put("pending", status.counts().pending());
        counts.put("noContact", status.counts().noContact());
        body.put("counts", counts);
        List<Map<String, Object>> failures = status.failures().stream().limit(FAILURES_SHOWN).map(f -> {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("participantId", f.participantId());
            failure.put("state", f.state());
            failure.put("reason", f.reason());
            failure.put("attempts", f.attempts());
            return failure;
        }).toList();
        body.put("failures", failures);
        body.put("failuresTotal", status.failures().size());
        return body;
    }
}
