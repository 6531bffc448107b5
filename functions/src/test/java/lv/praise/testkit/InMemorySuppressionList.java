package lv.praise.testkit;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lv.praise.domain.mail.SuppressionList;
import lv.praise.domain.mail.SuppressionReason;

/** The suppression list in memory, with the reads counted (the sender may read once per send). */
public final class InMemorySuppressionList implements SuppressionList {
    /** What was recorded for one keyed hash. */
    public record Entry(SuppressionReason reason, Instant at) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile int reads;

    @Override
    public boolean isSuppressed(String emailHash) {
        reads++;
        return entries.containsKey(emailHash);
    }

    @Override
    public void suppress(String emailHash, SuppressionReason reason, Instant at) {
        entries.putIfAbsent(emailHash, new Entry(reason, at));
    }

    public Map<String, Entry> entries() {
        return Map.copyOf(entries);
    }

    public int reads() {
        return reads;
    }
}
