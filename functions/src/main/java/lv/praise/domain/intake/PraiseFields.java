package lv.praise.domain.intake;

import lv.praise.domain.Channel;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.FreeText;
import lv.praise.domain.Lang;
import lv.praise.domain.Participant;
import lv.praise.domain.Praise;
import lv.praise.domain.RefusedException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks a praise's own fields get, wherever it comes from (the public form, an organiser typing in
 * a call or a paper form), so both are held to the same rules and name the same fields.
 */
public final class PraiseFields {
    /** Limits in Unicode code points (an emoji or a combined letter is one), as the form counts them too. */
    public static final int MAX_TEXT = 2000;
    public static final int MAX_EMPLOYEE = 100;

    private PraiseFields() {
    }

    /**
     * A praise's content with every field checked (the first fault names its field) and the language defaulted
     * to Latvian. The channel is the caller's rule: the public form and an organiser accept different ones.
     */
    public static Praise.Content content(String participantId, String branch, String employee, int stars,
                                         List<String> aspects, String text, Channel channel, Lang lang) {
        String id = participantId(participantId);
        String checkedBranch = branch(branch);
        String checkedEmployee = employee(employee);
        stars(stars);
        List<String> checkedAspects = aspects(aspects);
        String checkedText = text(text);
        return new Praise.Content(id, checkedBranch, checkedEmployee, stars, checkedAspects, checkedText, channel,
                lang == null ? Lang.LV : lang);
    }

    public static String participantId(String value) {
        String id = required("participantId", value);
        if (!Participant.isId(id)) {
            throw new RefusedException(ErrorCode.UNKNOWN_PARTICIPANT, "participantId", "no such participant");
        }
        return id;
    }

    public static String branch(String value) {
        return FreeText.name("branch", optional(value));
    }

    public static String employee(String value) {
        String employee = FreeText.name("employee", optional(value));
        if (employee != null && employee.codePointCount(0, employee.length()) > MAX_EMPLOYEE) {
            throw RefusedException.invalid("employee", "employee must be at most " + MAX_EMPLOYEE + " characters");
        }
        return employee;
    }

    public static void stars(int stars) {
        if (stars < 1 || stars > 5) {
            throw RefusedException.invalid("stars", "stars must be a whole number from 1 to 5");
        }
    }

    /** Each aspect once; whether they are the campaign's own is the use case's check ({@link lv.praise.domain.Campaign#requireAspects}). */
    public static List<String> aspects(List<String> aspects) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String aspect : aspects) {
            if (aspect == null || aspect.isBlank()) {
                throw RefusedException.invalid("aspects", "an aspect is empty");
            }
            if (!distinct.add(aspect)) {
                throw RefusedException.invalid("aspects", "an aspect is listed twice");
            }
        }
        return List.copyOf(distinct);
    }

    public static String text(String value) {
        String text = FreeText.text("text", required("text", value));
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw RefusedException.invalid("text", "text must be at most " + MAX_TEXT + " characters");
        }
        return text;
    }

    public static String required(String field, String value) {
        String trimmed = optional(value);
        if (trimmed == null) {
            throw RefusedException.invalid(field, field + " is required");
        }
        return trimmed;
    }

    public static String optional(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
