package lv.praise.domain.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import lv.praise.domain.Participant;

/**
 * Registration numbers identify an organisation across imports. They are compared without regard
 * to case ({@code lv40003032949} is {@code LV40003032949}) and stored as written.
 */
public final class RegistrationNumbers {
    static final int MAX = 40;
    private static final Pattern VALID = Pattern.compile("^[A-Za-z0-9-]{1," + MAX + "}$");

    private final Map<String, List<Participant>> byKey = new HashMap<>();

    /** The stored participants of a campaign, by registration number (those without one are left out). */
    RegistrationNumbers(List<Participant> participants) {
        for (Participant p : participants) {
            if (p.registrationNumber() != null && !p.registrationNumber().isBlank()) {
                byKey.computeIfAbsent(key(p.registrationNumber()), k -> new ArrayList<>()).add(p);
            }
        }
    }

    /** The column a registration number is read from, in both imports. */
    private static final String COLUMN = "registration_number";

    /** The participants stored under this number: none, one, or – data to fix by hand – several. */
    List<Participant> find(String registrationNumber) {
        return byKey.getOrDefault(key(registrationNumber), List.of());
    }

    public static boolean valid(String registrationNumber) {
        return VALID.matcher(registrationNumber).matches();
    }

    public static String key(String registrationNumber) {
        return registrationNumber.strip().toUpperCase(Locale.ROOT);
    }

    /** Null when valid, else the reason. */
    static String problem(String registrationNumber) {
        if (registrationNumber.isEmpty()) {
            return "registration number is required";
        }
        if (!valid(registrationNumber)) {
            return "registration number must be 1–" + MAX + " letters, digits or hyphens, not '"
                    + Columns.shorten(registrationNumber, MAX + 1) + "'";
        }
        return null;
    }

    /** Null when valid, else the rejection of that line. */
    static ImportReport.Rejection rejection(int line, String registrationNumber) {
        String problem = problem(registrationNumber);
        if (problem == null) {
            return null;
        }
        return registrationNumber.isEmpty()
                ? ImportReport.Rejection.of(line, COLUMN, "required", problem)
                : ImportReport.Rejection.of(line, COLUMN, "registration_number_format", problem,
                        "max", MAX, "value", Columns.shorten(registrationNumber, MAX + 1));
    }

    static ImportReport.Rejection ambiguous(int line, List<Participant> stored) {
        String ids = String.join(", ", stored.stream().map(Participant::id).sorted().toList());
        return ImportReport.Rejection.of(line, COLUMN, "registration_number_ambiguous",
                "registration number belongs to " + stored.size() + " stored participants (" + ids
                        + "); an organiser has to fix them first", "n", stored.size(), "ids", ids);
    }
}
