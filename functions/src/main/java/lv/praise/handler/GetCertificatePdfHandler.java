package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.domain.awards.AwardLetter;
import lv.praise.domain.awards.Certificate;
import lv.praise.domain.awards.CertificateLookup;

/** GET /api/certificates/{code}/pdf – the certificate as a PDF download (the same as the e-mailed one). */
public final class GetCertificatePdfHandler extends ApiHandler {
    private final CertificateLookup certificates;

    public GetCertificatePdfHandler() {
        this(Wiring.get().certificateLookup());
    }

    GetCertificatePdfHandler(CertificateLookup certificates) {
        this.certificates = certificates;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Certificate c = certificates.find(VerifyCertificateHandler.code(event));
        return Responses.file("application/pdf", certificates.pdf(c), Caching.PUBLISHED,
                Map.of("Content-Disposition", "attachment; filename=\"" + AwardLetter.fileName(c) + "\""));
    }
}
