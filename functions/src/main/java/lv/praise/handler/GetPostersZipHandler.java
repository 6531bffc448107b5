package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import lv.praise.Wiring;
import lv.praise.domain.posters.Posters;

/** GET /api/admin/posters – every participant's and branch's poster with its QR codes, as one ZIP (organisers). */
public final class GetPostersZipHandler extends AdminHandler {
    private final Posters posters;

    public GetPostersZipHandler() {
        this(Wiring.get().posters());
    }

    GetPostersZipHandler(Posters posters) {
        this.posters = posters;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Organiser organiser) {
        return GetPosterHandler.download("application/zip", posters.zip(), posters.zipFileName());
    }
}
