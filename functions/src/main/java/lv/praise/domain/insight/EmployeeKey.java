package lv.praise.domain.insight;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An employee's name compared leniently (docs/insight.md): NFKD, diacritics removed, lower case, blanks collapsed –
 * "Anna Bērziņa", "anna berzina" and "ANNA  BĒRZIŅA" are one key. Praisers type names as they remember them;
 * case and diacritics are the differences that never make two people.
 */
public final class EmployeeKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern BLANKS = Pattern.compile("[\\s\\p{Z}]+");
    /** Longer keys are refused in a merge request: no name a praise holds is longer (FreeText's limits). */
    public static final int MAX_LENGTH = 120;

    private EmployeeKey() {
    }

    /** The compared form, or null for a blank or absent name. */
    public static String of(String name) {
        if (name == null) {
            return null;
        }
        String key = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        key = BLANKS.matcher(key.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return key.isEmpty() ? null : key;
    }

    /** Whether a text is a key as {@link #of} makes them (what a merge request must name). */
    public static boolean isKey(String text) {
        return text != null && text.length() <= MAX_LENGTH && text.equals(of(text));
    }
}
