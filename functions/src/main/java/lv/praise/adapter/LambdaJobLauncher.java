package lv.praise.adapter;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.JobLauncher;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;

/**
 * Starts a job's worker function with Lambda's asynchronous invocation ({@code InvocationType Event}):
 * Lambda queues the event and answers 202 at once; a run that fails is retried twice by Lambda
 * (the function's {@code EventInvokeConfig}). The event names the job and its run, nothing else.
 */
public final class LambdaJobLauncher implements JobLauncher {
    private final LambdaClient lambda;
    private final Map<JobKind, String> functions;

    /** @param functions the worker function's name per kind (from the environment, set by {@code !Ref}) */
    public LambdaJobLauncher(LambdaClient lambda, Map<JobKind, String> functions) {
        this.lambda = lambda;
        this.functions = Map.copyOf(functions);
    }

    @Override
    public void launch(JobKind kind, int campaignYear, String runId) {
        String function = functions.get(kind);
        if (function == null) {
            throw new IllegalStateException("no worker function is configured for " + kind.code() + " jobs");
        }
        var response = lambda.invoke(r -> r.functionName(function)
                .invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromString(event(kind, campaignYear, runId), StandardCharsets.UTF_8)));
        // 202 Accepted is Lambda's answer to a queued asynchronous invocation; anything else did not start it.
        if (response.statusCode() == null || response.statusCode() != 202) {
            throw new IllegalStateException("Lambda did not queue the " + kind.code() + " worker: status "
                    + response.statusCode());
        }
    }

    /** The worker's event: {"job": kind, "campaignYear": year, "runId": id}. */
    static String event(JobKind kind, int campaignYear, String runId) {
        // Run ids are ours (UUIDs): nothing to escape, checked rather than assumed.
        if (!runId.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("a run id is letters, digits and dashes: " + runId);
        }
        return "{\"job\":\"" + kind.code() + "\",\"campaignYear\":" + campaignYear + ",\"runId\":\"" + runId + "\"}";
    }
}
