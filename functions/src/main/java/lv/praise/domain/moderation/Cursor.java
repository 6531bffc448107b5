package lv.praise.domain.moderation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.praise.domain.RefusedException;

/**
 * The opaque {@code cursor} of a paged list: which list it belongs to (so a cursor of the pending
 * queue can't be replayed on another list) and the position it stopped at. It is checked whole on the
 * way in: anything that is not a cursor this code made for this list is a 400 naming {@code cursor},
 * never a DynamoDB error. It carries no secret – a forged but well-formed one only skips to a position.
 */
public final class Cursor {
    public static final String FIELD = "cursor";
    private static final Pattern TEXT = Pattern.compile("^1\\|([a-z0-9#-]{1,120})\\|(\\d{1,15})\\|([A-Za-z0-9_-]{1,64})$");

    private Cursor() {
    }

    /** {@code list} names the list and its filters, e.g. {@code q#pending#} or {@code w#<participant>}. */
    public static String encode(String list, Position position) {
        String text = "1|" + list + "|" + position.confirmedAt().toEpochMilli() + "|" + position.praiseId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The position of a cursor of {@code list}; null when none was given. */
    public static Position decode(String list, String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        if (cursor.length() > 400) {
            throw invalid();
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw invalid();
        }
        if (!m.group(1).equals(list)) {
            throw RefusedException.invalid(FIELD, "this cursor belongs to another list or filter");
        }
        return new Position(Instant.ofEpochMilli(Long.parseLong(m.group(2))), m.group(3));
    }

    private static RefusedException invalid() {
        return RefusedException.invalid(FIELD, "cursor is not valid: pass nextCursor of the previous page unchanged");
    }
}
