package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.domain.awards.CertificateLookup;
import lv.praise.domain.awards.QualityMarkBadge;

/** GET /api/certificates/{code}/badge.svg – the quality-mark badge participants embed, linking to its verification. */
public final class GetCertificateBadgeHandler extends ApiHandler {
    private final CertificateLookup certificates;

    public GetCertificateBadgeHandler() {
        this(Wiring.get().certificateLookup());
    }

    GetCertificateBadgeHandler(CertificateLookup certificates) {
        this.certificates = certificates;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        String svg = QualityMarkBadge.svg(certificates.find(VerifyCertificateHandler.code(event)));
        // Other sites embed it: it may be fetched from anywhere, and it needs no script of its own.
        return Responses.file("image/svg+xml; charset=utf-8", svg.getBytes(StandardCharsets.UTF_8), Caching.PUBLISHED,
                Map.of("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'",
                        "Cross-Origin-Resource-Policy", "cross-origin"));
    }
}
