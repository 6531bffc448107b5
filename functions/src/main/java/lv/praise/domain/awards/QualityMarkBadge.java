package lv.praise.domain.awards;

import java.util.Locale;

/**
 * The quality mark a participant puts on its own website: a small SVG that names the participant and
 * its place and links to the public verification, so a visitor can check the claim in one click.
 *
 * <p>It uses the visitor's system fonts: a web font would mean a request to a third party from every
 * page that shows the badge. Everything that comes from data is escaped, because participants' names
 * are typed by people and the badge ends up inside other people's pages.
 */
public final class QualityMarkBadge {
    /** Longer names are cut with an ellipsis: the badge is 240 units wide. The title keeps the whole name. */
    static final int NAME_LIMIT = 26;
    private static final String FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, "
            + "'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";
    private static final String RED = "#B3262E";
    private static final String DARK = "#333333";
    private static final String GREY = "#6E6E6E";

    private QualityMarkBadge() {
    }

    /** The badge, 240×120 units, scalable. */
    public static String svg(Certificate c) {
        String url = escape(webAddress(c.verificationUrl()));
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " viewBox=\"0 0 240 120\" width=\"240\" height=\"120\" role=\"img\" aria-labelledby=\"badge-title\">\n"
                + "  <title id=\"badge-title\">" + escape(description(c)) + "</title>\n"
                // href for today's browsers, xlink:href for the SVG 1.1 viewers that still exist.
                + "  <a href=\"" + url + "\" xlink:href=\"" + url + "\" target=\"_top\">\n"
                + "    <rect x=\"1.5\" y=\"1.5\" width=\"237\" height=\"117\" rx=\"10\" fill=\"#FFFFFF\" stroke=\"" + RED
                + "\" stroke-width=\"3\"/>\n"
                + "    <path d=\"M1.5 11.5a10 10 0 0 1 10-10h217a10 10 0 0 1 10 10V42H1.5z\" fill=\"" + RED + "\"/>\n"
                + "    <g font-family=\"" + FONT + "\" text-anchor=\"middle\">\n"
                + "      <text x=\"120\" y=\"21\" font-size=\"14\" font-weight=\"700\" fill=\"#FFFFFF\">"
                + escape(c.qualityMarkTitle()) + "</text>\n"
                + "      <text x=\"120\" y=\"35\" font-size=\"9\" fill=\"#FFFFFF\">Customers praise us " + c.campaignYear()
                + "</text>\n"
                + "      <text x=\"120\" y=\"64\" font-size=\"12\" font-weight=\"700\" fill=\"" + DARK + "\">"
                + escape(shortened(c.participantName())) + "</text>\n"
                + "      <text x=\"120\" y=\"88\" font-size=\"16\" font-weight=\"700\" fill=\"" + RED + "\">TOP-" + c.topN()
                + " · #" + c.rank() + "</text>\n"
                + "      <text x=\"120\" y=\"107\" font-size=\"9\" fill=\"" + GREY + "\" letter-spacing=\"0.5\">"
                + escape(c.code()) + "</text>\n"
                + "    </g>\n"
                + "  </a>\n"
                + "</svg>\n";
    }

    /** The HTML a participant pastes into its site: the badge as an image, linked to the verification. */
    public static String embedHtml(Certificate c, String badgeUrl) {
        return "<a href=\"" + escape(webAddress(c.verificationUrl())) + "\"><img src=\"" + escape(webAddress(badgeUrl))
                + "\" alt=\"" + escape(c.qualityMarkTitle() + " – " + clean(c.participantName()))
                + "\" width=\"240\" height=\"120\"></a>";
    }

    private static String description(Certificate c) {
        return c.qualityMarkTitle() + " – " + clean(c.participantName()) + " (TOP-" + c.topN() + ", #" + c.rank()
                + "). Pārbaudes kods · Verification code: " + c.code();
    }

    static String shortened(String name) {
        String clean = clean(name);
        if (clean.codePointCount(0, clean.length()) <= NAME_LIMIT) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, NAME_LIMIT - 1)).stripTrailing() + "…";
    }

    /**
     * The badge only ever points at a web page: a "javascript:" address in a link pasted into other
     * people's sites would be theirs to regret.
     */
    private static String webAddress(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            throw new IllegalArgumentException("not a web address: " + url);
        }
        return url.strip();
    }

    /** Whitespace runs become one space; characters XML 1.0 forbids (controls, lone surrogates) go. */
    static String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                if (!clean.isEmpty() && clean.charAt(clean.length() - 1) != ' ') {
                    clean.append(' ');
                }
            } else if (!(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) && cp != 0xFFFE && cp != 0xFFFF) {
                clean.appendCodePoint(cp);
            }
        });
        return clean.toString().strip();
    }

    /** Escapes for XML text and for attributes in either quote, so the same text is safe anywhere. */
    static String escape(String text) {
        String clean = clean(text);
        StringBuilder escaped = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char ch = clean.charAt(i);
            switch (ch) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(ch);
            }
        }
        return escaped.toString();
    }
}
