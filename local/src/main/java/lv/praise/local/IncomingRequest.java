package lv.praise.local;

import com.sun.net.httpserver.HttpExchange;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP request as it reached the server: what API Gateway builds its event from.
 *
 * @param rawPath  the path as sent, still percent-encoded
 * @param rawQuery the query as sent, without '?', "" when none
 * @param headers  lower-case names, values in the order received
 */
record IncomingRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                       byte[] body, String sourceIp, String protocol, Instant receivedAt) {

    IncomingRequest {
        Map<String, List<String>> lower = new LinkedHashMap<>();
        headers.forEach((name, values) -> lower.computeIfAbsent(name.toLowerCase(Locale.ROOT),
                n -> new java.util.ArrayList<>()).addAll(values));
        lower.replaceAll((name, values) -> List.copyOf(values));
        headers = java.util.Collections.unmodifiableMap(lower);
        rawQuery = rawQuery == null ? "" : rawQuery;
        body = body == null ? new byte[0] : body;
    }

    static IncomingRequest of(HttpExchange exchange, byte[] body, Instant receivedAt) {
        String rawPath = exchange.getRequestURI().getRawPath();
        return new IncomingRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                rawPath == null || rawPath.isEmpty() ? "/" : rawPath,
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(),
                body,
                exchange.getRemoteAddress().getAddress().getHostAddress(),
                exchange.getProtocol(),
                receivedAt);
    }

    /** All values of a header joined with commas (as API Gateway does), or null. */
    String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }
}
