package lv.praise.domain.awards;

import java.time.Duration;

/**
 * When a run must stop starting new work, on the monotonic clock (a function's remaining time; the
 * campaign clock may be fixed for demos and can't measure it). What is left is finished by the next run.
 */
public final class Deadline {
    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    public static Deadline in(Duration time) {
        return new Deadline(System.nanoTime() + time.toNanos());
    }

    /**
     * The one margin rule of every run against a function's time: stop starting new work {@code margin} before
     * the time is up (the step in flight – a letter, a participant's reports – must finish inside it, or its claim
     * stays until the lease ends); never below zero. {@code remaining} null: the time isn't measured (a test
     * without an invocation context), so nothing stops the run.
     */
    public static Deadline leaving(Duration remaining, Duration margin) {
        if (remaining == null) {
            return none();
        }
        Duration usable = remaining.minus(margin);
        return in(usable.isNegative() ? Duration.ZERO : usable);
    }

    public static Deadline none() {
        return in(Duration.ofDays(1));
    }

    public boolean passed() {
        return System.nanoTime() - endNanos >= 0;
    }
}
