package lv.praise.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import lv.praise.domain.Evaluation;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The batching and retrying of {@link DynamoEvaluationStore#saveAll}, against a scripted client. */
class DynamoEvaluationStoreTest {
    private static final String TABLE = "PraiseTable-test";

    /** Leaves the last {@code unprocessed} requests of each call unprocessed while {@code stubbornCalls} lasts. */
    static final class ThrottlingClient implements DynamoDbClient {
        final List<Integer> batchSizes = new ArrayList<>();
        final Set<String> writtenKeys = new HashSet<>();
        final Map<String, Map<String, AttributeValue>> writtenItems = new java.util.HashMap<>();
        int unprocessed;
        int stubbornCalls;

        @Override
        public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
            List<WriteRequest> requests = request.requestItems().get(TABLE);
            batchSizes.add(requests.size());
            Set<String> keys = new HashSet<>();
            requests.forEach(r -> assertTrue(keys.add(r.putRequest().item().get("SK").s()), "a key twice in one batch"));
            int keep = stubbornCalls-- > 0 ? Math.min(unprocessed, requests.size()) : 0;
            List<WriteRequest> done = requests.subList(0, requests.size() - keep);
            done.forEach(r -> writtenKeys.add(r.putRequest().item().get("SK").s()));
            done.forEach(r -> writtenItems.put(r.putRequest().item().get("SK").s(), r.putRequest().item()));
            List<WriteRequest> left = requests.subList(requests.size() - keep, requests.size());
            return BatchWriteItemResponse.builder()
                    .unprocessedItems(left.isEmpty() ? Map.of() : Map.of(TABLE, List.copyOf(left)))
                    .build();
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {
        }
    }

    private final ThrottlingClient client = new ThrottlingClient();
    private final List<Long> waits = new ArrayList<>();
    private final DynamoEvaluationStore store = new DynamoEvaluationStore(client, TABLE, waits::add);

    static List<Evaluation> evaluations(int n) {
        return IntStream.range(0, n).mapToObj(i ->
                new Evaluation(2027, "p" + (i % 7), LocalDate.of(2027, 3, 1 + i % 28), "Evaluator " + i, "visit", i % 101))
                .toList();
    }

    @Test
    void writesInChunksOfTwentyFive() {
        store.saveAll(evaluations(60));
        assertEquals(List.of(25, 25, 10), client.batchSizes);
        assertEquals(60, client.writtenKeys.size());
        assertTrue(waits.isEmpty());
    }

    @Test
    void unprocessedItemsAreSentAgainAfterAGrowingWait() {
        client.unprocessed = 10;
        client.stubbornCalls = 3;
        store.saveAll(evaluations(25));
        assertEquals(List.of(25, 10, 10, 10), client.batchSizes);
        assertEquals(25, client.writtenKeys.size());
        assertEquals(3, waits.size());
        assertTrue(waits.get(0) >= 25 && waits.get(0) <= 50, waits.toString());
        assertTrue(waits.get(2) >= 100 && waits.get(2) <= 200, waits.toString());
    }

    @Test
    void itGivesUpAfterTenTries() {
        client.unprocessed = 5;
        client.stubbornCalls = Integer.MAX_VALUE;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.saveAll(evaluations(25)));
        assertTrue(e.getMessage().contains("5 evaluations stayed unprocessed after 10 tries"), e.getMessage());
        assertEquals(10, client.batchSizes.size());
    }

    @Test
    void theSameEvaluationTwiceIsWrittenOnceTheLastOneWinning() {
        Evaluation first = new Evaluation(2027, "p1", LocalDate.of(2027, 3, 1), "Anna", "visit", 70);
        Evaluation again = new Evaluation(2027, "p1", LocalDate.of(2027, 3, 1), "ANNA", "visit", 75);
        store.saveAll(List.of(first, again));
        assertEquals(List.of(1), client.batchSizes);
        Map<String, AttributeValue> written = client.writtenItems.values().iterator().next();
        assertEquals(again, DynamoEvaluationStore.fromItem(written), "the last one of an identity is the one written");
    }

    @Test
    void theSortKeyIsSafeForAnyEvaluatorAndTheItemKeepsTheName() {
        Evaluation odd = new Evaluation(2027, "atrie-kurjeri", LocalDate.of(2027, 3, 15),
                "Jānis #1 / \"Ozoliņš\" " + "ļ".repeat(80), "e-mail", 81);
        Map<String, AttributeValue> item = DynamoEvaluationStore.toItem(odd);
        String sk = item.get("SK").s();
        assertTrue(sk.matches("^EVALUATION#atrie-kurjeri#2027-03-15#[0-9a-f]{32}#e-mail$"), sk);
        assertEquals("CAMPAIGN#2027", item.get("PK").s());
        assertEquals(odd, DynamoEvaluationStore.fromItem(item));
        assertEquals(sk, DynamoEvaluationStore.toItem(new Evaluation(2027, "atrie-kurjeri", LocalDate.of(2027, 3, 15),
                "jānis  #1 / \"ozoliņš\" " + "Ļ".repeat(80), "e-mail", 81)).get("SK").s(), "case and blanks aside");
    }
}
