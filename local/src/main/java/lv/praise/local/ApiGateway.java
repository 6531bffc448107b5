package lv.praise.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What API Gateway's HTTP API does in front of the functions: match the route, refuse bodies over
 * its 10 MB limit, build the payload 2.0 event, invoke the function's handler, and turn its answer
 * into the HTTP response.
 */
final class ApiGateway implements HttpHandler {
    /** API Gateway's own limit on a request body. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    /**
     * Lambda's limit on a synchronous invocation's payload – the whole event as JSON, the body in it
     * escaped or base64-encoded – which API Gateway meets before the function runs: a body between
     * about 6 and 10 MB passes the gateway's own limit and is still refused.
     */
    static final int MAX_EVENT_BYTES = 6 * 1024 * 1024;
    /** How much of an over-long body is read and dropped so the client sees the 413 (then we hang up). */
    private static final long MAX_DISCARD_BYTES = 64L * 1024 * 1024;
    private static final Set<String> NOT_COPIED = Set.of("content-length", "transfer-encoding", "connection",
            "keep-alive", "date");

    /** What API Gateway's JWT authorizer answers when it refuses a token; the function is not called. */
    static final String UNAUTHORIZED_BODY = "{\"message\":\"Unauthorized\"}";

    private final ApiRoutes routes;
    private final Map<String, JwtAuthorizer> authorizers;
    private final Replies replies;
    private final Throttling throttling;
    private final CloudFrontOrigin edge;

    ApiGateway(ApiRoutes routes, Replies replies) {
        this(routes, Map.of(), replies);
    }

    ApiGateway(ApiRoutes routes, Map<String, JwtAuthorizer> authorizers, Replies replies) {
        this(routes, authorizers, Throttling.none(), replies);
    }

    ApiGateway(ApiRoutes routes, Map<String, JwtAuthorizer> authorizers, Throttling throttling, Replies replies) {
        this(routes, authorizers, throttling, replies, CloudFrontOrigin.bypassed());
    }

    /**
     * @param authorizers by name; every authorizer a route names must be here
     * @param edge        what CloudFront adds in front of this gateway ({@link CloudFrontOrigin#bypassed()}: a
     *                    direct call to the API's own address)
     */
    ApiGateway(ApiRoutes routes, Map<String, JwtAuthorizer> authorizers, Throttling throttling, Replies replies,
               CloudFrontOrigin edge) {
        for (ApiRoutes.Route route : routes.routes()) {
            if (route.authorizer() != null && !authorizers.containsKey(route.authorizer())) {
                throw new IllegalStateException("route " + route.routeKey() + " names the authorizer "
                        + route.authorizer() + ", which its HTTP API does not declare");
            }
        }
        this.routes = routes;
        this.authorizers = Map.copyOf(authorizers);
        this.throttling = throttling;
        this.replies = replies;
        this.edge = edge;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Instant received = Instant.now();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String rawPath = exchange.getRequestURI().getRawPath();
        String apiRequestId = LambdaEvents.newRequestId();
        exchange.getResponseHeaders().set("apigw-requestid", apiRequestId);
        ApiRoutes.Match match = routes.match(method, rawPath);
        if (match instanceof ApiRoutes.Found found) {
            invoke(exchange, found, apiRequestId, received);
        } else if (match instanceof ApiRoutes.WrongMethod wrong) {
            exchange.getResponseHeaders().set("Allow", String.join(", ", wrong.allowed()));
            replies.error(exchange, 405, "method_not_allowed", "method",
                    method + " is not allowed here; use " + String.join(" or ", wrong.allowed()));
        } else {
            replies.error(exchange, 404, "not_found", "path", "no route for " + method + " " + rawPath);
        }
    }

