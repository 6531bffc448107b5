package lv.praise.testkit.twin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** The twin's running counts, by route and operation; {@link #report()} takes a snapshot. Thread-safe. */
final class TwinLedger {
    /**
     * Transactions kept for {@link TwinReport#sharedItems}: enough for a load run of tens of thousands of
     * confirmations, bounded so that a local server running for days does not grow without end.
     */
    static final int KEPT_TRANSACTIONS = 200_000;

    private record Line(String route, String operation) {
    }

    private static final class Tally {
        final LongAdder requests = new LongAdder();
        final LongAdder failed = new LongAdder();
        final LongAdder conflicts = new LongAdder();
        final LongAdder retries = new LongAdder();
        final DoubleAdder read = new DoubleAdder();
        final DoubleAdder write = new DoubleAdder();
        final DoubleAdder indexWrite = new DoubleAdder();
    }

    /** Capacity of one answer, split as DynamoDB reports it with ReturnConsumedCapacity INDEXES. */
    record Units(double read, double write, double indexWrite) {
        static final Units NONE = new Units(0, 0, 0);
    }

    private final Map<Line, Tally> tallies = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<TwinReport.Transaction> transactions = new ConcurrentLinkedQueue<>();
    private final AtomicInteger kept = new AtomicInteger();
    private volatile boolean truncated;

    void answered(String route, String operation, Units units, boolean failed) {
        Tally t = tally(route, operation);
        t.requests.increment();
        if (failed) {
            t.failed.increment();
        }
        t.read.add(units.read());
        t.write.add(units.write());
        t.indexWrite.add(units.indexWrite());
    }

    void conflict(String route, String operation) {
        Tally t = tally(route, operation);
        t.requests.increment();
        t.conflicts.increment();
    }

    /** A request its caller marked as sent again after a conflict; counted among the requests by its answer. */
    void retried(String route, String operation) {
        tally(route, operation).retries.increment();
    }

    void committed(String route, List<ItemKey> items) {
        if (kept.incrementAndGet() > KEPT_TRANSACTIONS) {
            kept.decrementAndGet();
            truncated = true;
            return;
        }
        transactions.add(new TwinReport.Transaction(route, items));
    }

    TwinReport report() {
        List<TwinReport.Row> rows = new ArrayList<>();
        tallies.forEach((line, t) -> rows.add(new TwinReport.Row(line.route(), line.operation(), t.requests.sum(),
                t.failed.sum(), t.conflicts.sum(), t.retries.sum(), t.read.sum(), t.write.sum(), t.indexWrite.sum())));
        return new TwinReport(rows, new ArrayList<>(transactions), truncated);
    }

    /** Forgets everything counted so far (a load run measures from its start, after the seeding). */
    synchronized void reset() {
        tallies.clear();
        transactions.clear();
        kept.set(0);
        truncated = false;
    }

    private Tally tally(String route, String operation) {
        return tallies.computeIfAbsent(new Line(route == null ? TwinReport.NO_ROUTE : route, operation), l -> new Tally());
    }
}
