package lv.praise.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import lv.praise.testkit.SamTemplate;

/**
 * An HTTP API JWT authorizer of the template, as API Gateway runs it before a route's function: the
 * token from the identity source (with or without "Bearer "), checked by {@link LocalJwt} in place of
 * the Cognito issuer and audience of the template. A refusal is API Gateway's 401; a token that
 * passes gives the function {@code requestContext.authorizer.jwt}.
 */
final class JwtAuthorizer {
    static final String DEFAULT_IDENTITY_SOURCE = "$request.header.Authorization";
    private static final String HEADER_SOURCE = "$request.header.";

    /** The outcome: the context for the function, or why the token was refused. */
    sealed interface Decision permits Allowed, Refused {
    }

    record Allowed(APIGatewayV2HTTPEvent.RequestContext.Authorizer context, Map<String, Object> claims)
            implements Decision {
    }

    /** @param missing true when no token was sent at all (as opposed to a bad one) */
    record Refused(String reason, boolean missing) implements Decision {
    }

    private final String name;
    private final String header;
    private final LocalJwt jwt;
    private final String issuer;
    private final String audience;

    JwtAuthorizer(String name, String identityHeader, LocalJwt jwt) {
        this(name, identityHeader, jwt, LocalJwt.ISSUER, LocalJwt.AUDIENCE);
    }

    JwtAuthorizer(String name, String identityHeader, LocalJwt jwt, String issuer, String audience) {
        this.name = name;
        this.header = identityHeader.toLowerCase(Locale.ROOT);
        this.jwt = jwt;
        this.issuer = issuer;
        this.audience = audience;
    }

    /**
     * The local issuer and audience that stand for the user pool an authorizer's issuer names
     * ({@code .../${OrganiserPool}} or {@code .../${ParticipantPool}}): a token of one pool never passes the
     * other's authorizer, as in AWS.
     */
    static String[] localPool(String authorizer, Object issuer) {
        String text = issuer instanceof Map<?, ?> m && m.get("Fn::Sub") instanceof String s ? s : String.valueOf(issuer);
        if (text.endsWith("${ParticipantPool}")) {
            return new String[] {LocalJwt.PARTICIPANT_ISSUER, LocalJwt.PARTICIPANT_AUDIENCE};
        }
        // The organisers' pool, and any other issuer: the local run's development tokens, as before issue 18.
        return new String[] {LocalJwt.ISSUER, LocalJwt.AUDIENCE};
    }

    /** Every JWT authorizer the template's HTTP APIs declare, by name, each checking tokens with {@code jwt}. */
    static Map<String, JwtAuthorizer> fromTemplate(SamTemplate template, LocalJwt jwt) {
        Map<String, JwtAuthorizer> authorizers = new LinkedHashMap<>();
        template.httpApiAuthorizers().forEach((name, definition) -> {
            if (!definition.containsKey("JwtConfiguration")) {
                throw new IllegalStateException("authorizer " + name + " is not a JWT authorizer (no JwtConfiguration); "
                        + "the local run emulates JWT authorizers only");
            }
            Object source = definition.getOrDefault("IdentitySource", DEFAULT_IDENTITY_SOURCE);
            if (!(source instanceof String s) || !s.startsWith(HEADER_SOURCE) || s.length() == HEADER_SOURCE.length()) {
                throw new IllegalStateException("authorizer " + name + ": identity source " + source
                        + " is not emulated locally (only $request.header.<name>)");
            }
            Object configuration = definition.get("JwtConfiguration");
            Object issuer = configuration instanceof Map<?, ?> c ? c.get("issuer") : null;
            String[] pool = localPool(name, issuer);
            authorizers.put(name, new JwtAuthorizer(name, s.substring(HEADER_SOURCE.length()), jwt, pool[0], pool[1]));
        });
        return authorizers;
    }

    String name() {
        return name;
    }

    Decision authorize(IncomingRequest request) {
        String value = request.header(header);
        if (value == null || value.isBlank()) {
            return new Refused("no " + header + " header", true);
        }
        String token = value.strip();
        if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = token.substring(7).strip();
        }
        try {
            Map<String, Object> claims = jwt.verify(token, issuer, audience);
            // API Gateway fills scopes only for routes with authorization scopes; none are emulated, so null.
            APIGatewayV2HTTPEvent.RequestContext.Authorizer context = APIGatewayV2HTTPEvent.RequestContext.Authorizer
                    .builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                            .withClaims(LocalJwt.gatewayClaims(claims))
                            .withScopes(null)
                            .build())
                    .build();
            return new Allowed(context, claims);
        } catch (LocalJwt.InvalidToken e) {
            return new Refused(e.getMessage(), false);
        }
    }
}
