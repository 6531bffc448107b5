package lv.praise.testkit;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Seeded faults under the DynamoDB adapters, at the SDK's wire: a call may die before its request
 * leaves (nothing written) or after DynamoDB answered (written, the answer lost) – the two ways a
 * Lambda killed half-way or a broken connection leaves an adapter call. The adapters' own request
 * shapes are untouched: the real client sends them to DynamoDB Local.
 */
public final class DynamoFaults implements ExecutionInterceptor {
    /** The call died here; whatever the adapter was doing stops with it. */
    public static final class Crash extends RuntimeException {
        Crash(String where) {
            super("injected DynamoDB fault " + where);
        }
    }

    private final Random random;
    private final double rate;
    private final int deathAt;
    private final boolean deathAfter;
    private volatile boolean armed;
    private int calls;
    private boolean dead;
    private final Map<String, Integer> faults = new TreeMap<>();

    /** Each call fails with the given probability, before or after it is sent (seeded). */
    public DynamoFaults(long seed, double rate) {
        this(new Random(seed), rate, 0, false);
    }

    private DynamoFaults(Random random, double rate, int deathAt, boolean deathAfter) {
        this.random = random;
        this.rate = rate;
        this.deathAt = deathAt;
        this.deathAfter = deathAfter;
        this.armed = deathAt > 0;
    }

    /**
     * The process dies at its n-th call (counting from 1) – before the request leaves, or after
     * DynamoDB did the work – and every later call fails too: a Lambda killed half-way makes no more.
     */
    public static DynamoFaults deathAt(int n, boolean afterTheCall) {
        if (n < 1) {
            throw new IllegalArgumentException("n counts from 1");
        }
        return new DynamoFaults(null, 0, n, afterTheCall);
    }

    /** Calls sent so far (while armed). */
    public synchronized int calls() {
        return calls;
    }

    /** A client of the shared DynamoDB Local with these faults and no SDK retries (a retry would hide them). */
    public DynamoDbClient client(LocalDynamoDb dynamo) {
        return dynamo.client(o -> o.addExecutionInterceptor(this).retryStrategy(AwsRetryStrategy.doNotRetry()));
    }

    /** Faults are injected only while armed, so a test can seed and inspect through the same client. */
    public void arm(boolean on) {
        armed = on;
    }

    /** Injected faults by operation and moment ("PutItem before", "TransactWriteItems after"). */
    public synchronized Map<String, Integer> faults() {
        return Map.copyOf(faults);
    }

    /** True when the failure, however the SDK wrapped it, is one of ours. */
    public static boolean injected(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Crash) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        maybeCrash(attributes, false);
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        maybeCrash(attributes, true);
    }

    private void maybeCrash(ExecutionAttributes attributes, boolean after) {
        if (!armed) {
            return;
        }
        String where = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME) + (after ? " after" : " before");
        synchronized (this) {
            if (!fails(after)) {
                return;
            }
            faults.merge(where, 1, Integer::sum);
        }
        throw new Crash(where);
    }

    private boolean fails(boolean after) {
        if (deathAt == 0) {
            return random.nextDouble() < rate;
        }
        if (!after) {
            calls++;
        }
        if (dead) {
            return true;
        }
        dead = calls >= deathAt && after == deathAfter;
        return dead;
    }
}
