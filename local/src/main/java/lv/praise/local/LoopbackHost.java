package lv.praise.local;

import com.sun.net.httpserver.HttpExchange;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The local run answers only requests addressed to this machine by name: {@code Host} {@code localhost},
 * {@code 127.0.0.1} or {@code [::1]}, with or without a port. Listening on loopback alone is not enough: a web
 * page the developer visits can point its own host name at 127.0.0.1 (DNS rebinding) and then, as a same-origin
 * page, mint organiser tokens at /_local/token or read confirmation links in /_outbox/. Its requests carry its
 * own host name, so they are refused here, on every path, before anything is read or done.
 */
final class LoopbackHost {
    static final int STATUS = 421;
    static final String REFUSAL = "421 Misdirected Request: this development server answers only Host localhost, "
            + "127.0.0.1 or [::1]\n";
    private static final List<String> NAMES = List.of("localhost", "127.0.0.1", "[::1]");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

    private LoopbackHost() {
    }

    /** @param host the request's Host header (null when it has none: refused, HTTP/1.1 requires one) */
    static boolean allows(String host) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        for (String name : NAMES) {
            if (h.equals(name)) {
                return true;
            }
            if (h.startsWith(name + ":") && PORT.matcher(h.substring(name.length() + 1)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Answers 421 with a short text when the request names another host.
     *
     * @return true when the request was refused (the caller stops)
     */
    static boolean refused(HttpExchange exchange, Replies replies) {
        List<String> hosts = exchange.getRequestHeaders().get("Host");
        if (hosts != null && hosts.size() == 1 && allows(hosts.get(0))) {
            return false;
        }
        replies.text(exchange, STATUS, REFUSAL);
        return true;
    }
}
