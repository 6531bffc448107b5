package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.intake.LimitReachedException;
import lv.praise.domain.RefusedException;

/** Builds HTTP answers; the single place where refusals become status codes. */
final class Responses {
    private Responses() {
    }

    /** An answer nobody keeps ({@link Caching#NOT_KEPT}): every refusal is one. */
    static APIGatewayV2HTTPResponse json(int status, Object body) {
        return json(status, body, Caching.NOT_KEPT.header());
    }

    /** @param cacheControl from {@link Caching}, the one place that decides it */
    static APIGatewayV2HTTPResponse json(int status, Object body, String cacheControl) {
        try {
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(status)
                    .withHeaders(Map.of(
                            "Content-Type", "application/json; charset=utf-8",
                            "Cache-Control", cacheControl,
                            "X-Content-Type-Options", "nosniff"))
                    .withBody(Json.MAPPER.writeValueAsString(body))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response could not be written as JSON", e);
        }
    }

    /**
     * A file: base64 in the event, as API Gateway expects binary bodies.
     *
     * @param caching {@link Caching}, the one place that decides how long it may be kept
     */
    static APIGatewayV2HTTPResponse file(String contentType, byte[] content, Caching caching,
                                         Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("Content-Type", contentType);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Cache-Control", caching.header());
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(200)
                .withHeaders(headers)
                .withBody(java.util.Base64.getEncoder().encodeToString(content))
                .withIsBase64Encoded(true)
                .build();
    }

    /** A text file, sent as text (not base64: a large file stays under the payload limit for longer). */
    static APIGatewayV2HTTPResponse text(String contentType, String content, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.putAll(extraHeaders);
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withHeaders(headers).withBody(content).build();
    }

    static APIGatewayV2HTTPResponse error(RefusedException e) {
        APIGatewayV2HTTPResponse response = json(status(e.code()), errorBody(e.code().code(), e.field(), e.getMessage()));
        if (e instanceof LimitReachedException limit) {
            Map<String, String> headers = new LinkedHashMap<>(response.getHeaders());
            headers.put("Retry-After", Long.toString(limit.retryAfterSeconds()));
            response.setHeaders(headers);
        }
        return response;
    }

    /** Says nothing about the cause: details go to the log, not to the caller. */
    static APIGatewayV2HTTPResponse internalError() {
        return json(500, errorBody("internal", null, "something went wrong on our side; please try again later"));
    }

    static int status(ErrorCode code) {
        return switch (code) {
            case INVALID, CONTROL_CHARACTER, MALFORMED_JSON, INVALID_TOKEN -> 400;
            case UNAUTHORIZED -> 401;
            case FORBIDDEN, EDGE_REQUIRED -> 403;
            case UNKNOWN_PARTICIPANT, NOT_FOUND -> 404;
            case NOT_OPEN_YET, CLOSED, ALREADY_PRAISED, NOT_CLOSED, NOT_PUBLISHED, PUBLICATION_UNFINISHED, ALREADY_EXISTS,
                 ALREADY_SUBMITTED, NOT_SUBMITTED, PUBLISHED -> 409;
            case TOKEN_EXPIRED, WITHDRAWN -> 410;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case REJECTED_ROWS -> 422;
            case LIMIT_REACHED -> 429;
            case MAIL_FAILED, NOT_CONFIGURED, SIGN_IN_UNAVAILABLE -> 503;
        };
    }

    private static Map<String, Object> errorBody(String code, String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("field", field);
        error.put("message", message);
        return Map.of("error", error);
    }
}
