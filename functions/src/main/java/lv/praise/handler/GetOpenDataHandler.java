package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.domain.awards.OpenData;
import lv.praise.domain.awards.PublishedOpenData;

/**
 * GET /api/results/{year}/open-data – the published results' input lines (docs/awards.md, "The open-data
 * file"): the exact text whose SHA-256 is the results' inputDigest. Immutable once published, so cached
 * for a year (CloudFront too: the route has a cache behaviour of its own in template.yaml).
 */
public final class GetOpenDataHandler extends ApiHandler {
    private final PublishedOpenData openData;

    public GetOpenDataHandler() {
        this(new PublishedOpenData(Wiring.get().publications()));
    }

    GetOpenDataHandler(PublishedOpenData openData) {
        this.openData = openData;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        String text = call.path("year");
        OpenData data = openData.find(GetResultsHandler.year(text));
        return Responses.text("text/plain; charset=utf-8", data.text(), Map.of(
                "Cache-Control", Caching.FIXED_BY_DIGEST.header(),
                "Content-Disposition", "inline; filename=\"praise-" + data.campaignYear() + "-open-data.tsv\"",
                "ETag", "\"" + data.inputDigest() + "\""));
    }
}
