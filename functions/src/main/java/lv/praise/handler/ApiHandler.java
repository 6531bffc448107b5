package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.RefusedException;

/**
 * What every HTTP function does around its own work: refuse a request that did not come through
 * CloudFront (EdgeOrigin), turn refusals into 4xx answers, anything unexpected into a bare 500, and log
 * one line per request (route, status, time – no body), with the invocation's context (function,
 * request id, cold start, trace) on every line written meanwhile.
 */
public abstract class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final EdgeOrigin edge = EdgeOrigin.current();

    /**
     * The route's own work, the one entry point of every handler: runs after {@link #authorize} (the call
     * names its caller) and the query parameters' check.
     */
    protected abstract APIGatewayV2HTTPResponse handle(Call call);

    /**
     * The query parameters this route reads. Any other is refused (400 naming it), as an unknown body
     * field is: a misspelt or invented parameter is never silently ignored, nor an action done on it.
     */
    protected Set<String> queryParameters() {
        return Set.of();
    }

    /**
     * Decides who is calling, refusing a caller who may not use the route (401/403); anyone may, unless a role
     * base ({@link AdminHandler}, {@link EvaluatorHandler}, {@link ParticipantHandler}) says otherwise.
     */
    protected Caller authorize(APIGatewayV2HTTPEvent event) {
        return Caller.ANONYMOUS;
    }

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        try (JsonLog.Invocation ignored = JsonLog.invocation(context)) {
            return answer(event, context);
        }
    }

    private APIGatewayV2HTTPResponse answer(APIGatewayV2HTTPEvent event, Context context) {
        long started = System.nanoTime();
        APIGatewayV2HTTPResponse response;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("route", event == null ? null : event.getRouteKey());
        try {
            if (event == null) {
                throw new IllegalArgumentException("no event");
            }
            // First whether the request came through CloudFront at all (EdgeOrigin), then who is calling,
            // then what they sent: a stranger learns nothing of the route's input.
            edge.require(event);
            Caller caller = authorize(event);
            QueryParameters.requireOnly(event, queryParameters());
            response = handle(new Call(event, context, caller));
        } catch (RefusedException e) {
            response = Responses.error(e);
            fields.put("error", e.code().code());
            fields.put("field", e.field());
            if (response.getStatusCode() >= 500) {
                // Refused on our side (mail not sent, a setting missing): the log says why, as the answer does.
                fields.put("reason", e.getMessage());
            }
            if (e.getCause() != null) {
                fields.put("cause", e.getCause().getClass().getName());
            }
        } catch (RuntimeException e) {
            JsonLog.error("request_failed", e, fields);
            response = Responses.internalError();
        }
        fields.put("status", response.getStatusCode());
        fields.put("ms", (System.nanoTime() - started) / 1_000_000.0);
        JsonLog.info("request", fields);
        return response;
    }
}
