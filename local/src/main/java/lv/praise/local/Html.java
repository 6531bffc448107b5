package lv.praise.local;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small HTML for the local server's own pages; everything from outside is escaped. */
final class Html {
    /** The pages' style: a file, because the CSP allows no inline style. */
    static final String STYLESHEET = OutboxViewer.PREFIX + "/local.css";
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+");

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escaped text whose http(s) URLs are links (trailing punctuation stays outside the link). */
    static String linkify(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Matcher m = URL.matcher(text);
        int last = 0;
        while (m.find()) {
            String url = m.group();
            int end = url.length();
            while (end > 0 && ".,;:!?)]".indexOf(url.charAt(end - 1)) >= 0) {
                end--;
            }
            url = url.substring(0, end);
            out.append(escape(text.substring(last, m.start())));
            out.append("<a href=\"").append(escape(url)).append("\">").append(escape(url)).append("</a>");
            last = m.start() + end;
        }
        out.append(escape(text.substring(last)));
        return out.toString();
    }

    /** A whole page; {@code body} is HTML already escaped by the caller. */
    static String page(String title, String body) {
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + " – Praise (local)</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\">\n</head>\n<body>\n<main>\n"
                + body + "\n</main>\n</body>\n</html>\n";
    }
}
