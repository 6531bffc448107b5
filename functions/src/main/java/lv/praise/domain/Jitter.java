package lv.praise.domain;

import java.security.SecureRandom;

/**
 * The random part of every back-off pause, so that writers who failed together don't retry in step.
 * <p>
 * Drawn from a {@link SecureRandom}, not {@code ThreadLocalRandom} or {@code new Random()}: with SnapStart,
 * every environment resumed from one snapshot starts with the memory of the one that was snapshotted, and a
 * plain generator seeded during init would give them all the same pauses – the lockstep jitter exists to
 * prevent. The Java managed runtimes make SecureRandom snapshot-resilient (AWS Lambda developer guide,
 * "Handling uniqueness with Lambda SnapStart"). A pause is drawn a few times per conflict, so its cost
 * (microseconds) does not matter.
 */
public final class Jitter {
    static final SecureRandom SOURCE = new SecureRandom();

    private Jitter() {
    }

    /** A number from {@code low} to {@code high}, both included. */
    public static long between(long low, long high) {
        if (high < low) {
            throw new IllegalArgumentException("high " + high + " below low " + low);
        }
        return low + (long) (SOURCE.nextDouble() * (high - low + 1));
    }
}
