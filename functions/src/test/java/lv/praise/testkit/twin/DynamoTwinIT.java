package lv.praise.testkit.twin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * The twin through the real SDK client, in front of the shared DynamoDB Local: DynamoDB's transaction
 * conflicts, parsed as DynamoDB's own answers, and the capacity DynamoDB would bill, by operation and route.
 */
class DynamoTwinIT {
    private static final Duration LONG_HOLD = Duration.ofMillis(600);
    private static final String ROUTE = "POST /api/test";

    private final LocalDynamoDb local = LocalDynamoDb.shared();
    private DynamoTwin twin;
    private DynamoDbClient client;
    private String table;

    @BeforeEach
    void twinWithALongHold() {
        // A twin of its own, holding long enough that "at once" needs no luck with the scheduler.
        twin = DynamoTwin.start(local.upstreamEndpoint(), LONG_HOLD);
        client = LocalDynamoDb.clientFor(twin.endpoint(), o -> o.addExecutionInterceptor(new RouteHeader()));
        table = local.createFreshTable(SamTemplate.load(), "PraiseTable");
        twin.reset();
    }

    @AfterEach
    void stop() {
        client.close();
        twin.close();
    }

    @Test
    void aTransactionMeetingAnItemHeldByAnotherIsCancelledWithTransactionConflict() throws Exception {
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> client.transactWriteItems(r -> r.transactItems(
                add("PRAISE#1", "PRAISE"), add("CAMPAIGN#2027", "PARTICIPANT#a"))));
        twin.awaitHeld(2, Duration.ofSeconds(5)); // the first holds both items for LONG_HOLD from now on
        TransactionCanceledException cancelled = assertThrows(TransactionCanceledException.class,
                () -> client.transactWriteItems(r -> r.transactItems(
                        add("PRAISE#2", "PRAISE"), add("CAMPAIGN#2027", "PARTICIPANT#a"))));
        assertEquals(List.of("None", "TransactionConflict"),
                cancelled.cancellationReasons().stream().map(CancellationReason::code).toList());
        assertEquals("TransactionCanceledException", cancelled.awsErrorDetails().errorCode());
        first.get(5, TimeUnit.SECONDS);

