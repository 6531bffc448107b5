package lv.praise.handler;

import java.util.Set;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.domain.posters.PosterFormat;
import lv.praise.domain.posters.Posters;

/**
 * GET /api/admin/posters/{participantId}[?branch=&format=pdf|png|svg] – one QR poster (PDF), or its QR
 * code alone, of a participant or one of its branches (organisers).
 */
public final class GetPosterHandler extends AdminHandler {
    private final Posters posters;

    public GetPosterHandler() {
        this(Wiring.get().posters());
    }

    GetPosterHandler(Posters posters) {
        this.posters = posters;
    }

    @Override
    protected Set<String> queryParameters() {
        return Set.of("branch", "format");
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Map<String, String> path = event.getPathParameters() == null ? Map.of() : event.getPathParameters();
        Map<String, String> query = event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters();
        PosterFormat format = PosterFormat.of(query.get("format"));
        Posters.PosterFile file = posters.download(path.get("participantId"), query.get("branch"), format);
        return download(file.contentType(), file.content(), file.fileName());
    }

    /**
     * An organiser's file: never cached on the way (CloudFront or a shared proxy would hand it to the
     * next caller without the authorizer), and always saved rather than shown.
     */
    static APIGatewayV2HTTPResponse download(String contentType, byte[] content, String fileName) {
        return Responses.file(contentType, content, Caching.PERSONAL,
                Map.of("Content-Disposition", "attachment; filename=\"" + fileName + "\""));
    }
}
