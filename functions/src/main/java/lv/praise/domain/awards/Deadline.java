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

    public static Deadline none() {
        return in(Duration.ofDays(1));
    }

    public boolean passed() {
        return System.nanoTime() - endNanos >= 0;
    }
}
