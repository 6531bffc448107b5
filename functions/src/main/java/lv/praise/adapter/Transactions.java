package lv.praise.adapter;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * The retry of conflicting writes, on the one back-off of the DynamoDB adapters ({@link Retries}). DynamoDB does not queue writers of one item: a
 * transaction that meets an item another transaction holds is cancelled with TransactionConflict, and
 * a single write to such an item fails with TransactionConflictException (the SDK retries neither).
 * Both are sent again after a jittered pause that grows with each attempt, so that racing writers
 * don't collide again in lockstep, until {@link #PATIENCE_MILLIS} have passed. Any other cancellation –
 * a condition – is the caller's to read; nothing is swallowed.
 */
final class Transactions {
    static final String CONDITION_FAILED = "ConditionalCheckFailed";
    private static final String CONFLICT = "TransactionConflict";
    static final String CONFLICT_LOG = "transaction_conflict_retried";
    /** The dashboard's conflicts: namespace POWERTOOLS_METRICS_NAMESPACE, dimension service (template.yaml). */
    static final String CONFLICT_METRIC = "TransactionConflicts";
    /**
     * How long conflicts are retried. One item takes a transaction per ~10–30 ms, so a participant that
     * twenty people confirm at the same moment keeps the last of them waiting about a second; ten seconds
     * leave room for far worse, and for the answer within the functions' 20-s limit.
     */
    static final long PATIENCE_MILLIS = 10_000;

    private Transactions() {
    }

    /** @throws TransactionCanceledException when a condition failed (or conflicts outlasted the patience) */
    static void write(DynamoDbClient dynamo, TransactWriteItem... items) {
        write(dynamo, List.of(items));
    }

    /** @throws TransactionCanceledException when a condition failed (or conflicts outlasted the patience) */
    static void write(DynamoDbClient dynamo, List<TransactWriteItem> items) {
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                dynamo.transactWriteItems(r -> r.transactItems(items));
                return;
            } catch (TransactionCanceledException e) {
                if (!conflictOnly(e) || outOfPatience(started)) {
                    throw e;
                }
                conflicted("transaction", attempt);
                backOff(attempt);
            }
        }
    }

    /**
     * One PutItem, UpdateItem or DeleteItem of an item that transactions also write (a participant, an
     * award): sent again while the item is held by a transaction in flight.
     */
    static <T> T single(Supplier<T> write) {
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (TransactionConflictException e) {
                if (outOfPatience(started)) {
                    throw e;
                }
                conflicted("single", attempt);
                backOff(attempt);
            }
        }
    }

    /** Whether the item at {@code index} of a cancelled transaction failed its condition. */
    static boolean conditionFailed(TransactionCanceledException e, int index) {
        List<CancellationReason> reasons = e.cancellationReasons();
        return reasons.size() > index && CONDITION_FAILED.equals(reasons.get(index).code());
    }

    /**
     * Whether the item at {@code index} failed its condition although it exists: DynamoDB returns the
     * old item with the reason when the action asked for {@code ReturnValuesOnConditionCheckFailure.ALL_OLD}.
     * A participant's item failing "exists and is not frozen" is frozen when it comes back, missing when not.
     */
    static boolean failedOnExistingItem(TransactionCanceledException e, int index) {
        if (!conditionFailed(e, index)) {
            throw new IllegalArgumentException("item " + index + " did not fail its condition", e);
        }
        CancellationReason reason = e.cancellationReasons().get(index);
        return reason.hasItem() && !reason.item().isEmpty();
    }

    /**
     * Cancelled for conflicts alone: a failed condition anywhere is an answer, not a reason to try again
     * (DynamoDB names every reason it found).
     */
    private static boolean conflictOnly(TransactionCanceledException e) {
        List<CancellationReason> reasons = e.cancellationReasons();
        return reasons.stream().anyMatch(r -> CONFLICT.equals(r.code()))
                && reasons.stream().noneMatch(r -> CONDITION_FAILED.equals(r.code()));
    }

    /**
     * One line per conflict retried, also an embedded metric: the dashboard's "conflicts" show how hard
     * the evening's hot items (a popular participant's counter) are contended, from whichever function.
     */
    private static void conflicted(String write, int attempt) {
        JsonLog.count(CONFLICT_LOG, Map.of("write", write, "attempt", attempt), CONFLICT_METRIC);
    }

    private static boolean outOfPatience(long startedNanos) {
        return System.nanoTime() - startedNanos > PATIENCE_MILLIS * 1_000_000;
    }

    /** A pause before attempt {@code attempt + 1} of a conflicting write or an unsettled read ({@link Retries#CONFLICTS}). */
    static void backOff(int attempt) {
        Retries.CONFLICTS.pause(attempt, Retries.SLEEP);
    }
}
