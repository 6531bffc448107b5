package lv.praise.domain.jobs;

import java.util.function.IntSupplier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import lv.praise.domain.Actor;
import java.util.Optional;
import java.util.function.Supplier;
import lv.praise.domain.RefusedException;

/**
 * Use case: start a long run once and watch it. The route records the job (a double click, or two
 * organisers at once, find the first one's job and start nothing) and hands it to a worker, which
 * takes it up, reports its progress and finishes it. A worker that dies is run again by Lambda (twice);
 * what it does must be safe to run again – the job only records it.
 */
public final class Jobs {
    /**
     * A run not heard of for this long is dead: longer than a worker can live (Lambda's 15 minutes), so a
     * live run – or the retry of a dead attempt, which Lambda starts within minutes – never counts as dead.
     */
    public static final Duration LEASE = Duration.ofMinutes(16);
    /** Lambda's asynchronous invocation: the first attempt and two retries (template: MaximumRetryAttempts 2). */
    public static final int MAX_ATTEMPTS = 3;
    /** The error of an attempt that failed for a reason of ours (details in the log, not in the table). */
    public static final String WORKER_FAILED = "worker_failed";
    public static final String LAUNCH_FAILED = "launch_failed";

    /** What a start did: the job, and whether this call started it (false: one was running already). */
    public record Started(Job job, boolean startedNow) {
    }

    /** How far the work is; the worker calls it between its steps. */
    public interface Progress {
        void step(String step, int done, int total);
    }

    /** The work of a job; returns what it leaves for the organisers. A {@link RefusedException} is final. */
    public interface Work {
        Map<String, String> run(Job job, Progress progress);
    }

    /** What the worker's call did with its run. */
    public enum Outcome { DONE, FAILED, SKIPPED }

    private final IntSupplier campaignYear;
    private final JobStore store;
    private final JobLauncher launcher;
    private final Clock clock;
    private final Supplier<String> runIds;

    /** @param clock real time (a demo's fixed campaign clock can't tell a dead run from a live one) */
    public Jobs(int campaignYear, JobStore store, JobLauncher launcher, Clock clock, Supplier<String> runIds) {
        this(() -> campaignYear, store, launcher, clock, runIds);
    }

    public Jobs(IntSupplier campaignYear, JobStore store, JobLauncher launcher, Clock clock, Supplier<String> runIds) {
        this.campaignYear = campaignYear;
        this.store = store;
        this.launcher = launcher;
        this.clock = clock;
        this.runIds = runIds;
    }

    /**
     * Starts a run of this kind, unless one is active: then that one is answered and nothing starts. A
     * start the launcher refuses leaves the job failed ({@value #LAUNCH_FAILED}) and throws.
     */
    public Started start(JobKind kind, Actor by) {
        for (int tries = 0; tries < 3; tries++) {
            Instant now = clock.instant();
            Job job = new Job(campaignYear.getAsInt(), kind, runIds.get(), JobState.QUEUED, by, now, now, 0, "queued", 0, 0,
                    null, Map.of());
            if (store.start(job, now.minus(LEASE))) {
                try {
                    launcher.launch(kind, campaignYear.getAsInt(), job.runId());
                } catch (RuntimeException e) {
                    store.finish(campaignYear.getAsInt(), kind, job.runId(), JobState.FAILED, LAUNCH_FAILED, Map.of(), clock.instant());
                    throw e;
                }
                return new Started(job, true);
            }
            Optional<Job> active = store.find(campaignYear.getAsInt(), kind);
            if (active.isPresent() && active.get().activeAt(clock.instant())) {
                return new Started(active.get(), false);
            }
            // It finished between our write and our read: try again with a fresh run.
        }
        throw new IllegalStateException("the " + kind.code() + " job kept changing while it was being started");
    }

    public Optional<Job> find(JobKind kind) {
        return store.find(campaignYear.getAsInt(), kind);
    }

    /** Whether a run of this kind was last heard of too long ago to be alive (shown to the organisers). */
    public boolean stalled(Job job) {
        return job.stalledAt(clock.instant());
    }

    /**
     * The worker's side: takes the run up (one more attempt), does the work and finishes the job. A run
     * that was replaced or already finished (a late retry) is skipped. A refusal ({@link RefusedException})
     * fails the job for good; any other failure is recorded and thrown, so that Lambda retries the run –
     * after the last attempt the job is failed.
     */
    public Outcome run(JobKind kind, String runId, Work work) {
        Optional<Job> claimed = store.claim(campaignYear.getAsInt(), kind, runId, clock.instant());
        if (claimed.isEmpty()) {
            return Outcome.SKIPPED;
        }
        Job job = claimed.get();
        Progress progress = (step, done, total) ->
                store.progress(campaignYear.getAsInt(), kind, runId, step, done, total, clock.instant());
        Map<String, String> result;
        try {
            result = work.run(job, progress);
        } catch (RefusedException refused) {
            store.finish(campaignYear.getAsInt(), kind, runId, JobState.FAILED, refused.code().code(), Map.of(), clock.instant());
            return Outcome.FAILED;
        } catch (RuntimeException | Error e) {
            try {
                if (job.attempts() >= MAX_ATTEMPTS) {
                    store.finish(campaignYear.getAsInt(), kind, runId, JobState.FAILED, WORKER_FAILED, Map.of(), clock.instant());
                } else {
                    store.failedAttempt(campaignYear.getAsInt(), kind, runId, WORKER_FAILED, clock.instant());
                }
            } catch (RuntimeException recordFailed) {
                e.addSuppressed(recordFailed);
            }
            throw e;
        }
        store.finish(campaignYear.getAsInt(), kind, runId, JobState.DONE, null, result, clock.instant());
        return Outcome.DONE;
    }
}
