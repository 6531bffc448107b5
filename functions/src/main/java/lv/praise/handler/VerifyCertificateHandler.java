package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.domain.awards.Certificate;
import lv.praise.domain.awards.CertificateLookup;
import lv.praise.domain.awards.QualityMarkBadge;

/**
 * GET /api/certificates/{code} – is this a real certificate? Valid: who, which year, which rank;
 * unknown: 404 "not a valid certificate"; not even a code: 400.
 */
public final class VerifyCertificateHandler extends ApiHandler {
    private final CertificateLookup certificates;

    public VerifyCertificateHandler() {
        this(Wiring.get().certificateLookup());
    }

    VerifyCertificateHandler(CertificateLookup certificates) {
        this.certificates = certificates;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Certificate c = certificates.find(code(event));
        String base = "/api/certificates/" + c.code();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", true);
        body.put("code", c.code());
        body.put("campaignYear", c.campaignYear());
        body.put("participantId", c.participantId());
        body.put("participantName", c.participantName());
        body.put("rank", c.rank());
        body.put("topN", c.topN());
        body.put("category", c.category() == null ? null : c.category().code());
        body.put("qualityMarkTitle", c.qualityMarkTitle());
        body.put("issuedOn", c.issuedOn().toString());
        body.put("verificationUrl", c.verificationUrl());
        body.put("pdfUrl", base + "/pdf");
        body.put("badgeUrl", base + "/badge.svg");
        body.put("badgeHtml", QualityMarkBadge.embedHtml(c, origin(c.verificationUrl()) + base + "/badge.svg"));
        // A certificate is issued once and never changed; an unknown code (404) is never kept.
        return Responses.json(200, body, Caching.PUBLISHED.header());
    }

    static String code(APIGatewayV2HTTPEvent event) {
        return event.getPathParameters() == null ? null : event.getPathParameters().get("code");
    }

    /** The site's origin, so the snippet a participant pastes elsewhere points back here. */
    private static String origin(String verificationUrl) {
        int path = verificationUrl.indexOf('/', verificationUrl.indexOf("//") + 2);
        return path < 0 ? verificationUrl : verificationUrl.substring(0, path);
    }
}
