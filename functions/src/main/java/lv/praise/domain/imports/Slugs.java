package lv.praise.domain.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Participant ids made from names: lower case, without diacritics, letters, digits and hyphens,
 * at most {@value #MAX} characters before a {@code -2}, {@code -3}… that keeps them unique.
 * Always within the id pattern of the API, {@code ^[a-z0-9][a-z0-9-]{0,79}$}. The posters name their
 * branch files with the same slugs.
 */
public final class Slugs {
    static final int MAX = 60;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** The slug of a name; a name without a single Latin letter or digit gets {@code p-<registration number>}. */
    static String of(String name, String registrationNumber) {
        String slug = of(name);
        if (slug.isEmpty()) {
            slug = "p-" + registrationNumber.toLowerCase(Locale.ROOT);
        }
        return slug;
    }

    /** The slug of a text; empty when it has no Latin letter or digit at all. */
    public static String of(String text) {
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("ł", "l").replace("đ", "d");
        String slug = trimHyphens(OTHER.matcher(bare).replaceAll("-"));
        if (slug.length() > MAX) {
            slug = trimHyphens(slug.substring(0, MAX));
        }
        return slug;
    }

    /** The slug, or the first of slug-2, slug-3… not in {@code taken}; the result is added to it. */
    public static String unique(String slug, Set<String> taken) {
        String candidate = slug;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = slug + "-" + n;
        }
        taken.add(candidate);
        return candidate;
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
