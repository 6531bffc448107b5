package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.domain.awards.PublishAwards;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.Jobs;

/**
 * GET /api/admin/awards/status – where the awards stand: published or not, and each certificate
 * letter's state (sent / failed / pending / no contact), and the publication job's state and step (null
 * before the first start), which the console polls for progress.
 */
public final class AwardsStatusHandler extends AdminHandler {
    private final PublishAwards awards;
    private final Jobs jobs;

    public AwardsStatusHandler() {
        this(Wiring.get().awardsReader(), Wiring.get().jobsReader());
    }

    AwardsStatusHandler(PublishAwards awards, Jobs jobs) {
        this.awards = awards;
        this.jobs = jobs;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        PublishAwards.Status status = awards.status();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", status.state().code());
        body.put("published", status.publication().isPresent());
        body.put("publishedAt", status.publication().map(p -> p.publishedAt().toString()).orElse(null));
        body.put("publishedBy", status.publication().map(p -> p.publishedBy().id()).orElse(null));
        body.put("publishedByEmail", status.publication().map(p -> p.publishedBy().email()).orElse(null));
        body.put("inputDigest", status.publication().map(p -> p.inputDigest()).orElse(null));
        body.put("job", jobs.find(JobKind.PUBLICATION).map(job -> JobView.of(job, jobs.stalled(job))).orElse(null));
        // Out of the record's places: a total that doesn't grow while the awards are created and sent.
        body.put("certificates", PublicationView.certificates(status.publication()
                .map(p -> status.certificates().outOf(p.top().size())).orElse(status.certificates())));
        body.put("awards", PublicationView.awards(status.awards()));
        return Responses.json(200, body);
    }
}