        // Once the first is done the item is free again, and nothing of the cancelled one was written. The
        // caller marks its second attempt as a retry (as the local server does): counted among the requests.
        client.transactWriteItems(r -> r.transactItems(add("PRAISE#2", "PRAISE"), add("CAMPAIGN#2027", "PARTICIPANT#a"))
                .overrideConfiguration(o -> o.putHeader(DynamoTwin.RETRY_HEADER, "1")));
        assertEquals("2", get("CAMPAIGN#2027", "PARTICIPANT#a").get("n").n());
        TwinReport.Row row = twin.report().row(ROUTE, "TransactWriteItems").orElseThrow();
        assertEquals(3, row.requests());
        assertEquals(1, row.conflicts());
        assertEquals(1, row.retries());
    }

    @Test
    void aSingleWriteToAnItemHeldByATransactionFailsWithTransactionConflictException() throws Exception {
        CompletableFuture<Void> held = CompletableFuture.runAsync(() -> client.transactWriteItems(r -> r.transactItems(
                add("PRAISE#1", "PRAISE"))));
        twin.awaitHeld(1, Duration.ofSeconds(5)); // the transaction holds the item for LONG_HOLD from now on
        // The SDK does not retry it (it is not among its retryable codes): the adapters must.
        TransactionConflictException conflict = assertThrows(TransactionConflictException.class,
                () -> client.updateItem(r -> r.tableName(table).key(key("PRAISE#1", "PRAISE"))
                        .updateExpression("ADD n :one").expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))));
        assertEquals(400, conflict.statusCode());
        assertEquals(1, conflict.numAttempts());
        // A read is not refused: it sees the item as it was before the transaction.
        client.getItem(r -> r.tableName(table).key(key("PRAISE#1", "PRAISE")).consistentRead(true));
        held.get(5, TimeUnit.SECONDS);
        client.updateItem(r -> r.tableName(table).key(key("PRAISE#1", "PRAISE"))
                .updateExpression("ADD n :one").expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
        assertEquals("2", get("PRAISE#1", "PRAISE").get("n").n());
        assertEquals(1, twin.report().row(ROUTE, "UpdateItem").orElseThrow().conflicts());
    }

    @Test
    void aTransactionCancelledByItsConditionLetsItsItemsGoAtOnce() {
        client.putItem(r -> r.tableName(table).item(key("PRAISE#1", "PRAISE")));
        assertThrows(TransactionCanceledException.class, () -> client.transactWriteItems(r -> r.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName(table).item(key("PRAISE#1", "PRAISE"))
                        .conditionExpression("attribute_not_exists(PK)")).build())));
        long started = System.nanoTime();
        client.updateItem(r -> r.tableName(table).key(key("PRAISE#1", "PRAISE"))
                .updateExpression("ADD n :one").expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
        assertTrue(System.nanoTime() - started < LONG_HOLD.toNanos(), "not held by a cancelled transaction");
    }

    /**
     * DynamoDB's billing rules, checked on the figures DynamoDB Local reports and the twin counts: reads
     * in 4 KB units (half when eventually consistent) of the whole item whatever the projection, Query
     * billed for every item read before its filter, writes in 1 KB units with each index's own write,
     * and twice as much inside a transaction.
     */
    @Test
    void capacityIsCountedAsDynamoDbBillsIt() {
        String text = "x".repeat(5_000);
        // 5 KB with both ByModeration keys: 5 WRU for the table, 5 for the index's copy (it projects ALL).
        client.putItem(r -> r.tableName(table).item(Map.of("PK", s("PRAISE#1"), "SK", s("PRAISE"), "text", s(text),
                "moderationKey", s("2027#PENDING#0"), "moderationSort", s("a"))));
        assertUnits("PutItem", 0, 5, 5);

        client.getItem(r -> r.tableName(table).key(key("PRAISE#1", "PRAISE")));
        assertUnits("GetItem", 1, 0, 0); // ceil(5 / 4) = 2 units, halved: eventually consistent
        twin.reset();
        client.getItem(r -> r.tableName(table).key(key("PRAISE#1", "PRAISE")).consistentRead(true)
                .projectionExpression("PK"));
        assertUnits("GetItem", 2, 0, 0); // the whole item is read, whatever is returned

        twin.reset();
        var found = client.query(r -> r.tableName(table).keyConditionExpression("PK = :pk")
                .filterExpression("moderationSort = :none").consistentRead(true)
                .expressionAttributeValues(Map.of(":pk", s("PRAISE#1"), ":none", s("nothing"))));
        assertEquals(0, found.count());
        assertUnits("Query", 2, 0, 0); // nothing returned, the 5 KB read before the filter billed

        twin.reset();
        var response = client.transactWriteItems(r -> r.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .transactItems(TransactWriteItem.builder().update(u -> u.tableName(table).key(key("PRAISE#1", "PRAISE"))
                                .updateExpression("SET flag = :f").expressionAttributeValues(Map.of(":f", s("y")))).build(),
                        add("PRAISE#2", "PRAISE")));
        // 2 x 5 (the updated 5 KB item) + 2 x 1 (a small one) for the table; 2 x 5 for the index's copy.
        assertUnits("TransactWriteItems", 0, 12, 10);
        assertEquals(1, response.consumedCapacity().size(), "the caller gets what it asked for");
        assertEquals(null, response.consumedCapacity().get(0).table(), "TOTAL: no per-index detail");

        // A confirmation's shape: a new slot, a praise entering the index, a counter: 3 x 2 for the table,
        // 2 for the praise's new index entry (DynamoDB Local would say 4 and 2).
        twin.reset();
        client.putItem(r -> r.tableName(table).item(Map.of("PK", s("PRAISE#3"), "SK", s("PRAISE"), "status", s("PENDING"))));
        client.transactWriteItems(r -> r.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName(table).item(key("PRAISER#3", "PRAISER"))).build(),
                TransactWriteItem.builder().update(u -> u.tableName(table).key(key("PRAISE#3", "PRAISE"))
                        .updateExpression("SET moderationKey = :k, moderationSort = :s")
                        .expressionAttributeValues(Map.of(":k", s("2027#PENDING#1"), ":s", s("b")))).build(),
                add("CAMPAIGN#2027", "PARTICIPANT#a")));
        assertUnits("TransactWriteItems", 0, 6, 2);
        assertUnits("PutItem", 0, 1, 0);

        twin.reset();
        var quiet = client.getItem(r -> r.tableName(table).key(key("PRAISE#1", "PRAISE")));
        assertEquals(null, quiet.consumedCapacity(), "not asked for, not returned");
        assertUnits("GetItem", 1, 0, 0);
    }

    @Test
    void theItemsOfEachCommittedTransactionShowWhichAreShared() {
        client.transactWriteItems(r -> r.transactItems(add("PRAISE#1", "PRAISE"), add("CAMPAIGN#2027", "PARTICIPANT#a"),
                add("CAMPAIGN#2027", "COUNTS")));
        client.transactWriteItems(r -> r.transactItems(add("PRAISE#2", "PRAISE"), add("CAMPAIGN#2027", "PARTICIPANT#b"),
                add("CAMPAIGN#2027", "COUNTS")));
        TwinReport report = twin.report();
        assertEquals(2, report.transactions().size());
        Map<ItemKey, Set<String>> shared = report.sharedItems(t -> t.items().get(1).sort());
        assertEquals(Map.of(new ItemKey(table, "CAMPAIGN#2027", "COUNTS"), Set.of("PARTICIPANT#a", "PARTICIPANT#b")),
                shared);
    }

    private void assertUnits(String operation, double read, double write, double indexWrite) {
        TwinReport.Row row = twin.report().row(ROUTE, operation).orElseThrow();
        assertEquals(read, row.readUnits(), operation + " read units");
        assertEquals(write, row.writeUnits(), operation + " write units");
        assertEquals(indexWrite, row.indexWriteUnits(), operation + " index write units");
    }

    private Map<String, AttributeValue> get(String pk, String sk) {
        return client.getItem(r -> r.tableName(table).key(key(pk, sk)).consistentRead(true)).item();
    }

    private TransactWriteItem add(String pk, String sk) {
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(key(pk, sk))
                .updateExpression("ADD n :one").expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))).build();
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("PK", s(pk), "SK", s(sk));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    /** What the local server's interceptor does for the functions: names the route on every call. */
    private static final class RouteHeader implements ExecutionInterceptor {
        @Override
        public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
            return context.httpRequest().toBuilder().putHeader(DynamoTwin.ROUTE_HEADER, ROUTE).build();
        }
    }
}
