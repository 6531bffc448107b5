package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import lv.praise.adapter.Settings;
import lv.praise.domain.SiteUrl;

/**
 * GET /api/console/config – public: how the organisers' console signs in. In AWS the Cognito hosted
 * UI's domain and the pool's app client (authorization code with PKCE, no secret); when either setting
 * is absent or is no real value (the local run has no Cognito), {@code {"auth":"local"}}: the console
 * then uses the local run's development login. With Cognito but no {@code SITE_URL} (a first deploy
 * without a domain) the pool's client has no callback URL yet, so the hosted UI could only fail: 503
 * not_configured until the stack is deployed again with SiteUrl.
 *
 * <p>Also {@code participants}: the participants' pool's endpoint and app client for the /my/ page's
 * passwordless sign-in (issue 18), {@code null} while either is unknown.
 */
public final class ConsoleConfigHandler extends ApiHandler {
    /** A Cognito hosted-UI domain or a custom domain: https, a host name, nothing after it. */
    private static final Pattern DOMAIN = Pattern.compile("https://[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\\d+)?");
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9]{1,128}");
    /** Cognito's regional endpoint, or (local run only) the local twin's path on the site's own origin. */
    private static final Pattern SIGNIN_ENDPOINT = Pattern.compile(
            "https://cognito-idp\\.[a-z0-9-]+\\.amazonaws\\.com/|/_local/cognito/");
    /** The local run's twin of Cognito, on the site's origin (so the page's connect-src 'self' covers it). */
    static final String LOCAL_SIGNIN_SETTING = "COGNITO_SIGNIN_PATH";

    private final Function<String, Optional<String>> settings;

    public ConsoleConfigHandler() {
        // The local twin's path is a local-only switch: inside Lambda the template's endpoint is the only one.
        this(name -> LOCAL_SIGNIN_SETTING.equals(name) ? Settings.localOnly(name) : Settings.optional(name));
    }

    ConsoleConfigHandler(Function<String, Optional<String>> settings) {
        this.settings = settings;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        Optional<String> domain = settings.apply("COGNITO_DOMAIN").filter(d -> DOMAIN.matcher(d).matches());
        Optional<String> clientId = settings.apply("COGNITO_CLIENT_ID").filter(c -> CLIENT_ID.matcher(c).matches());
        Map<String, Object> body = new LinkedHashMap<>();
        if (domain.isPresent() && clientId.isPresent()) {
            SiteUrl.of(settings.apply("SITE_URL").orElse(null)).require();
            body.put("auth", "cognito");
            body.put("domain", domain.get());
            body.put("clientId", clientId.get());
        } else {
            body.put("auth", "local");
        }
        // Issue 18: where the participants' page asks for its e-mailed code (docs/insight.md, Sign-in).
        Optional<String> endpoint = settings.apply(LOCAL_SIGNIN_SETTING)
                .or(() -> settings.apply("PARTICIPANT_SIGNIN_ENDPOINT"))
                .filter(e -> SIGNIN_ENDPOINT.matcher(e).matches());
        Optional<String> participantClient = settings.apply("PARTICIPANT_CLIENT_ID")
                .filter(c -> CLIENT_ID.matcher(c).matches());
        if (endpoint.isPresent() && participantClient.isPresent()) {
            Map<String, String> participants = new LinkedHashMap<>();
            participants.put("endpoint", endpoint.get());
            participants.put("clientId", participantClient.get());
            body.put("participants", participants);
        } else {
            body.put("participants", null);
        }
        return Responses.json(200, body);
    }
}
