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
 * @param firstApprovedAt when it was first approved (kept through a later rejection and approval: the digest's week,
 *                  so a praise approved again in a later week is not sent again); null if never approved or not known
 */
public record ModeratedPraise(Praise praise, ModerationStatus status, RejectReason reason, Actor by, Instant at,
                              Actor enteredBy, Instant firstApprovedAt) {

    public ModeratedPraise {
        Objects.requireNonNull(praise, "praise");
        Objects.requireNonNull(status, "status");
    }

    /** A praise whose first approval, if approved, is this decision's. */
    public ModeratedPraise(Praise praise, ModerationStatus status, RejectReason reason, Actor by, Instant at,
                           Actor enteredBy) {
        this(praise, status, reason, by, at, enteredBy, status == ModerationStatus.APPROVED ? at : null);
    }

    public String id() {
        return praise.id();
    }

    /** The same praise in another review state; rejected for personal data, without its words. */
    public ModeratedPraise decided(ModerationStatus to, RejectReason why, Actor who, Instant when) {
        Praise kept = why != null && why.erasesWords() ? praise.withoutWords() : praise;
        Instant firstApproval = firstApprovedAt != null || to != ModerationStatus.APPROVED ? firstApprovedAt : when;
        return new ModeratedPraise(kept, to, why, who, when, enteredBy, firstApproval);
    }

    /** Its words were erased when it was rejected for personal data: it stays rejected. */
    public boolean wordsErased() {
        return status == ModerationStatus.REJECTED && reason != null && reason.erasesWords();
    }
}
