package lv.praise.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.intake.SubmissionLimits;

/** The counters in memory, with the adapter's rule (count unless at the limit); can be made to fail. */
public final class InMemorySubmissionLimits implements SubmissionLimits {
    /** One call, as the use case made it. */
    public record Call(Scope scope, String keyHash, Instant windowStart, Instant windowEnd, int limit, boolean counted) {
    }

    private final Map<String, Integer> counts = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private RuntimeException failure;

    @Override
    public synchronized boolean tryCount(Scope scope, String keyHash, Instant windowStart, Instant windowEnd, int limit) {
        if (failure != null) {
            throw failure;
        }
        String key = scope + "#" + keyHash + "#" + windowStart;
        int count = counts.getOrDefault(key, 0);
        boolean counted = count < limit;
        if (counted) {
            counts.put(key, count + 1);
        }
        calls.add(new Call(scope, keyHash, windowStart, windowEnd, limit, counted));
        return counted;
    }

    /** From now on every call throws this (null: work again). */
    public synchronized void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Counters written so far (a refused count writes nothing). */
    public synchronized int counters() {
        return counts.size();
    }
}
