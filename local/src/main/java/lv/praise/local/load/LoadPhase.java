package lv.praise.local.load;

import java.time.Duration;

/**
 * One phase of a load run, as its clients saw it: a ramp step or the main phase, offering praises at a
 * fixed rate (or unpaced), and what came of it.
 *
 * @param name         "ramp 1", "ramp 2", …, or "main"
 * @param offered      praises per second offered: praise {@code i} of the phase is due {@code i / offered} s after
 *                     its start; 0 when unpaced (each client starts its next praise as soon as its last is confirmed)
 * @param planned      praises the phase offers
 * @param confirmed    praises answered {@code confirmed}
 * @param failures     answers or errors other than 202 / 200 {@code confirmed}
 * @param serverErrors answers with an HTTP status of 500 or more (among {@code failures})
 * @param wallNanos    from the phase's start to its last answer
 * @param lag          how late the praises started against their due time (queueing in the client pool: every
 *                     client busy); empty when unpaced
 * @param peakBusy     the most clients busy with a praise at one moment
 */
record LoadPhase(String name, int offered, int planned, int confirmed, int failures, int serverErrors, long wallNanos,
                 Latencies.Summary submit, Latencies.Summary confirm, Latencies.Summary lag,
                 int peakBusy) {
    /**
     * A phase holds its rate when it achieves at least this share of it. Not 100 %: "achieved" includes the
     * last praise's way out (submit, e-mail, confirm) after the last was due, so a 30-s step whose praise takes
     * 1.5 s from submit to confirmed reads 95 % while the server kept pace throughout.
     */
    static final double HELD = 0.9;

    /**
     * Praises confirmed per second, from the phase's start to its last answer: never above a paced phase's
     * offered rate, and below it as soon as the clients start late (every one busy) or the last answers
     * come slowly.
     */
    double achieved() {
        return wallNanos <= 0 ? Double.NaN : confirmed / (wallNanos / 1e9);
    }

    double seconds() {
        return wallNanos / 1e9;
    }

    /** Every praise confirmed, no error, at least {@link #HELD} of the offered rate achieved, both p99s within the bound. */
    boolean sustained(Duration p99Bound) {
        double bound = p99Bound.toNanos() / 1e6;
        return failures == 0 && confirmed == planned && (offered == 0 || achieved() >= HELD * offered)
                && submit.p99() <= bound && confirm.p99() <= bound;
    }
}
