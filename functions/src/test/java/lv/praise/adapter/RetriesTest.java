package lv.praise.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** The one back-off: its curves, and the batch read that gives up after ten tries with what was left. */
class RetriesTest {
    private static final String TABLE = "PraiseTable-test";

    @Test
    void theCurvesDoubleUpToTheirCeiling() {
        assertEquals(List.of(20L, 40L, 80L, 160L, 320L, 400L, 400L),
                List.of(1, 2, 3, 4, 5, 6, 30).stream().map(Retries.CONFLICTS::ceiling).toList());
        assertEquals(List.of(50L, 100L, 1600L, 2000L),
                List.of(1, 2, 6, 7).stream().map(Retries.THROTTLING::ceiling).toList());
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Retries.THROTTLING.pause(3, waits::add);
        }
        assertTrue(waits.stream().allMatch(w -> w >= 100 && w <= 200), waits.toString());
    }

    @Test
    void aBatchReadThatStaysUnprocessedFailsAfterTenTriesNamingWhatWasLeft() {
        Map<String, AttributeValue> key = Map.of("PK", AttributeValue.fromS("P"), "SK", AttributeValue.fromS("S"));
        List<Integer> calls = new ArrayList<>();
        DynamoDbClient stubborn = new DynamoDbClient() {
            @Override
            public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
                calls.add(request.requestItems().get(TABLE).keys().size());
                return BatchGetItemResponse.builder().responses(Map.of())
                        .unprocessedKeys(Map.of(TABLE, request.requestItems().get(TABLE))).build();
            }

            @Override
            public String serviceName() {
                return "dynamodb";
            }

            @Override
            public void close() {
            }
        };
        List<Long> waits = new ArrayList<>();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Retries.batchGet(stubborn, TABLE,
                KeysAndAttributes.builder().keys(key).build(), "praise", waits::add));
        assertEquals("1 praise stayed unread after 10 tries", e.getMessage());
        assertEquals(10, calls.size());
        assertEquals(9, waits.size(), "a pause between tries, none after the last");
    }
}
