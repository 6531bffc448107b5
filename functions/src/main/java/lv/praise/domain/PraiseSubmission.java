package lv.praise.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a person sends from the praise form, checked field by field. Building one either succeeds
 * or names the first field at fault.
 */
public record PraiseSubmission(
        String participantId,
        String branch,
        String employee,
        int stars,
        List<String> aspects,
        String text,
        Channel channel,
        String email,
        Lang lang) {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_EMPLOYEE = 100;
    public static final int MAX_EMAIL = 254;
    private static final Set<String> ASPECTS = Set.of(
            "competence", "positivity", "quality", "individual_solution", "responsiveness", "speed");
    // Deliberately plain: the confirmation e-mail is the real test of an address.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\",;]+@[^@\\s<>\",;.]+(\\.[^@\\s<>\",;.]+)+$");
    private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,79}$");

    public PraiseSubmission {
        participantId = required("participantId", participantId);
        if (!ID.matcher(participantId).matches()) {
            throw new PraiseException(ErrorCode.UNKNOWN_PARTICIPANT, "participantId", "no such participant");
        }
        branch = optional(branch);
        employee = optional(employee);
        if (employee != null && employee.length() > MAX_EMPLOYEE) {
            throw PraiseException.invalid("employee", "employee must be at most " + MAX_EMPLOYEE + " characters");
        }
        if (stars < 1 || stars > 5) {
            throw PraiseException.invalid("stars", "stars must be a whole number from 1 to 5");
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String aspect : aspects) {
            if (!ASPECTS.contains(aspect)) {
                throw PraiseException.invalid("aspects", "unknown aspect: use " + String.join(", ", ASPECTS));
            }
            if (!distinct.add(aspect)) {
                throw PraiseException.invalid("aspects", "an aspect is listed twice");
            }
        }
        aspects = List.copyOf(distinct);
        text = required("text", text);
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw PraiseException.invalid("text", "text must be at most " + MAX_TEXT + " characters");
        }
        if (channel == null) {
            throw PraiseException.invalid("channel", "channel is required: online or branch");
        }
        email = required("email", email);
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            throw PraiseException.invalid("email", "email is not a valid e-mail address");
        }
        if (lang == null) {
            lang = Lang.LV;
        }
    }

    private static String required(String field, String value) {
        String trimmed = optional(value);
        if (trimmed == null) {
            throw PraiseException.invalid(field, field + " is required");
        }
        return trimmed;
    }

    private static String optional(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
