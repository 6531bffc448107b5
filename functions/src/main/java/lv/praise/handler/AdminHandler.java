package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Actor;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;

/**
 * An organisers' route. API Gateway's JWT authorizer has already checked the token; the handler
 * checks the group claim again, so a route mistakenly left without the authorizer is still closed.
 */
public abstract class AdminHandler extends ApiHandler {
    /** The Cognito group of organisers, as template.yaml names it. */
    public static final String ORGANISERS = "organisers";

    /**
     * Who is acting, for the record: the token's immutable {@code sub} (an e-mail can be changed or reused, a
     * {@code sub} never), with its {@code email} claim beside it for reading.
     */
    protected record Organiser(Actor actor) implements Caller {
    }

    /** The caller is an organiser: the claims are there and name the organisers' group. */
    @Override
    protected final Organiser authorize(APIGatewayV2HTTPEvent event) {
        Map<String, String> claims = claims(event);
        if (claims == null || claims.isEmpty()) {
            throw new RefusedException(ErrorCode.UNAUTHORIZED, "authorization", "sign in as an organiser");
        }
        if (!groups(claims.get("cognito:groups")).contains(ORGANISERS)) {
            throw new RefusedException(ErrorCode.FORBIDDEN, "authorization", "this needs the organiser role");
        }
        return new Organiser(actor(claims));
    }

    /** The sub; a token without one (none from Cognito or the local run) falls back to its user name or e-mail. */
    static Actor actor(Map<String, String> claims) {
        String email = claims.get("email");
        String id = firstPresent(claims.get("sub"), claims.get("cognito:username"), email);
        return new Actor(id == null ? "unknown" : id, email);
    }

    private static String firstPresent(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static Map<String, String> claims(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        if (context == null || context.getAuthorizer() == null || context.getAuthorizer().getJwt() == null) {
            return null;
        }
        return context.getAuthorizer().getJwt().getClaims();
    }

    /** API Gateway passes a list claim as "[a b]"; a JSON array or a comma list is read as well. */
    static List<String> groups(String claim) {
        if (claim == null) {
            return List.of();
        }
        String bare = claim.replace("[", "").replace("]", "").replace("\"", "");
        return Arrays.stream(bare.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }
}
