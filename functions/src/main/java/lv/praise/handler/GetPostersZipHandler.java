package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import lv.praise.Wiring;
import lv.praise.domain.jobs.Job;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.Jobs;
import lv.praise.domain.posters.PosterArchive;
import lv.praise.domain.posters.Posters;

/**
 * GET /api/admin/posters – the campaign's posters ZIP: where its build stands (the job, null before the
 * first {@code POST /api/admin/posters}) and, once built, a link that downloads it for a few minutes
 * (a presigned S3 GET; locally a signed link of the local server). The console polls it while building.
 */
public final class GetPostersZipHandler extends AdminHandler {
    private final Posters posters;
    private final Jobs jobs;
    private final PosterArchive archive;
    private final Clock clock;

    public GetPostersZipHandler() {
        this(Wiring.get().posters(), Wiring.get().jobsReader(), Wiring.get().posterArchive(), Clock.systemUTC());
    }

    GetPostersZipHandler(Posters posters, Jobs jobs, PosterArchive archive, Clock clock) {
        this.posters = posters;
        this.jobs = jobs;
        this.archive = archive;
        this.clock = clock;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        Optional<Job> build = jobs.find(JobKind.POSTERS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("job", build.map(job -> JobView.of(job, jobs.stalled(job))).orElse(null));
        Map<String, Object> download = build.flatMap(job -> posters.downloadLink(job, archive, clock.instant()))
                .map(link -> {
                    Map<String, Object> d = new LinkedHashMap<>();
                    d.put("url", link.url());
                    d.put("expiresAt", link.expiresAt().toString());
                    d.put("fileName", build.get().result().get("fileName"));
                    d.put("posters", Integer.parseInt(build.get().result().getOrDefault("posters", "0")));
                    d.put("builtAt", build.get().updatedAt().toString());
                    return d;
                }).orElse(null);
        body.put("download", download);
        return Responses.json(200, body);
    }
}
