package lv.praise.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox in the browser, where SES would have delivered: {@code /_outbox/} lists the messages
 * (newest first), {@code /_outbox/<file>.eml} shows one with its links clickable, {@code ?raw}
 * downloads the file, {@code ?attachment=N} its N-th attachment (a certificate PDF opens in the
 * browser), and {@code /_outbox/messages.json} gives them all to tools and tests.
 */
record OutboxViewer(OutboxMessages messages, Replies replies) implements HttpHandler {
    static final String PREFIX = "/_outbox";
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.of("Europe/Riga"));
    private static final List<String> MAIN_HEADERS = List.of("From", "To", "Subject", "Date", "Content-Language");

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!replies.readOnly(exchange)) {
            return;
        }
        String path = exchange.getRequestURI().getRawPath();
        String name = path.length() > PREFIX.length() ? path.substring(PREFIX.length() + 1) : null;
        if (name == null) {
            exchange.getResponseHeaders().set("Location", PREFIX + "/");
            replies.send(exchange, 302, null);
        } else if (name.isEmpty()) {
            replies.html(exchange, 200, listPage());
        } else if (name.equals("messages.json")) {
            replies.json(exchange, 200, messages.list().stream().map(OutboxViewer::summary).toList());
        } else if (name.equals("local.css")) {
            stylesheet(exchange);
        } else if (exchange.getRequestURI().getRawQuery() != null
                && List.of(exchange.getRequestURI().getRawQuery().split("&")).contains("raw")) {
            raw(exchange, name);
        } else if (exchange.getRequestURI().getRawQuery() != null
                && exchange.getRequestURI().getRawQuery().startsWith("attachment=")) {
            attachment(exchange, name, exchange.getRequestURI().getRawQuery().substring("attachment=".length()));
        } else {
            Optional<OutboxMessages.Message> message = messages.find(name);
            if (message.isPresent()) {
                replies.html(exchange, 200, messagePage(message.get()));
            } else {
                notFound(exchange);
            }
        }
    }

    private String listPage() {
        List<OutboxMessages.Message> all = messages.list();
        StringBuilder b = new StringBuilder();
        b.append("<h1>Outbox</h1>\n<p>E-mails the functions sent in this local run (SES is not used). Folder: <code>")
                .append(Html.escape(messages.folder().toString())).append("</code>. <a href=\"").append(PREFIX)
                .append("/\">Refresh</a> · <a href=\"/\">Site</a> · <a href=\"").append(PREFIX)
                .append("/messages.json\">JSON</a></p>\n");
        if (all.isEmpty()) {
            b.append("<p>No messages yet. Praise someone on the site, and the confirmation e-mail appears here.</p>");
            return Html.page("Outbox", b.toString());
        }
        b.append("<p>").append(all.size()).append(all.size() == 1 ? " message" : " messages").append("</p>\n");
        b.append("<table>\n<thead><tr><th scope=\"col\">Date (Riga)</th><th scope=\"col\">To</th>"
                + "<th scope=\"col\">Subject</th><th scope=\"col\">Attachments</th></tr></thead>\n<tbody>\n");
        for (OutboxMessages.Message m : all) {
            b.append("<tr><td>").append(Html.escape(SHOWN.format(m.date()))).append("</td><td>")
                    .append(Html.escape(m.to())).append("</td><td><a href=\"").append(PREFIX).append('/')
                    .append(Html.escape(m.file())).append("\">")
                    .append(Html.escape(m.subject().isBlank() ? "(no subject)" : m.subject()))
                    .append("</a></td><td>");
            for (OutboxMessages.Attachment a : m.attachments()) {
                b.append(attachmentLink(m, a)).append(' ');
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>");
        return Html.page("Outbox", b.toString());
    }

    private String messagePage(OutboxMessages.Message m) {
        StringBuilder b = new StringBuilder();
        b.append("<p><a href=\"").append(PREFIX).append("/\">← Outbox</a> · <a href=\"").append(PREFIX).append('/')
                .append(Html.escape(m.file())).append("?raw\" download>Download .eml</a></p>\n");
        b.append("<h1>").append(Html.escape(m.subject())).append("</h1>\n<dl class=\"headers\">\n");
        for (String name : MAIN_HEADERS) {
            for (OutboxMessages.MailHeader h : m.headers()) {
                if (h.name().equalsIgnoreCase(name)) {
                    b.append("<dt>").append(Html.escape(h.name())).append("</dt><dd>").append(Html.escape(h.value()))
                            .append("</dd>\n");
                }
            }
        }
        b.append("</dl>\n");
        if (!m.attachments().isEmpty()) {
            b.append("<p>Attachments: ");
            for (OutboxMessages.Attachment a : m.attachments()) {
                b.append(attachmentLink(m, a)).append(" (").append(Html.escape(a.contentType())).append(", ")
                        .append(a.content().length / 1024 + 1).append(" KB) ");
            }
            b.append("</p>\n");
        }
        b.append("<pre class=\"body\">").append(Html.linkify(m.text())).append("</pre>\n");
        b.append("<details><summary>All headers</summary>\n<pre>");
        for (OutboxMessages.MailHeader h : m.headers()) {
            b.append(Html.escape(h.name())).append(": ").append(Html.escape(h.value())).append('\n');
        }
        b.append("</pre>\n</details>");
        return Html.page(m.subject(), b.toString());
    }

    private void raw(HttpExchange exchange, String name) throws IOException {
        Optional<Path> file = messages.file(name);
        if (file.isEmpty()) {
            notFound(exchange);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "message/rfc822");
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + name + "\"");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        replies.send(exchange, 200, Files.readAllBytes(file.get()));
    }

    private static String attachmentLink(OutboxMessages.Message m, OutboxMessages.Attachment a) {
        return "<a href=\"" + PREFIX + "/" + Html.escape(m.file()) + "?attachment=" + a.index() + "\">"
                + Html.escape(a.fileName() == null ? "attachment " + (a.index() + 1) : a.fileName()) + "</a>";
    }

    private void attachment(HttpExchange exchange, String name, String index) {
        Optional<OutboxMessages.Message> message = messages.find(name);
        if (message.isEmpty() || !index.matches("\\d{1,3}")
                || Integer.parseInt(index) >= message.get().attachments().size()) {
            notFound(exchange);
            return;
        }
        OutboxMessages.Attachment a = message.get().attachments().get(Integer.parseInt(index));
        exchange.getResponseHeaders().set("Content-Type", a.contentType());
        String fileName = a.fileName() == null ? "attachment" : a.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        exchange.getResponseHeaders().set("Content-Disposition", "inline; filename=\"" + fileName + "\"");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        replies.send(exchange, 200, a.content());
    }

    private void stylesheet(HttpExchange exchange) throws IOException {
        try (InputStream css = OutboxViewer.class.getResourceAsStream("local.css")) {
            if (css == null) {
                notFound(exchange);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "text/css; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            replies.send(exchange, 200, css.readAllBytes());
        }
    }

    private void notFound(HttpExchange exchange) {
        replies.html(exchange, 404, Html.page("Not found", "<h1>Not found</h1>\n<p>No such message. <a href=\""
                + PREFIX + "/\">Outbox</a></p>"));
    }

    private static Map<String, Object> summary(OutboxMessages.Message m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("file", m.file());
        s.put("to", m.to());
        s.put("subject", m.subject());
        s.put("date", m.date().toString());
        s.put("text", m.text());
        s.put("attachments", m.attachments().stream().map(a -> Map.of(
                "fileName", a.fileName() == null ? "" : a.fileName(),
                "contentType", a.contentType(),
                "size", a.content().length)).toList());
        return s;
    }
}