    private void invoke(HttpExchange exchange, ApiRoutes.Found found, String apiRequestId, Instant received)
            throws IOException {
        byte[] body = readBody(exchange);
        if (body == null) {
            exchange.getResponseHeaders().set("Connection", "close");
            replies.error(exchange, 413, "too_large", "body", "the request body is over API Gateway's limit of 10 MB");
            return;
        }
        ApiRoutes.Route route = found.route();
        if (!throttling.tryAcquire(route.routeKey())) {
            // Before the authorizer and the function, as in API Gateway: a throttled call costs nothing behind it.
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            replies.send(exchange, 429, Throttling.TOO_MANY_REQUESTS_BODY.getBytes(StandardCharsets.UTF_8));
            return;
        }
        ApiRoutes.Function function = route.function();
        IncomingRequest request = edge.toOrigin(IncomingRequest.of(exchange, body, received));
        APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizer = null;
        if (route.authorizer() != null) {
            JwtAuthorizer.Decision decision = authorizers.get(route.authorizer()).authorize(request);
            if (decision instanceof JwtAuthorizer.Refused refused) {
                unauthorized(exchange, route, refused);
                return;
            }
            authorizer = ((JwtAuthorizer.Allowed) decision).context();
        }
        APIGatewayV2HTTPEvent event = LambdaEvents.build(request, route.routeKey(), found.pathParameters(),
                apiRequestId, authorizer);
        // A body grows at most sixfold in the event (a control character written as a six-character escape): only a
        // body past a sixth of the limit is worth serialising to measure.
        if (body.length > MAX_EVENT_BYTES / 6 && LambdaEvents.size(event) > MAX_EVENT_BYTES) {
            exchange.getResponseHeaders().set("Connection", "close");
            replies.error(exchange, 413, "too_large", "body",
                    "the request is over Lambda's limit of 6 MB per invocation (the body as the function gets it)");
            return;
        }
        Context context = LocalContext.of(UUID.randomUUID().toString(), function.logicalId(),
                function.timeout(), function.memoryMb());
        long started = System.nanoTime();
        APIGatewayV2HTTPResponse response;
        try (RouteTag.Scope counted = RouteTag.open(route.routeKey())) {
            response = function.handler().handleRequest(event, context);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            // API Gateway answers 500 when a function fails; the details stay in the log.
            System.err.println("function " + function.logicalId() + " failed on " + route.routeKey() + ": " + e);
            e.printStackTrace();
            replies.internalError(exchange);
            return;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (took.compareTo(function.timeout()) > 0) {
            System.err.println("WARNING: " + function.logicalId() + " took " + took.toMillis() + " ms on "
                    + route.routeKey() + ", over its timeout of " + function.timeout().toSeconds()
                    + " s: in AWS it would have been stopped (503)");
        }
        write(exchange, function.logicalId(), response);
    }

    /** API Gateway's 401: a fixed body; the reason goes to the log and the WWW-Authenticate challenge only. */
    private void unauthorized(HttpExchange exchange, ApiRoutes.Route route, JwtAuthorizer.Refused refused) {
        System.err.println("401 on " + route.routeKey() + " (authorizer " + route.authorizer() + "): "
                + refused.reason());
        unauthorized(exchange, replies, refused);
    }

    static void unauthorized(HttpExchange exchange, Replies replies, JwtAuthorizer.Refused refused) {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        headers.set("WWW-Authenticate", refused.missing() ? "Bearer"
                : "Bearer error=\"invalid_token\", error_description=\"" + refused.reason().replace("\"", "'") + "\"");
        replies.send(exchange, 401, UNAUTHORIZED_BODY.getBytes(StandardCharsets.UTF_8));
    }

    private void write(HttpExchange exchange, String functionId, APIGatewayV2HTTPResponse response) {
        if (response == null || response.getStatusCode() < 100 || response.getStatusCode() > 599) {
            System.err.println("function " + functionId + " returned no valid response (status "
                    + (response == null ? "none" : response.getStatusCode()) + ")");
            replies.internalError(exchange);
            return;
        }
        byte[] body;
        try {
            String text = response.getBody() == null ? "" : response.getBody();
            body = response.getIsBase64Encoded() ? Base64.getDecoder().decode(text) : text.getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            System.err.println("function " + functionId + " returned isBase64Encoded with a body that is not base64");
            replies.internalError(exchange);
            return;
        }
        Headers out = exchange.getResponseHeaders();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, value) -> {
                if (value != null && !NOT_COPIED.contains(name.toLowerCase(Locale.ROOT))) {
                    out.set(name, value);
                }
            });
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((name, values) -> {
                if (values != null && !NOT_COPIED.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(v -> out.add(name, v));
                }
            });
        }
        if (response.getCookies() != null) {
            response.getCookies().forEach(cookie -> out.add("Set-Cookie", cookie));
        }
        replies.send(exchange, response.getStatusCode(), body);
    }

    /** The whole body, or null when it is over the limit (what was sent is read and dropped, up to a bound). */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        long length = -1;
        if (declared != null) {
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                length = -1;
            }
        }
        InputStream in = exchange.getRequestBody();
        if (length > MAX_BODY_BYTES) {
            if (length <= MAX_DISCARD_BYTES) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return null;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(length > 0 ? (int) length : 1024);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > MAX_BODY_BYTES) {
                if (total < MAX_DISCARD_BYTES) {
                    long left = MAX_DISCARD_BYTES - total;
                    while (left > 0 && (n = in.read(buffer)) > 0) {
                        left -= n;
                    }
                }
                return null;
            }
            body.write(buffer, 0, n);
        }
        return body.toByteArray();
    }
}
