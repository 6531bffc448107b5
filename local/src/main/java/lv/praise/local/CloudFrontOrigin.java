package lv.praise.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.praise.handler.EdgeOrigin;

/**
 * What CloudFront adds to a request it sends to the API origin (template.yaml): the origin secret (the API
 * origin's custom header) and the viewer's address (the viewer-request CloudFront Function) – each
 * replacing any header of that name the viewer sent, as CloudFront does. The local site's /api/* passes
 * through here; the gateway's direct address does not, as a call to the execute-api address would not.
 */
final class CloudFrontOrigin {
    private final String secret;

    private CloudFrontOrigin(String secret) {
        this.secret = secret;
    }

    /** CloudFront with the stack's origin secret (locally the run's own, DevSecrets). */
    static CloudFrontOrigin withSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the local CloudFront needs the functions' origin secret");
        }
        return new CloudFrontOrigin(secret);
    }

    /** No CloudFront: the request reaches the gateway as the caller sent it. */
    static CloudFrontOrigin bypassed() {
        return new CloudFrontOrigin(null);
    }

    /** The request as the API gets it: the viewer's address is the address of the connection that reached us. */
    IncomingRequest toOrigin(IncomingRequest viewer) {
        if (secret == null) {
            return viewer;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>(viewer.headers());
        headers.put(EdgeOrigin.ORIGIN_HEADER, List.of(secret));
        headers.put(EdgeOrigin.VIEWER_HEADER, List.of(viewer.sourceIp()));
        return new IncomingRequest(viewer.method(), viewer.rawPath(), viewer.rawQuery(), headers, viewer.body(),
                viewer.sourceIp(), viewer.protocol(), viewer.receivedAt());
    }
}
