package lv.praise.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The static site from static-site/, as the S3 origin serves it behind CloudFront: "/" is
 * index.html, and – a convenience of the local run – "/praise" is praise.html. Nothing outside the
 * folder can be reached, nor any hidden file in it.
 */
final class StaticSite implements HttpHandler {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("map", "application/json; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("pdf", "application/pdf"));
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final Path root;
    private final Replies replies;

    StaticSite(Path root, Replies replies) {
        this.root = root.toAbsolutePath().normalize();
        this.replies = replies;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!replies.readOnly(exchange)) {
            return;
        }
        Optional<Path> file = resolve(exchange.getRequestURI().getRawPath());
        if (file.isEmpty()) {
            notFound(exchange);
            return;
        }
        Path path = file.get();
        String etag = "W/\"" + Files.size(path) + "-" + Files.getLastModifiedTime(path).toMillis() + "\"";
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType(path.getFileName().toString()));
        // The local run is for editing the site: the browser revalidates every file, and gets 304s.
        headers.set("Cache-Control", "no-cache");
        headers.set("ETag", etag);
        headers.set("Last-Modified", HTTP_DATE.format(Files.getLastModifiedTime(path).toInstant()));
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (ifNoneMatch != null && List.of(ifNoneMatch.split("\\s*,\\s*")).contains(etag)) {
            replies.send(exchange, 304, null);
            return;
        }
        replies.send(exchange, 200, Files.readAllBytes(path));
    }

    /** The file a request path names, if it is a readable file inside the site folder. */
    Optional<Path> resolve(String rawPath) {
        if (rawPath == null || !Files.isDirectory(root)) {
            return Optional.empty();
        }
        String path = Percent.decodePath(rawPath);
        if (path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.startsWith(".")) {
                return Optional.empty(); // "..", "." and hidden files alike
            }
            segments.add(segment);
        }
        try {
            Path candidate = root.resolve(String.join("/", segments)).normalize();
            if (!candidate.startsWith(root)) {
                return Optional.empty();
            }
            if (Files.isDirectory(candidate)) {
                candidate = candidate.resolve("index.html");
            } else if (!Files.exists(candidate) && !segments.isEmpty()
                    && !segments.get(segments.size() - 1).contains(".")) {
                candidate = candidate.resolveSibling(candidate.getFileName() + ".html");
            }
            if (!Files.isRegularFile(candidate) || !Files.isReadable(candidate)) {
                return Optional.empty();
            }
            Path real = candidate.toRealPath();
            return real.startsWith(root.toRealPath()) ? Optional.of(real) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private void notFound(HttpExchange exchange) {
        boolean missing = !Files.isDirectory(root);
        String message = missing
                ? "The static site folder " + root + " is missing, so there is no page to show. The API answers under /api/."
                : "There is no page at this address.";
        replies.html(exchange, 404, Html.page("Not found", "<h1>Not found</h1>\n<p>" + Html.escape(message)
                + "</p>\n<p><a href=\"/\">Home</a> · <a href=\"" + OutboxViewer.PREFIX + "/\">Outbox</a></p>"));
    }
}
