package lv.praise.domain.visits;

/**
 * One criterion's answer as the evaluator gave it: {@code value} is "yes"/"no", a whole number, a number
 * of hours or "na", as text (the scale decides what it means); {@code note} optional.
 */
public record Answer(String criterion, String value, String note) {
    public static final String NOT_APPLICABLE = "na";

    public boolean notApplicable() {
        return NOT_APPLICABLE.equals(value);
    }
}
