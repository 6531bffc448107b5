package lv.praise.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/** Sends each request where CloudFront would: /api/* to the HTTP API, the rest to the site; plus the outbox. */
final class SiteRouter implements HttpHandler {
    private final HttpHandler api;
    private final HttpHandler outbox;
    private final HttpHandler site;
    private final Replies replies;

    SiteRouter(HttpHandler api, HttpHandler outbox, HttpHandler site, Replies replies) {
        this.api = api;
        this.outbox = outbox;
        this.site = site;
        this.replies = replies;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            String path = exchange.getRequestURI().getRawPath();
            if (path != null && path.startsWith("/api/")) {
                api.handle(exchange);
            } else if (path != null && (path.equals(OutboxViewer.PREFIX) || path.startsWith(OutboxViewer.PREFIX + "/"))) {
                outbox.handle(exchange);
            } else {
                site.handle(exchange);
            }
        } catch (Exception | LinkageError | AssertionError e) {
            System.err.println("local server failed on " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI() + ": " + e);
            e.printStackTrace();
            replies.internalError(exchange);
        } finally {
            exchange.close();
        }
    }
}
