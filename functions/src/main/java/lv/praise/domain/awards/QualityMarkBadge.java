package lv.praise.domain.awards;

import java.util.List;
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
    /** The width the name may take: the badge's 240 units less a margin each side. */
    static final double NAME_WIDTH = 216;
    /** The name's size on one line; two lines of a long name shrink together, down to {@link #MIN_SIZE}. */
    static final double NAME_SIZE = 12;
    static final double MIN_SIZE = 8;
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
                + nameText(c.participantName())
                + "      <text x=\"120\" y=\"91\" font-size=\"16\" font-weight=\"700\" fill=\"" + RED + "\">TOP-" + c.topN()
                + " · #" + c.rank() + "</text>\n"
                + "      <text x=\"120\" y=\"109\" font-size=\"9\" fill=\"" + GREY + "\" letter-spacing=\"0.5\">"
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

    /** The name as it is drawn: one line, or two of one smaller size, each line a text element. */
    record NameLayout(List<String> lines, double size) {
    }

    /**
     * Fits the name into the band between the title and the place (about 216 × 30 units): one line at 12 when it
     * fits; else two lines, split at the word that balances them best, at the largest size (12 down to 8) at which
     * the longer fits; else, at 8, the second line is cut with an ellipsis (the title keeps the whole name). Widths
     * are estimated from a bold sans-serif's proportions, on the wide side, as the visitor's fonts are unknown; each
     * line also carries {@code textLength} when the estimate is close to the limit, so a wider font squeezes rather
     * than spills.
     */
    static NameLayout layout(String name) {
        String clean = clean(name);
        if (width(clean) * NAME_SIZE <= NAME_WIDTH) {
            return new NameLayout(List.of(clean), NAME_SIZE);
        }
        String[] words = clean.split(" ");
        String first = clean;
        String second = "";
        double best = Double.MAX_VALUE;
        for (int i = 1; i < words.length; i++) {
            String a = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
            String b = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            double longer = Math.max(width(a), width(b));
            if (longer < best) {
                best = longer;
                first = a;
                second = b;
            }
        }
        if (second.isEmpty()) {
            // One long word: it shrinks on one line, and is cut only when even 8 is too big.
            double size = Math.max(MIN_SIZE, Math.min(NAME_SIZE, Math.floor(NAME_WIDTH / width(clean) * 10) / 10));
            return new NameLayout(List.of(cut(clean, size)), size);
        }
        double size = Math.max(MIN_SIZE, Math.min(NAME_SIZE, Math.floor(NAME_WIDTH / best * 10) / 10));
        if (width(first) * size > NAME_WIDTH) {
            // Too long for two lines even at the smallest size: fill the first line, cut the rest.
            first = clean;
            second = "";
            for (int i = words.length - 1; i >= 1; i--) {
                String a = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
                if (width(a) * size <= NAME_WIDTH) {
                    first = a;
                    second = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
                    break;
                }
            }
            first = cut(first, size);
        }
        return new NameLayout(second.isEmpty() ? List.of(first) : List.of(first, cut(second, size)), size);
    }

    /** The text, cut with an ellipsis until it fits at this size. */
    private static String cut(String text, double size) {
        if (width(text) * size <= NAME_WIDTH) {
            return text;
        }
        String shorter = text;
        while (!shorter.isEmpty() && (width(shorter) + width("…")) * size > NAME_WIDTH) {
            shorter = shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -1));
        }
        return shorter.stripTrailing() + "…";
    }

    private static String nameText(String name) {
        NameLayout layout = layout(name);
        String size = format(layout.size());
        StringBuilder svg = new StringBuilder();
        // One line in the band's middle (about 60); two lines around it, a line height apart (their letters, from the
        // capitals' top to the descenders, centred on it).
        double lineHeight = layout.size() * 1.15;
        double y = layout.lines().size() == 1 ? 64 : 60 - 0.315 * layout.size();
        for (String line : layout.lines()) {
            double estimate = width(line) * layout.size();
            String squeeze = estimate > NAME_WIDTH * 0.9
                    ? " textLength=\"" + format(Math.min(estimate, NAME_WIDTH)) + "\" lengthAdjust=\"spacingAndGlyphs\"" : "";
            svg.append("      <text x=\"120\" y=\"").append(format(y)).append("\" font-size=\"").append(size)
                    .append("\" font-weight=\"700\" fill=\"").append(DARK).append("\"").append(squeeze).append(">")
                    .append(escape(line)).append("</text>\n");
            y += lineHeight;
        }
        return svg.toString();
    }

    private static String format(double value) {
        return java.math.BigDecimal.valueOf(Math.round(value * 10) / 10.0).stripTrailingZeros().toPlainString();
    }

    /**
     * The estimated width of a text in em of a bold sans-serif (Arial, Helvetica, Roboto, Segoe UI bold are about
     * these; DejaVu Sans Bold a little wider): a letter's base form decides (ā as a).
     */
    static double width(String text) {
        String base = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        double em = 0;
        for (int i = 0; i < base.length(); i++) {
            char ch = base.charAt(i);
            if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                continue;
            }
            em += advance(ch);
        }
        return em;
    }

    private static double advance(char ch) {
        if (ch == ' ') {
            return 0.32;
        }
        if ("iljIf.,:;!|'".indexOf(ch) >= 0) {
            return 0.36;
        }
        if ("trJ()[]-\"«»“”„".indexOf(ch) >= 0) {
            return 0.48;
        }
        if ("mwMW".indexOf(ch) >= 0) {
            return 1.0;
        }
        if (Character.isUpperCase(ch)) {
            return 0.78;
        }
        if (Character.isDigit(ch)) {
            return 0.7;
        }
        if (Character.isLowerCase(ch)) {
            return 0.66;
        }
        return 0.8;
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
