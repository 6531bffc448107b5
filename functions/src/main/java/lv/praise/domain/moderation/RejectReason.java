package lv.praise.domain.moderation;

import java.util.Locale;
import java.util.Optional;

/** Why an organiser rejected a praise: a closed list, so the reasons can be counted and translated. */
public enum RejectReason {
    SPAM, ABUSIVE, NOT_ABOUT_SERVICE, PERSONAL_DATA;

    /**
     * The praise's words are the fault: its text and employee name are erased by the rejection itself (in the
     * same write), not kept for a later look – so such a praise can never be approved again.
     */
    public boolean erasesWords() {
        return this == PERSONAL_DATA;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RejectReason> fromCode(String code) {
        for (RejectReason reason : values()) {
            if (reason.code().equals(code)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
