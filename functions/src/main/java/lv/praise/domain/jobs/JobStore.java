package lv.praise.domain.jobs;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The job items; every write is conditional, so two starts or two workers never both win. */
public interface JobStore {
    Optional<Job> find(int campaignYear, JobKind kind);

    /**
     * Writes the queued job only if there is none of its kind, or the one there is finished or was last
     * heard of before {@code staleBefore}.
     *
     * @return false when an active job is there (a double click, a concurrent start)
     */
    boolean start(Job job, Instant staleBefore);

    /**
     * A worker takes the run up: running, one more attempt, heard of now – only if the item is still
     * this run and not finished.
     *
     * @return the job as written; empty when the run was replaced or is already finished
     */
    Optional<Job> claim(int campaignYear, JobKind kind, String runId, Instant now);

    /** Where the run is; false when the run was replaced or finished meanwhile (the worker stops writing). */
    boolean progress(int campaignYear, JobKind kind, String runId, String step, int done, int total, Instant now);

    /** Records an attempt's failure while the run stays open for Lambda's retry. */
    boolean failedAttempt(int campaignYear, JobKind kind, String runId, String error, Instant now);

    /** Done or failed, with what it left; only this run's item, only once. */
    boolean finish(int campaignYear, JobKind kind, String runId, JobState state, String error,
                   Map<String, String> result, Instant now);
}
