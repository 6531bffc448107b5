package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import lv.praise.Wiring;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;
import lv.praise.domain.awards.PublicationStore;

/** GET /api/results/{year} – the published results of a campaign year (404 before publication). */
public final class GetResultsHandler extends ApiHandler {
    private final PublicationStore publications;

    public GetResultsHandler() {
        this(Wiring.get().publications());
    }

    GetResultsHandler(PublicationStore publications) {
        this.publications = publications;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        String text = call.path("year");
        int year = year(text);
        return publications.find(year)
                // Published once, never rewritten; the 404 before that is never kept, so publication shows at once.
                .map(p -> Responses.json(200, PublicationView.publicView(p), Caching.PUBLISHED.header()))
                .orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "year",
                        "no results have been published for " + year + " yet"));
    }

    static int year(String text) {
        if (text == null || !text.matches("\\d{4}")) {
            throw RefusedException.invalid("year", "year is a campaign year such as 2027");
        }
        int year = Integer.parseInt(text);
        if (year < 2004 || year > 2999) {
            throw RefusedException.invalid("year", "year is a campaign year from 2004 on");
        }
        return year;
    }
}
