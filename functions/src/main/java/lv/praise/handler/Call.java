package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;

/**
 * One request as a handler sees it, the single argument of {@link ApiHandler#handle(Call)}: the event, the
 * invocation's context (its remaining time; null in some tests) and the caller {@link ApiHandler#authorize}
 * decided. A role's accessor ({@link #organiser()}...) is only asked by a handler of that role's base, whose
 * {@code authorize} has put it there.
 */
public record Call(APIGatewayV2HTTPEvent event, Context context, Caller caller) {

    AdminHandler.Organiser organiser() {
        return as(AdminHandler.Organiser.class);
    }

    EvaluatorHandler.Evaluator evaluator() {
        return as(EvaluatorHandler.Evaluator.class);
    }

    ParticipantHandler.Viewer viewer() {
        return as(ParticipantHandler.Viewer.class);
    }

    /** A path parameter ({@code {id}} of the route), or null. */
    String path(String name) {
        Map<String, String> values = event.getPathParameters();
        return values == null ? null : values.get(name);
    }


    private <T extends Caller> T as(Class<T> role) {
        if (!role.isInstance(caller)) {
            // A programming error (a handler asking a role its base does not authorize), never a caller's fault.
            throw new IllegalStateException("the route's caller is " + caller + ", not an " + role.getSimpleName());
        }
        return role.cast(caller);
    }
}
