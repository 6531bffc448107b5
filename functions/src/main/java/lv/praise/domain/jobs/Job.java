package lv.praise.domain.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import lv.praise.domain.Actor;
import java.util.Objects;

/**
 * One run of a long piece of work, as the organisers' console watches it. Kept as one item per
 * campaign and kind; a new start replaces a finished or dead one.
 *
 * @param runId     names this run: the worker's event carries it, and every write of the worker is
 *                  conditional on it, so a run that a newer start replaced can't write over it
 * @param attempts  how many times a worker took it up (Lambda retries a failed asynchronous run twice)
 * @param step      where the run is, as a code the console translates (e.g. {@code letters})
 * @param done      units of the step done (letters sent, posters drawn); with {@code total} the progress
 * @param error     why it failed (an error code), or the last attempt's failure while it is retried; null
 * @param result    what the run left for the organisers (e.g. the archive's key); empty until done
 * @param updatedAt the last write of the run: a run not heard of for {@link Jobs#LEASE} is dead
 */
public record Job(int campaignYear, JobKind kind, String runId, JobState state, Actor startedBy, Instant startedAt,
                  Instant updatedAt, int attempts, String step, int done, int total, String error,
                  Map<String, String> result) {
    public Job {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        result = result == null ? Map.of() : Map.copyOf(result);
    }

    /** Queued or running, and heard of within the lease: a second start joins it instead of starting another. */
    public boolean activeAt(Instant now) {
        return !state.finished() && !stalledAt(now);
    }

    /** Queued or running, but silent for longer than any worker can live: it died, and a new start may replace it. */
    public boolean stalledAt(Instant now) {
        return !state.finished() && Duration.between(updatedAt, now).compareTo(Jobs.LEASE) > 0;
    }
}
