package lv.praise.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends every answer of the server: adds the CloudFront headers for the path, leaves the body out
 * where HTTP has none (HEAD, 204, 304), and closes the exchange.
 */
final class Replies {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String JSON_TYPE = "application/json; charset=utf-8";
    static final String HTML_TYPE = "text/html; charset=utf-8";

    private final CloudFrontHeaders cloudFront;

    Replies(CloudFrontHeaders cloudFront) {
        this.cloudFront = cloudFront;
    }

    void send(HttpExchange exchange, int status, byte[] body) {
        try (exchange) {
            cloudFront.apply(exchange.getRequestURI().getRawPath(), exchange.getResponseHeaders());
            boolean bodiless = "HEAD".equalsIgnoreCase(exchange.getRequestMethod())
                    || status == 204 || status == 304 || status < 200;
            if (bodiless || body == null || body.length == 0) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // The client went away; nothing to tell it.
        }
    }

    void json(HttpExchange exchange, int status, Object body) {
        exchange.getResponseHeaders().set("Content-Type", JSON_TYPE);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        try {
            send(exchange, status, JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer could not be written as JSON", e);
        }
    }

    /** An error in the API's own shape: {"error":{"code","field","message"}}. */
    void error(HttpExchange exchange, int status, String code, String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("field", field);
        error.put("message", message);
        json(exchange, status, Map.of("error", error));
    }

    void internalError(HttpExchange exchange) {
        error(exchange, 500, "internal", null, "something went wrong on our side; please try again later");
    }

    void html(HttpExchange exchange, int status, String html) {
        exchange.getResponseHeaders().set("Content-Type", HTML_TYPE);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        send(exchange, status, html.getBytes(StandardCharsets.UTF_8));
    }

    void text(HttpExchange exchange, int status, String text) {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        send(exchange, status, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers 405 to anything but GET and HEAD; true when the request may go on. */
    boolean readOnly(HttpExchange exchange) {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        if (method.equals("GET") || method.equals("HEAD")) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        text(exchange, 405, "405 Method Not Allowed\n");
        return false;
    }
}
