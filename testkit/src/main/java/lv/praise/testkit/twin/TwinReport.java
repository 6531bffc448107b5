package lv.praise.testkit.twin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the twin counted since it started (or was reset): per route and operation the requests, the
 * ones that failed, the ones the twin refused for a transaction in flight, and the capacity DynamoDB
 * would bill for them; and the items each successful TransactWriteItems touched. A snapshot: later
 * requests don't change it. The load run and the bench print it; tests read it.
 */
public record TwinReport(List<Row> rows, List<Transaction> transactions, boolean transactionsTruncated) {
    /** Calls without a route header: tests, seeding, the load run's own checks. */
    public static final String NO_ROUTE = "(no route)";

    /**
     * One route's use of one operation.
     *
     * @param requests        every request that reached the twin, refused ones included (attempts)
     * @param failed          answered with an error by DynamoDB Local (a failed condition, a cancelled transaction)
     * @param conflicts       refused by the twin: a transaction cancelled with TransactionConflict, or a single
     *                        write answered TransactionConflictException (a retry usually follows)
     * @param retries         requests that their caller marked as sent again after a conflict (the functions' own
     *                        retries, {@code Transactions}; marked only by the local server) – among {@code requests},
     *                        so {@code requests - retries} is the first attempts
     * @param readUnits       read capacity units, as DynamoDB bills them
     * @param writeUnits      write capacity units of the table itself
     * @param indexWriteUnits write capacity units of its global secondary indexes
     */
    public record Row(String route, String operation, long requests, long failed, long conflicts, long retries,
                      double readUnits, double writeUnits, double indexWriteUnits) {
        public double totalWriteUnits() {
            return writeUnits + indexWriteUnits;
        }

        Row plus(Row o, String route, String operation) {
            return new Row(route, operation, requests + o.requests, failed + o.failed, conflicts + o.conflicts,
                    retries + o.retries, readUnits + o.readUnits, writeUnits + o.writeUnits, indexWriteUnits + o.indexWriteUnits);
        }
    }

    /** A TransactWriteItems that DynamoDB Local committed: who sent it and the items it held. */
    public record Transaction(String route, List<ItemKey> items) {
        public Transaction {
            items = List.copyOf(items);
        }
    }

    public TwinReport {
        rows = List.copyOf(rows);
        transactions = List.copyOf(transactions);
    }

    /** The rows of one route (by operation). */
    public List<Row> route(String route) {
        return rows.stream().filter(r -> r.route().equals(route)).toList();
    }

    /** One route's operation, or empty when the route never used it. */
    public Optional<Row> row(String route, String operation) {
        return rows.stream().filter(r -> r.route().equals(route) && r.operation().equals(operation)).findFirst();
    }

    /** Every route summed, per operation. */
    public Map<String, Row> byOperation() {
        return sum(Row::operation, "all routes");
    }

    /** Every operation summed, per route. */
    public Map<String, Row> byRoute() {
        return sum(Row::route, null);
    }

    public Row total() {
        Row total = new Row("all", "all", 0, 0, 0, 0, 0, 0, 0);
        for (Row r : rows) {
            total = total.plus(r, "all", "all");
        }
        return total;
    }

    private Map<String, Row> sum(Function<Row, String> by, String fixedRoute) {
        Map<String, Row> sums = new TreeMap<>();
        for (Row r : rows) {
            String key = by.apply(r);
            String route = fixedRoute == null ? key : fixedRoute;
            String operation = fixedRoute == null ? "all" : key;
            sums.merge(key, r, (a, b) -> a.plus(b, route, operation));
        }
        return sums;
    }

    /**
     * Items that transactions of different owners touched, with the owners: the hot items. {@code owner}
     * tells whose a transaction is (a participant, say) or null to leave it out (another route's).
     */
    public Map<ItemKey, Set<String>> sharedItems(Function<Transaction, String> owner) {
        Map<ItemKey, Set<String>> owners = new LinkedHashMap<>();
        for (Transaction t : transactions) {
            String who = owner.apply(t);
            if (who == null) {
                continue;
            }
            for (ItemKey item : t.items()) {
                owners.computeIfAbsent(item, k -> new TreeSet<>()).add(who);
            }
        }
        owners.values().removeIf(s -> s.size() < 2);
        return owners;
    }

    /** Per route and operation, as a Markdown table (units to one decimal; RRU/WRU as DynamoDB on-demand bills them). */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("| route | operation | requests | failed | conflicts | retries | read units | write units | index write units |\n");
        b.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::route).thenComparing(Row::operation));
        for (Row r : sorted) {
            line(b, r.route(), r.operation(), r);
        }
        line(b, "**all**", "", total());
        return b.toString();
    }

    private static void line(StringBuilder b, String route, String operation, Row r) {
        b.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %,d | %,d | %,.1f | %,.1f | %,.1f |%n", route, operation,
                r.requests(), r.failed(), r.conflicts(), r.retries(), r.readUnits(), r.writeUnits(), r.indexWriteUnits()));
    }
}
