package lv.praise.domain.moderation;

import lv.praise.domain.Actor;
import java.time.Instant;
import java.util.Objects;
import lv.praise.domain.Praise;

/**
 * A confirmed praise with its review state.
 *
 * @param reason    why it was rejected; null unless rejected
 * @param by        the organiser who decided last (null while pending)
 * @param at        when they decided
 * @param enteredBy the organiser who typed it in (phone, paper); null for praise from the public form.
 *                  Never shown publicly.
 */
public record ModeratedPraise(Praise praise, ModerationStatus status, RejectReason reason, Actor by, Instant at,
                              Actor enteredBy) {

    public ModeratedPraise {
        Objects.requireNonNull(praise, "praise");
        Objects.requireNonNull(status, "status");
    }

    public String id() {
        return praise.id();
    }

    /** The same praise in another review state; rejected for personal data, without its words. */
    public ModeratedPraise decided(ModerationStatus to, RejectReason why, Actor who, Instant when) {
        Praise kept = why != null && why.erasesWords() ? praise.withoutWords() : praise;
        return new ModeratedPraise(kept, to, why, who, when, enteredBy);
    }

    /** Its words were erased when it was rejected for personal data: it stays rejected. */
    public boolean wordsErased() {
        return status == ModerationStatus.REJECTED && reason != null && reason.erasesWords();
    }
}
