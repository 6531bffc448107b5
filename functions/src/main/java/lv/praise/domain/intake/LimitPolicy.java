package lv.praise.domain.intake;

import java.time.Duration;
import java.time.Instant;

/**
 * How many praises one sender address and one e-mail address may submit per fixed window
 * (template parameters {@code PraiseLimitPerAddress}, {@code PraiseLimitPerEmail},
 * {@code PraiseLimitWindowMinutes}); a limit of 0 means no limit.
 */
public record LimitPolicy(int perAddress, int perEmail, Duration window) {
    /** Nothing counted: no counter is read or written. */
    public static final LimitPolicy NONE = new LimitPolicy(0, 0, Duration.ofHours(1));

    public LimitPolicy {
        if (perAddress < 0 || perEmail < 0) {
            throw new IllegalArgumentException("a submission limit is 0 (none) or more, not " + Math.min(perAddress, perEmail));
        }
        if (window == null || window.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("the limit window must be at least one minute");
        }
    }

    public static LimitPolicy of(int perAddress, int perEmail, int windowMinutes) {
        return new LimitPolicy(perAddress, perEmail, Duration.ofMinutes(windowMinutes));
    }

    /** The window {@code now} falls in: windows are aligned to the epoch, so every function agrees on them. */
    public Instant windowStart(Instant now) {
        long length = window.getSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), length) * length);
    }

    public Instant windowEnd(Instant now) {
        return windowStart(now).plus(window);
    }

    public int limit(SubmissionLimits.Scope scope) {
        return scope == SubmissionLimits.Scope.ADDRESS ? perAddress : perEmail;
    }
}
