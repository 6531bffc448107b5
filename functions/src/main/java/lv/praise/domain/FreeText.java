package lv.praise.domain;

/**
 * The one rule for text people type – names (participants, branches, employees, evaluators,
 * nominated organisations) and free text (a praise, a nomination's reason) – wherever it comes in:
 * the API, the console, a CSV import.
 *
 * <p>A <b>name</b> is one line: it refuses every control character (Unicode category Cc: tab, line feed,
 * carriage return, NUL, …) and the line and paragraph separators U+2028/U+2029. Names travel into
 * search keys, CSV exports, e-mail subjects, certificate PDFs and the scoring digest's tab-separated
 * lines (docs/awards.md), where a line break would split a record.
 *
 * <p>A <b>free text</b> is the same except that it may have paragraphs: a line feed is kept (a carriage
 * return, alone or before a line feed, becomes one, as a browser's textarea sends it), because the
 * praise wall shows them as paragraphs; free text never enters a scoring input or a name.
 *
 * <p>Surrounding blanks are the caller's to drop first (a trailing line break pasted from a spreadsheet
 * cell is harmless); the rule judges what would be stored.
 */
public final class FreeText {
    private FreeText() {
    }

    /** Whether a code point may never be stored in a name. */
    public static boolean isControl(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL || codePoint == 0x2028 || codePoint == 0x2029;
    }

    /** Why a name can't be stored ("holds a line break …"), or null when it can; null is fine. */
    public static String nameProblem(String value) {
        return problem(value, false);
    }

    /** The name, or a refusal ({@link ErrorCode#CONTROL_CHARACTER}) naming {@code field}; null stays null. */
    public static String name(String field, String value) {
        String problem = problem(value, false);
        if (problem != null) {
            throw refusal(field, problem);
        }
        return value;
    }

    /** The free text with line breaks as line feeds, or a refusal naming {@code field}; null stays null. */
    public static String text(String field, String value) {
        if (value == null) {
            return null;
        }
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        String problem = problem(lines, true);
        if (problem != null) {
            throw refusal(field, problem);
        }
        return lines;
    }

    private static RefusedException refusal(String field, String problem) {
        return new RefusedException(ErrorCode.CONTROL_CHARACTER, field, field + " " + problem);
    }

    private static String problem(String value, boolean lineFeedAllowed) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (isControl(c) && !(lineFeedAllowed && c == '\n')) {
                String what = c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85 ? "a line break"
                        : c == '\t' ? "a tab" : "a control character";
                return "holds " + what + " (U+" + String.format("%04X", c) + ") at character "
                        + (value.codePointCount(0, i) + 1) + (lineFeedAllowed ? ": remove it"
                        : ": write it on one line, without control characters");
            }
            i += Character.charCount(c);
        }
        return null;
    }
}
