package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import lv.praise.adapter.Settings;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;

/**
 * The API is reached only through CloudFront. CloudFront adds two headers to every request it sends to
 * the API (template.yaml): {@value #ORIGIN_HEADER}, the stack's generated origin secret (an origin custom
 * header, which overwrites any header of that name a viewer sends), and {@value #VIEWER_HEADER}, the
 * viewer's address (set by the viewer-request CloudFront Function, which overwrites a viewer's own).
 * A request without the right secret did not come through CloudFront – a direct call to the HTTP API – so
 * it is refused, and nothing it says about its viewer is believed. The local run plays CloudFront and adds
 * both headers the same way (local/ LocalServer).
 */
public final class EdgeOrigin {
    /** The origin custom header of the distribution's API origin; API Gateway passes header names in lower case. */
    public static final String ORIGIN_HEADER = "x-praise-origin";
    /** The header the CloudFront Function sets to the viewer's address (an IPv4 or IPv6 literal, no port). */
    public static final String VIEWER_HEADER = "x-praise-viewer-address";
    /** The setting holding the secret: the functions' environment, from the template's OriginSecret. */
    public static final String SECRET_SETTING = "ORIGIN_SECRET";
    static final int MIN_SECRET_LENGTH = 32;

    private final byte[] secret;

    EdgeOrigin(String secret) {
        this.secret = secret == null || secret.strip().length() < MIN_SECRET_LENGTH ? null
                : secret.strip().getBytes(StandardCharsets.UTF_8);
    }

    /** Read once per container, like the SDK clients: the secret changes only with a deploy. */
    static EdgeOrigin current() {
        return Current.INSTANCE;
    }

    private static final class Current {
        static final EdgeOrigin INSTANCE = new EdgeOrigin(Settings.optional(SECRET_SETTING).orElse(null));
    }

    /**
     * Refuses a request that did not come through CloudFront: 403 {@code edge_required}. Without a secret
     * of its own the function refuses every request (503 {@code not_configured}): it can't tell.
     */
    void require(APIGatewayV2HTTPEvent event) {
        if (secret == null) {
            throw new RefusedException(ErrorCode.NOT_CONFIGURED, null,
                    SECRET_SETTING + " is not set (or shorter than " + MIN_SECRET_LENGTH + " characters): no request can be trusted");
        }
        String sent = header(event, ORIGIN_HEADER);
        // Compared in constant time: the time of a refusal says nothing about how much of a guess was right.
        if (sent == null || !MessageDigest.isEqual(secret, sent.getBytes(StandardCharsets.UTF_8))) {
            throw new RefusedException(ErrorCode.EDGE_REQUIRED, "origin", "this API answers only through the site's address");
        }
    }

    /**
     * The viewer's address as CloudFront saw it, or null. Believed only because {@link #require} let the
     * request in: every API handler runs after it (ApiHandler).
     */
    static String viewerIpAddress(APIGatewayV2HTTPEvent event) {
        return header(event, VIEWER_HEADER);
    }

    private static String header(APIGatewayV2HTTPEvent event, String name) {
        Map<String, String> headers = event.getHeaders();
        return headers == null ? null : headers.get(name);
    }
}
