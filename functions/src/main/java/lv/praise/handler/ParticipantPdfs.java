package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import lv.praise.domain.Lang;
import lv.praise.domain.RefusedException;
import lv.praise.domain.reports.Reports;

/** What the report and praise-card routes share: the {@code lang} they print in, and the download. */
final class ParticipantPdfs {
    private ParticipantPdfs() {
    }

    /** {@code lang}: lv (the default) or en; anything else 400 naming {@code lang}. */
    static Lang lang(APIGatewayV2HTTPEvent event) {
        String code = QueryParameters.of(event).text("lang");
        if (code == null) {
            return Lang.LV;
        }
        return switch (code) {
            case "lv" -> Lang.LV;
            case "en" -> Lang.EN;
            default -> throw RefusedException.invalid("lang", "lang must be lv or en");
        };
    }

    /**
     * The PDF to save: a participant's own figures, so never kept on the way or by the browser (a shared proxy
     * or CloudFront would hand it to the next caller without the authorizer).
     */
    static APIGatewayV2HTTPResponse download(Reports.Pdf pdf) {
        return Responses.file("application/pdf", pdf.content(), Caching.PERSONAL,
                Map.of("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\""));
    }
}
