package lv.praise.domain.jobs;

/**
 * Starts a job's worker without waiting for it (in AWS: Lambda's asynchronous invocation, which retries a
 * failed run twice). Returns once the start is accepted; throws when it was not.
 */
public interface JobLauncher {
    void launch(JobKind kind, int campaignYear, String runId);
}
