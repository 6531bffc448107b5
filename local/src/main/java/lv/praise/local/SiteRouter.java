package lv.praise.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Sends each request where CloudFront would: /api/* to the HTTP API, the rest to the site; plus the
 * local run's own pages and endpoints (the outbox, /_local/) – each only for a request addressed to
 * this machine by name ({@link LoopbackHost}).
 */
final class SiteRouter implements HttpHandler {
    private final HttpHandler api;
    private final HttpHandler outbox;
    private final HttpHandler dev;
    private final HttpHandler site;
    private final Replies replies;
    private HttpHandler lambda;
    private HttpHandler files;
    private HttpHandler scheduler;
    private HttpHandler cognito;

    SiteRouter(HttpHandler api, HttpHandler outbox, HttpHandler site, Replies replies) {
        this(api, outbox, null, site, replies);
    }

    /** @param dev the local endpoints under /_local/ (null: none, the site answers) */
    SiteRouter(HttpHandler api, HttpHandler outbox, HttpHandler dev, HttpHandler site, Replies replies) {
        this.api = api;
        this.outbox = outbox;
        this.dev = dev;
        this.site = site;
        this.replies = replies;
    }

    /** The functions' SDK reaches Lambda's API here (LocalLambda): the asynchronous start of a worker. */
    SiteRouter withLambda(HttpHandler lambda) {
        this.lambda = lambda;
        return this;
    }

    /** The functions' SDK reaches EventBridge Scheduler's API here (LocalScheduler): the awards' schedules. */
    SiteRouter withScheduler(HttpHandler scheduler) {
        this.scheduler = scheduler;
        return this;
    }

    /** The participants' user pool's twin (LocalCognito): the page's sign-in and the functions' SDK. */
    SiteRouter withCognito(HttpHandler cognito) {
        this.cognito = cognito;
        return this;
    }

    /** The files the workers leave (LocalFiles), behind signed, expiring links. */
    SiteRouter withFiles(HttpHandler files) {
        this.files = files;
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            if (LoopbackHost.refused(exchange, replies)) {
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            if (path != null && path.startsWith("/api/")) {
                api.handle(exchange);
            } else if (path != null && (path.equals(OutboxViewer.PREFIX) || path.startsWith(OutboxViewer.PREFIX + "/"))) {
                outbox.handle(exchange);
            } else if (lambda != null && LocalLambda.handles(path)) {
                lambda.handle(exchange);
            } else if (scheduler != null && LocalScheduler.handles(path)) {
                scheduler.handle(exchange);
            } else if (cognito != null && LocalCognito.handles(path)) {
                cognito.handle(exchange);
            } else if (files != null && path != null && path.startsWith(LocalFiles.PREFIX)) {
                files.handle(exchange);
            } else if (dev != null && path != null && path.startsWith(DevEndpoints.PREFIX + "/")) {
                dev.handle(exchange);
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
