package lv.praise.domain.digest;

import lv.praise.domain.moderation.ModeratedPraise;
import lv.praise.domain.moderation.ModerationStatus;

/** The digest tests' praise, for the handler tests in another package. */
public final class WeeklyDigestTestPraise {
    private WeeklyDigestTestPraise() {
    }

    public static ModeratedPraise of(String id, String participant, String confirmedAt, int stars, String employee,
                                     String text, ModerationStatus status) {
        return WeeklyDigestTest.praise(id, participant, confirmedAt, stars, employee, text, status);
    }
}
