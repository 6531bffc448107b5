package lv.praise.testkit;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;

/** The sample events of events/, loaded fresh and varied for one test each. */
public final class Events {
    public static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The origin secret the API events of events/ carry in {@code x-praise-origin}, as CloudFront would
     * add the stack's own. The tests' JVMs get it as the setting ORIGIN_SECRET (functions/pom.xml, the
     * bench), so the sample events pass the handlers' edge check; a test of a refusal takes it away.
     */
    /** The organiser's Cognito sub in the admin events of ../events (their e-mail claim is organiser@example.lv). */
    public static final String ORGANISER_SUB = "5f0c2a7e-3b1d-4c8e-9a6f-2d4b8e1c7a90";
    public static final String ORIGIN_SECRET = "sample-origin-secret-of-the-events-only-0123456789";

    private Events() {
    }

    public static APIGatewayV2HTTPEvent load(String name) {
        return EventLoader.loadApiGatewayHttpEvent("../events/" + name);
    }

    /** The sample event as API Gateway would pass it without a token (no authorizer context). */
    public static APIGatewayV2HTTPEvent anonymous(String name) {
        APIGatewayV2HTTPEvent event = load(name);
        event.getRequestContext().setAuthorizer(null);
        return event;
    }

    /** The sample event with a valid token of someone outside the organisers' group. */
    public static APIGatewayV2HTTPEvent outsider(String name) {
        APIGatewayV2HTTPEvent event = load(name);
        event.getRequestContext().getAuthorizer().getJwt().setClaims(java.util.Map.of("sub", "x",
                "email", "a@example.lv", "cognito:groups", "[editors]"));
        return event;
    }

    /** The sample event as CloudFront sends it for this viewer address (its {@code x-praise-viewer-address}). */
    public static APIGatewayV2HTTPEvent fromViewer(APIGatewayV2HTTPEvent event, String viewerAddress) {
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>(event.getHeaders());
        headers.put("x-praise-viewer-address", viewerAddress);
        event.setHeaders(headers);
        return event;
    }

    /** The sample event with its origin header changed (null: without it), as a direct call would send it. */
    public static APIGatewayV2HTTPEvent withOriginHeader(APIGatewayV2HTTPEvent event, String value) {
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>(event.getHeaders());
        if (value == null) {
            headers.remove("x-praise-origin");
        } else {
            headers.put("x-praise-origin", value);
        }
        event.setHeaders(headers);
        return event;
    }

    /** The sample event with its JSON body changed by {@code change}. */
    public static APIGatewayV2HTTPEvent withBody(String name, Consumer<ObjectNode> change) {
        APIGatewayV2HTTPEvent event = load(name);
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(event.getBody());
            change.accept(body);
            event.setBody(JSON.writeValueAsString(body));
            return event;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode body(com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }
}
