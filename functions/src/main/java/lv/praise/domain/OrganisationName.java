package lv.praise.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The form in which two organisations' names are "the same name": case, diacritics, quotes, punctuation and
 * the legal form don't count, so "Kafejnīca "Pie Tirgus", SIA", "SIA „Kafejnīca Pie Tirgus”" and
 * "kafejnica pie tirgus" are one. Nominations are grouped by it (and keyed by its hash: changing this rule
 * changes the keys, docs/data-model.md), an import warns of a participant with the same name, and search
 * shows a detail that tells two such participants apart.
 *
 * <p>Only whole words are dropped as legal forms, and never the last word left: "AS" alone stays "as".
 */
public final class OrganisationName {
    /**
     * Legal forms of Latvia, Estonia and Lithuania and common foreign ones, as words of the compared form
     * (lower case, no diacritics, no dots). Data, not logic: adding one changes which names are grouped.
     */
    public static final Set<String> LEGAL_FORMS = Set.of(
            "sia", "as", "ik", "ps", "ks", "zs", "vsia", "biedriba", "nodibinajums", "kooperativa", "pkb",
            "ou", "mtu", "tu", "fie", "uab", "ab", "mb", "vsi", "ii",
            "ltd", "llc", "inc", "plc", "gmbh", "ag", "oy", "oyj", "sa", "srl", "bv", "nv", "co");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Quotes of every kind and all other punctuation and symbols become word breaks. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private OrganisationName() {
    }

    /** The compared form: the words left after folding, without legal forms, joined by single spaces. */
    public static String sameNameKey(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD);
        folded = MARKS.matcher(folded).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        // "S.I.A." and "A/S" are the legal form written with dots or a slash: join single letters first.
        folded = folded.replaceAll("\\b(\\p{L})[./](?=\\p{L}\\b)", "$1");
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(folded)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        List<String> kept = new ArrayList<>(words.stream().filter(w -> !LEGAL_FORMS.contains(w)).toList());
        if (kept.isEmpty()) {
            kept = words;
        }
        return String.join(" ", kept);
    }

    public static boolean sameName(String a, String b) {
        return sameNameKey(a).equals(sameNameKey(b));
    }
}
