package lv.praise.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * SnapStart's DynamoDB priming over DynamoDB Local: one read of a key no item has, answered without an
 * error (the key fits the table's schema), and nothing written – the table stays empty, and the calls
 * counted at the SDK's wire are that one GetItem. What it does not show: that the deployed function's
 * role allows GetItem (template.yaml gives every function with a table a DynamoDB policy that does).
 */
class SnapStartPrimingIT {
    @Test
    void primingReadsOnceAndWritesNothing() {
        LocalDynamoDb local = LocalDynamoDb.shared();
        String table = local.createFreshTable(SamTemplate.load(), "PraiseTable");
        List<String> operations = new CopyOnWriteArrayList<>();
        ExecutionInterceptor counting = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                operations.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
            }
        };
        try (DynamoDbClient dynamo = local.client(o -> o.addExecutionInterceptor(counting))) {
            Map<String, Long> millis = new SnapStartPriming(() -> List.of(SnapStartPriming.dynamoRead(dynamo, table),
                    SnapStartPriming.json())).prime();

            assertTrue(millis.get("dynamodb") >= 0, "the read failed: " + millis);
            assertEquals(List.of("GetItem"), operations);
            assertEquals(0, local.client().scan(r -> r.tableName(table)).count(), "an item was written");
        }
    }
}
