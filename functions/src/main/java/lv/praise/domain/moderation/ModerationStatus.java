package lv.praise.domain.moderation;

import java.util.Locale;
import java.util.Optional;

/** Where a confirmed praise is in review. Only approved text is shown; rejected praise doesn't count. */
public enum ModerationStatus {
    /** Confirmed, waiting for an organiser; counts in the scores, its text is not shown yet. */
    PENDING,
    /** Shown on the participant's page; counts. */
    APPROVED,
    /** Neither shown nor counted (scores and the public praise count). */
    REJECTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ModerationStatus> fromCode(String code) {
        for (ModerationStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** Whether a praise in this state is in the participant's public confirmed count. */
    public boolean counted() {
        return this != REJECTED;
    }
}
