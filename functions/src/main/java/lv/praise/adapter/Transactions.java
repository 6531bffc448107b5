package lv.praise.adapter;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Conditional transactions that two writers may send at the same moment (two publications creating
 * one award, two people naming one organisation): DynamoDB cancels one with TransactionConflict, which
 * is sent again after a jittered pause. Any other cancellation – a condition – is the caller's to read.
 */
final class Transactions {
    static final String CONDITION_FAILED = "ConditionalCheckFailed";
    private static final String CONFLICT = "TransactionConflict";
    private static final int MAX_ATTEMPTS = 6;

    private Transactions() {
    }

    /** @throws TransactionCanceledException when a condition failed (or conflicts outlasted the retries) */
    static void write(DynamoDbClient dynamo, TransactWriteItem... items) {
        for (int attempt = 1; ; attempt++) {
            try {
                dynamo.transactWriteItems(r -> r.transactItems(items));
                return;
            } catch (TransactionCanceledException e) {
                boolean conflict = e.cancellationReasons().stream().anyMatch(reason -> CONFLICT.equals(reason.code()));
                boolean condition = e.cancellationReasons().stream().anyMatch(reason -> CONDITION_FAILED.equals(reason.code()));
                if (!conflict || condition || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** Whether the item at {@code index} of a cancelled transaction failed its condition. */
    static boolean conditionFailed(TransactionCanceledException e, int index) {
        List<CancellationReason> reasons = e.cancellationReasons();
        return reasons.size() > index && CONDITION_FAILED.equals(reasons.get(index).code());
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10L << attempt, 20L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", e);
        }
    }
}
