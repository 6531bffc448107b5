package lv.praise.local.load;

import java.util.Arrays;

/** The durations of one kind of request, from every client, and their percentiles. */
final class Latencies {
    private long[] nanos = new long[1024];
    private int size;

    synchronized void add(long elapsedNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = elapsedNanos;
    }

    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        return new Summary(size, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                size == 0 ? 0 : sorted[size - 1] / 1e6);
    }

    /** Milliseconds; nearest rank, so p99 of 100 values is the 99th smallest. */
    record Summary(int count, double p50, double p95, double p99, double max) {
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
