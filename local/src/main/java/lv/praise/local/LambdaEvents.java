package lv.praise.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import lv.praise.handler.StrictUtf8;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the event API Gateway's HTTP API hands a Lambda function (payload format version 2.0)
 * from a request: the same fields, encoded the same way.
 */
final class LambdaEvents {
    static final String STAGE = "$default";
    static final String API_ID = "local";
    static final String ACCOUNT_ID = "000000000000";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private LambdaEvents() {
    }

    static APIGatewayV2HTTPEvent build(IncomingRequest request, String routeKey, Map<String, String> pathParameters,
                                       String requestId) {
        return build(request, routeKey, pathParameters, requestId, null);
    }

    /** @param authorizer what the route's authorizer found (its JWT claims), or null on a route without one */
    static APIGatewayV2HTTPEvent build(IncomingRequest request, String routeKey, Map<String, String> pathParameters,
                                       String requestId, APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizer) {
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        request.headers().forEach((name, values) -> {
            if (name.equals("cookie")) {
                // Format 2.0 moves cookies out of the headers into their own list, one entry per cookie.
                for (String value : values) {
                    for (String cookie : value.split(";")) {
                        if (!cookie.isBlank()) {
                            cookies.add(cookie.strip());
                        }
                    }
                }
            } else {
                headers.put(name, String.join(",", values));
            }
        });
        String host = request.header("host");
        String domain = host == null ? "localhost" : host.replaceFirst(":\\d+$", "");
        headers.putIfAbsent("x-forwarded-for", request.sourceIp());
        headers.putIfAbsent("x-forwarded-proto", "http");
        if (host != null && host.matches(".*:\\d+$")) {
            headers.putIfAbsent("x-forwarded-port", host.substring(host.lastIndexOf(':') + 1));
        }

        APIGatewayV2HTTPEvent.RequestContext context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withAccountId(ACCOUNT_ID)
                .withApiId(API_ID)
                .withDomainName(domain)
                .withDomainPrefix(domain.contains(".") ? domain.substring(0, domain.indexOf('.')) : domain)
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                        .withMethod(request.method())
                        .withPath(request.rawPath())
                        .withProtocol(request.protocol())
                        .withSourceIp(request.sourceIp())
                        .withUserAgent(request.header("user-agent"))
                        .build())
                .withAuthorizer(authorizer)
                .withRequestId(requestId)
                .withRouteKey(routeKey)
                .withStage(STAGE)
                .withTime(TIME.format(request.receivedAt()))
                .withTimeEpoch(request.receivedAt().toEpochMilli())
                .build();

        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(routeKey)
                .withRawPath(request.rawPath())
                .withRawQueryString(request.rawQuery())
                .withCookies(cookies.isEmpty() ? null : cookies)
                .withHeaders(headers)
                .withQueryStringParameters(queryParameters(request.rawQuery()))
                .withPathParameters(pathParameters == null || pathParameters.isEmpty() ? null : pathParameters)
                .withRequestContext(context)
                .build();
        byte[] body = request.body();
        if (body.length > 0) {
            String text = textual(request.header("content-type")) ? utf8(body) : null;
            event.setBody(text != null ? text : Base64.getEncoder().encodeToString(body));
            event.setIsBase64Encoded(text == null);
        }
        return event;
    }

    /** The event's size as Lambda counts it: its JSON's bytes. */
    static long size(APIGatewayV2HTTPEvent event) {
        try {
            return Replies.JSON.writeValueAsBytes(event).length;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the event could not be written as JSON", e);
        }
    }

    /** Decoded names and values; a repeated name gets its values joined with commas; null when none. */
    static Map<String, String> queryParameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = Percent.decodeQuery(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : Percent.decodeQuery(pair.substring(eq + 1));
            parameters.merge(name, value, (a, b) -> a + "," + b);
        }
        return parameters.isEmpty() ? null : parameters;
    }

    /** Content types whose bodies API Gateway passes as text (when they are valid UTF-8). */
    static boolean textual(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.startsWith("text/")
                || type.equals("application/json") || type.endsWith("+json")
                || type.equals("application/xml") || type.endsWith("+xml")
                || type.equals("application/x-www-form-urlencoded")
                || type.equals("application/javascript");
    }

    /** An id like API Gateway's ("JKJaXmPLvHcESHA="). */
    static String newRequestId() {
        byte[] id = new byte[10];
        RANDOM.nextBytes(id);
        return Base64.getEncoder().encodeToString(id);
    }

    private static String utf8(byte[] bytes) {
        return StrictUtf8.decode(bytes).orElse(null);
    }
}
