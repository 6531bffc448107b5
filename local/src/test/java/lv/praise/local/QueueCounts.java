package lv.praise.local;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

/** Waits on the local run's SQS queues (their counts, as GET /_local/queues shows them), by polling a condition. */
final class QueueCounts {
    private QueueCounts() {
    }

    /** One queue's count, as a number. */
    static long count(LocalServer server, String queue, String name) {
        Map<String, Object> counts = server.queueCounts().get(queue);
        if (counts == null) {
            throw new AssertionError("no local queue " + queue + " in " + server.queueCounts().keySet());
        }
        return ((Number) counts.get(name)).longValue();
    }

    /** Waits until {@code condition} holds for the queue's counts; returns them. */
    static Map<String, Object> await(LocalServer server, String queue, Predicate<Map<String, Object>> condition,
                                     String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<String, Object> counts = server.queueCounts().get(queue);
            if (counts != null && condition.test(counts)) {
                return counts;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(queue + ": " + what + " did not happen within " + timeout + " (" + counts + ")");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting on " + queue, e);
            }
        }
    }

    /** Waits until the queue has finished at least {@code deleted} messages and nothing waits, runs or comes again. */
    static Map<String, Object> awaitDone(LocalServer server, String queue, long deleted, Duration timeout) {
        return await(server, queue, c -> ((Number) c.get("deleted")).longValue() >= deleted && Boolean.TRUE.equals(c.get("idle")),
                deleted + " messages done and the queue idle", timeout);
    }
}
