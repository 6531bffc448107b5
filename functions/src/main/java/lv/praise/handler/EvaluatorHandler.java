package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Locale;
import java.util.Map;
import lv.praise.domain.Actor;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;

/**
 * An evaluators' route (issue 17). API Gateway's JWT authorizer has checked the token; the handler checks the
 * group claim again – {@value #EVALUATORS}, in the organisers' user pool – and takes the caller's identity from
 * the token's {@code email}: an evaluator sees and submits only visits planned for that address.
 */
public abstract class EvaluatorHandler extends ApiHandler {
    /** The Cognito group of evaluators, as template.yaml names it. */
    public static final String EVALUATORS = "evaluators";

    /** The caller: the account (for the record) and the lower-case address their visits are planned for. */
    protected record Evaluator(Actor actor, String email) implements Caller {
    }

    @Override
    protected final Evaluator authorize(APIGatewayV2HTTPEvent event) {
        Map<String, String> claims = claims(event);
        if (claims == null || claims.isEmpty()) {
            throw new RefusedException(ErrorCode.UNAUTHORIZED, "authorization", "sign in as an evaluator");
        }
        if (!AdminHandler.groups(claims.get("cognito:groups")).contains(EVALUATORS)) {
            throw new RefusedException(ErrorCode.FORBIDDEN, "authorization", "this needs the evaluator role");
        }
        String email = claims.get("email");
        if (email == null || email.isBlank()) {
            throw new RefusedException(ErrorCode.FORBIDDEN, "authorization", "the token names no e-mail address");
        }
        return new Evaluator(AdminHandler.actor(claims), email.strip().toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> claims(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        if (context == null || context.getAuthorizer() == null || context.getAuthorizer().getJwt() == null) {
            return null;
        }
        return context.getAuthorizer().getJwt().getClaims();
    }
}
