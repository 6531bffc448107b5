package lv.praise.domain.intake;

import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;
import java.time.Duration;

/** A sender or an e-mail address submitted as many praises as its window allows; it may try again later. */
public final class LimitReachedException extends RefusedException {
    private final Duration retryAfter;

    public LimitReachedException(SubmissionLimits.Scope scope, Duration retryAfter) {
        super(ErrorCode.LIMIT_REACHED, scope.field(), message(scope, retryAfter));
        this.retryAfter = retryAfter;
    }

    /** Until the window ends: whole seconds, at least one (the value of Retry-After). */
    public long retryAfterSeconds() {
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private static String message(SubmissionLimits.Scope scope, Duration retryAfter) {
        long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        String who = scope == SubmissionLimits.Scope.ADDRESS ? "this network address" : "this e-mail address";
        return "too many praises from " + who + "; please try again in " + minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
