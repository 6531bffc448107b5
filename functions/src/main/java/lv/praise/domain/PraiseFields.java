package lv.praise.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks a praise's own fields get, wherever it comes from (the public form, an organiser typing in
 * a call or a paper form), so both are held to the same rules and name the same fields.
 */
final class PraiseFields {
    static final int MAX_TEXT = 2000;
    static final int MAX_EMPLOYEE = 100;
    static final Set<String> ASPECTS = Set.of(
            "competence", "positivity", "quality", "individual_solution", "responsiveness", "speed");

    private PraiseFields() {
    }

    static String participantId(String value) {
        String id = required("participantId", value);
        if (!Participant.isId(id)) {
            throw new PraiseException(ErrorCode.UNKNOWN_PARTICIPANT, "participantId", "no such participant");
        }
        return id;
    }

    static String employee(String value) {
        String employee = optional(value);
        if (employee != null && employee.length() > MAX_EMPLOYEE) {
            throw PraiseException.invalid("employee", "employee must be at most " + MAX_EMPLOYEE + " characters");
        }
        return employee;
    }

    static void stars(int stars) {
        if (stars < 1 || stars > 5) {
            throw PraiseException.invalid("stars", "stars must be a whole number from 1 to 5");
        }
    }

    static List<String> aspects(List<String> aspects) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String aspect : aspects) {
            if (!ASPECTS.contains(aspect)) {
                throw PraiseException.invalid("aspects", "unknown aspect: use " + String.join(", ", ASPECTS));
            }
            if (!distinct.add(aspect)) {
                throw PraiseException.invalid("aspects", "an aspect is listed twice");
            }
        }
        return List.copyOf(distinct);
    }

    static String text(String value) {
        String text = required("text", value);
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw PraiseException.invalid("text", "text must be at most " + MAX_TEXT + " characters");
        }
        return text;
    }

    static String required(String field, String value) {
        String trimmed = optional(value);
        if (trimmed == null) {
            throw PraiseException.invalid(field, field + " is required");
        }
        return trimmed;
    }

    static String optional(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
