package lv.praise.domain.digest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lv.praise.domain.moderation.ModeratedPraise;
import lv.praise.domain.moderation.ModerationStatus;

/**
 * What one participant's digest of one week says: how many approved praises it received, the employees they name
 * (with how many each), and one or two of the texts. Only approved praise is counted or quoted: praise rejected
 * in moderation never reaches the participant, whatever a store hands over.
 */
public record DigestContent(String participantId, String participantName, int praises, List<Employee> employees,
                            List<Quote> quotes) {
    /** At most this many texts in one digest. */
    public static final int QUOTES = 2;
    /** A quoted text is cut to this many characters (the whole text is on /my/). */
    static final int QUOTE_LENGTH = 300;

    /** An employee named that week: the spelling written most recently, and the praises naming them. */
    public record Employee(String name, int praises) {
    }

    /** One quoted text with its stars. */
    public record Quote(int stars, String text) {
    }

    public DigestContent {
        employees = List.copyOf(employees);
        quotes = List.copyOf(quotes);
    }

    /**
     * The content of one participant's week, from its praise of that week; null when none of it is approved
     * (no digest then).
     */
    public static DigestContent of(String participantId, List<ModeratedPraise> week) {
        List<ModeratedPraise> approved = week.stream()
                .filter(p -> p.status() == ModerationStatus.APPROVED && participantId.equals(p.praise().participantId()))
                .sorted(Comparator.comparing((ModeratedPraise p) -> p.praise().confirmedAt()).reversed()
                        .thenComparing(ModeratedPraise::id))
                .toList();
        if (approved.isEmpty()) {
            return null;
        }
        // Names compared leniently (case, diacritics, blanks) as the employees list of /my/ does; newest spelling shown.
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ModeratedPraise p : approved) {
            String name = p.praise().employee();
            if (name == null || name.isBlank()) {
                continue;
            }
            String key = employeeKey(name);
            names.putIfAbsent(key, name.strip());
            counts.merge(key, 1, Integer::sum);
        }
        List<Employee> employees = new ArrayList<>();
        counts.forEach((key, n) -> employees.add(new Employee(names.get(key), n)));
        employees.sort(Comparator.comparing(Employee::praises).reversed().thenComparing(Employee::name));
        List<Quote> quotes = approved.stream()
                .filter(p -> p.praise().text() != null && !p.praise().text().isBlank())
                // The warmest first, then the newest (the list is newest first and the sort is stable).
                .sorted(Comparator.comparing((ModeratedPraise p) -> p.praise().stars()).reversed())
                .limit(QUOTES)
                .map(p -> new Quote(p.praise().stars(), cut(p.praise().text().strip())))
                .toList();
        return new DigestContent(participantId, approved.get(0).praise().participantName(), approved.size(),
                employees, quotes);
    }

    static String employeeKey(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    private static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= QUOTE_LENGTH) {
            return text;
        }
        int end = text.offsetByCodePoints(0, QUOTE_LENGTH - 1);
        return text.substring(0, end).stripTrailing() + "…";
    }
}
