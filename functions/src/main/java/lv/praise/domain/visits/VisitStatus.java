package lv.praise.domain.visits;

import java.util.Locale;
import java.util.Optional;

/** planned → submitted → approved, or submitted → returned → submitted … (docs/evaluations.md). */
public enum VisitStatus {
    PLANNED, SUBMITTED, RETURNED, APPROVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<VisitStatus> fromCode(String code) {
        for (VisitStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** The evaluator may (re)submit: nothing, or only a returned submission, is on record. */
    public boolean open() {
        return this == PLANNED || this == RETURNED;
    }

    /** Counts as done for calibration (submitted or approved). */
    public boolean done() {
        return this == SUBMITTED || this == APPROVED;
    }
}
