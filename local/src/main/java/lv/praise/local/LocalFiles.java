package lv.praise.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import lv.praise.adapter.FolderPosterArchive;

/**
 * The local stand-in for presigned S3 GETs: {@code GET /_local/files/{key}?name=&expires=&signature=} streams
 * a file the workers left in the run's files folder, only with the signature {@link FolderPosterArchive}
 * made with this run's key and before its expiry (403 otherwise, as S3 answers a bad or expired link).
 */
final class LocalFiles implements HttpHandler {
    static final String PREFIX = "/_local/files/";
    private final Path root;
    private final byte[] signingKey;
    private final Replies replies;

    LocalFiles(Path root, String signingKey, Replies replies) {
        this.root = root.toAbsolutePath().normalize();
        this.signingKey = signingKey.getBytes(StandardCharsets.UTF_8);
        this.replies = replies;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equalsIgnoreCase(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "GET");
            replies.error(exchange, 405, "method_not_allowed", "method", "use GET");
            return;
        }
        String key = Percent.decodePath(exchange.getRequestURI().getRawPath().substring(PREFIX.length()));
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        long expires;
        try {
            expires = Long.parseLong(query.getOrDefault("expires", ""));
        } catch (NumberFormatException e) {
            replies.error(exchange, 403, "forbidden", "signature", "not a signed link");
            return;
        }
        String name = query.getOrDefault("name", "");
        String expected = FolderPosterArchive.signature(signingKey, key, name, expires);
        if (!FolderPosterArchive.same(expected, query.get("signature"))) {
            replies.error(exchange, 403, "forbidden", "signature", "the link's signature does not match");
            return;
        }
        if (Instant.now().getEpochSecond() >= expires) {
            replies.error(exchange, 403, "forbidden", "expires", "the link has expired; ask for a new one");
            return;
        }
        Path file;
        try {
            file = FolderPosterArchive.file(root, key);
        } catch (IllegalArgumentException e) {
            replies.error(exchange, 404, "not_found", "key", "no such file");
            return;
        }
        if (!Files.isRegularFile(file)) {
            replies.error(exchange, 404, "not_found", "key", "no such file (expired, or not built yet)");
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/zip");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (name.matches("[A-Za-z0-9._-]{1,100}")) {
            exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + name + "\"");
        }
        try (exchange; InputStream in = Files.newInputStream(file)) {
            exchange.sendResponseHeaders(200, Files.size(file));
            try (OutputStream out = exchange.getResponseBody()) {
                in.transferTo(out);
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
