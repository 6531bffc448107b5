package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;
import java.util.function.IntSupplier;
import lv.praise.domain.Actor;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;
import lv.praise.domain.contacts.ParticipantAccess;

/**
 * A route of one participant's own view (issue 18, docs/insight.md), {@code .../participants/{id}/...}. The same
 * function answers two routes: under {@code /api/my/} API Gateway's {@code ParticipantAuthorizer} has checked a
 * token of the participants' user pool, and the caller must be a contact of {@code id}
 * ({@link ParticipantAccess}); under {@code /api/admin/} the {@code OrganiserAuthorizer} has checked an organisers'
 * pool token, and the caller must be in the organisers' group (they may open any participant's view). A token of
 * one pool can't reach the other's route, so the path tells which rule applies.
 */
public abstract class ParticipantHandler extends ApiHandler {
    /** Who is looking: an organiser, or a contact (its lower-case address, where digests and reports go). */
    protected record Viewer(Actor actor, String participantId, int campaignYear, boolean organiser, String email)
            implements Caller {
    }

    private final ParticipantAccess access;
    private final IntSupplier campaignYear;

    protected ParticipantHandler(ParticipantAccess access, IntSupplier campaignYear) {
        this.access = access;
        this.campaignYear = campaignYear;
    }

    /**
     * The caller: an organiser on the organisers' route, else a contact of the participant the path names (a
     * stranger is refused here, before the route's input is read).
     */
    @Override
    protected final Viewer authorize(APIGatewayV2HTTPEvent event) {
        Map<String, String> claims = claims(event);
        if (claims == null || claims.isEmpty()) {
            throw new RefusedException(ErrorCode.UNAUTHORIZED, "authorization", "sign in");
        }
        if (organisersRoute(event)) {
            if (!AdminHandler.groups(claims.get("cognito:groups")).contains(AdminHandler.ORGANISERS)) {
                throw new RefusedException(ErrorCode.FORBIDDEN, "authorization", "this needs the organiser role");
            }
        } else if (claims.get("email") == null || claims.get("email").isBlank()) {
            throw new RefusedException(ErrorCode.FORBIDDEN, "authorization", "the token names no e-mail address");
        } else if (!"true".equals(claims.get("email_verified"))) {
            // An address its owner has not confirmed (an attribute changed with the contact's own token) is nobody's.
            throw new RefusedException(ErrorCode.FORBIDDEN, "authorization", "the token's e-mail address is not verified");
        }
        String id = event.getPathParameters() == null ? null : event.getPathParameters().get("id");
        // One year for the whole request: the current campaign may change between two reads of it.
        int year = campaignYear.getAsInt();
        Actor actor = AdminHandler.actor(claims);
        if (organisersRoute(event)) {
            ParticipantAccess.requireId(id);
            return new Viewer(actor, id, year, true, null);
        }
        String email = claims.get("email").strip().toLowerCase(java.util.Locale.ROOT);
        access.requireContact(year, id, email);
        return new Viewer(actor, id, year, false, email);
    }

    private static boolean organisersRoute(APIGatewayV2HTTPEvent event) {
        String path = event.getRawPath();
        return path != null && path.startsWith("/api/admin/");
    }

    private static Map<String, String> claims(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        if (context == null || context.getAuthorizer() == null || context.getAuthorizer().getJwt() == null) {
            return null;
        }
        return context.getAuthorizer().getJwt().getClaims();
    }
}
