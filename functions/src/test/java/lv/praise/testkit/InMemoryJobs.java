package lv.praise.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.praise.domain.jobs.Job;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.JobLauncher;
import lv.praise.domain.jobs.JobState;
import lv.praise.domain.jobs.JobStore;
import lv.praise.domain.jobs.Jobs;

/**
 * The job store in memory, with the same conditions as DynamoJobStore, and a launcher that records the
 * worker events it was asked to start (a test runs the worker with them, as Lambda would).
 */
public final class InMemoryJobs implements JobStore, JobLauncher {
    /** One asynchronous start: what the worker gets. */
    public record Launch(JobKind kind, int campaignYear, String runId) {
        /** The worker's event, as LambdaJobLauncher sends it. */
        public Map<String, Object> event() {
            return Map.of("job", kind.code(), "campaignYear", campaignYear, "runId", runId);
        }
    }

    private final Map<JobKind, Job> jobs = new HashMap<>();
    private final List<Launch> launches = new ArrayList<>();
    private int runs;

    /** Jobs over this store and launcher, on the given clock. */
    public Jobs jobs(java.time.Clock clock) {
        return new Jobs(Fixtures.YEAR, this, this, clock, () -> "run-" + (++runs));
    }

    public synchronized List<Launch> launches() {
        return List.copyOf(launches);
    }

    @Override
    public synchronized void launch(JobKind kind, int campaignYear, String runId) {
        launches.add(new Launch(kind, campaignYear, runId));
    }

    @Override
    public synchronized Optional<Job> find(int campaignYear, JobKind kind) {
        return Optional.ofNullable(jobs.get(kind));
    }

    @Override
    public synchronized boolean start(Job job, Instant staleBefore) {
        Job there = jobs.get(job.kind());
        if (there != null && !there.state().finished() && !there.updatedAt().isBefore(staleBefore)) {
            return false;
        }
        jobs.put(job.kind(), job);
        return true;
    }

    @Override
    public synchronized Optional<Job> claim(int campaignYear, JobKind kind, String runId, Instant now) {
        Job j = open(kind, runId);
        if (j == null) {
            return Optional.empty();
        }
        Job claimed = new Job(j.campaignYear(), kind, runId, JobState.RUNNING, j.startedBy(), j.startedAt(), now,
                j.attempts() + 1, j.step(), j.done(), j.total(), j.error(), j.result());
        jobs.put(kind, claimed);
        return Optional.of(claimed);
    }

    @Override
    public synchronized boolean progress(int campaignYear, JobKind kind, String runId, String step, int done, int total,
                                         Instant now) {
        Job j = open(kind, runId);
        if (j == null) {
            return false;
        }
        jobs.put(kind, new Job(j.campaignYear(), kind, runId, j.state(), j.startedBy(), j.startedAt(), now, j.attempts(),
                step, done, total, j.error(), j.result()));
        return true;
    }

    @Override
    public synchronized boolean failedAttempt(int campaignYear, JobKind kind, String runId, String error, Instant now) {
        Job j = open(kind, runId);
        if (j == null) {
            return false;
        }
        jobs.put(kind, new Job(j.campaignYear(), kind, runId, j.state(), j.startedBy(), j.startedAt(), now, j.attempts(),
                j.step(), j.done(), j.total(), error, j.result()));
        return true;
    }

    @Override
    public synchronized boolean finish(int campaignYear, JobKind kind, String runId, JobState state, String error,
                                       Map<String, String> result, Instant now) {
        Job j = open(kind, runId);
        if (j == null) {
            return false;
        }
        jobs.put(kind, new Job(j.campaignYear(), kind, runId, state, j.startedBy(), j.startedAt(), now, j.attempts(),
                j.step(), j.done(), j.total(), error, result));
        return true;
    }

    private Job open(JobKind kind, String runId) {
        Job j = jobs.get(kind);
        return j != null && j.runId().equals(runId) && !j.state().finished() ? j : null;
    }
}
