package lv.praise.adapter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Jitter;
import lv.praise.domain.Evaluation;
import lv.praise.domain.EvaluationKey;
import lv.praise.domain.EvaluationStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Evaluations as items of their campaign's partition ({@code CAMPAIGN#{year}} /
 * {@code EVALUATION#{participantId}#{date}#{evaluator hash}#{channel}}). Writes are plain puts by
 * identity, so writing the same evaluation again leaves the same item.
 */
public final class DynamoEvaluationStore implements EvaluationStore {
    /** BatchWriteItem takes at most 25 requests. */
    static final int CHUNK = 25;
    /** Tries of one chunk, the first included, before its unprocessed items are given up on. */
    static final int MAX_TRIES = 10;

    /** Waits between tries; replaced in tests. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final DynamoDbClient dynamo;
    private final String table;
    private final Sleeper sleeper;

    public DynamoEvaluationStore(DynamoDbClient dynamo, String table) {
        this(dynamo, table, Thread::sleep);
    }

    DynamoEvaluationStore(DynamoDbClient dynamo, String table, Sleeper sleeper) {
        this.dynamo = dynamo;
        this.table = table;
        this.sleeper = sleeper;
    }

    /**
     * BatchWriteItem in chunks of 25. Items DynamoDB leaves unprocessed (throttling) are sent again
     * with exponential back-off and jitter. Not one transaction: when it fails half-way, the written
     * chunks stay, and writing the same evaluations again completes the set.
     */
    @Override
    public void saveAll(Collection<Evaluation> evaluations) {
        // One batch may not hold the same key twice; the last evaluation of an identity wins.
        Map<EvaluationKey, Evaluation> distinct = new LinkedHashMap<>();
        evaluations.forEach(e -> distinct.put(EvaluationKey.of(e), e));
        List<WriteRequest> requests = new ArrayList<>();
        distinct.values().forEach(e -> requests.add(WriteRequest.builder()
                .putRequest(PutRequest.builder().item(toItem(e)).build()).build()));
        for (int from = 0; from < requests.size(); from += CHUNK) {
            write(requests.subList(from, Math.min(from + CHUNK, requests.size())));
        }
    }

    private void write(List<WriteRequest> chunk) {
        Map<String, List<WriteRequest>> pending = Map.of(table, chunk);
        for (int attempt = 1; ; attempt++) {
            Map<String, List<WriteRequest>> sending = pending;
            BatchWriteItemResponse response = dynamo.batchWriteItem(r -> r.requestItems(sending));
            Map<String, List<WriteRequest>> unprocessed = response.hasUnprocessedItems()
                    ? response.unprocessedItems() : Map.of();
            if (unprocessed.isEmpty() || unprocessed.values().stream().allMatch(List::isEmpty)) {
                return;
            }
            if (attempt >= MAX_TRIES) {
                throw new IllegalStateException(unprocessed.get(table).size()
                        + " evaluations stayed unprocessed after " + MAX_TRIES + " tries");
            }
            pending = new HashMap<>(unprocessed);
            backOff(attempt);
        }
    }

    /** Full jitter: a random wait up to 50 ms · 2^(attempt-1), at most 2 s. */
    private void backOff(int attempt) {
        long ceiling = Math.min(2000L, 50L << Math.min(attempt - 1, 10));
        try {
            sleeper.sleep(Jitter.between(ceiling / 2, ceiling));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing evaluations", e);
        }
    }

    @Override
    public List<Evaluation> all(int campaignYear) {
        List<Evaluation> all = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(Keys.campaignPartition(campaignYear)),
                                ":prefix", AttributeValue.fromS(Keys.EVALUATION_PREFIX))))
                .items().forEach(item -> all.add(fromItem(item)));
        return all;
    }

    /** One participant's evaluations: its ids follow the prefix up to a '#', so one Query reads them. */
    @Override
    public List<Evaluation> of(int campaignYear, String participantId) {
        List<Evaluation> found = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(Keys.campaignPartition(campaignYear)),
                                ":prefix", AttributeValue.fromS(Keys.EVALUATION_PREFIX + participantId + "#"))))
                .items().forEach(item -> found.add(fromItem(item)));
        found.sort(java.util.Comparator.comparing(Evaluation::date));
        return found;
    }

    static Map<String, AttributeValue> toItem(Evaluation e) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.evaluation(EvaluationKey.of(e)));
        item.put("type", AttributeValue.fromS("EVALUATION"));
        item.put("campaignYear", Attributes.number(e.campaignYear()));
        item.put("participantId", AttributeValue.fromS(e.participantId()));
        item.put("date", AttributeValue.fromS(e.date().toString()));
        item.put("evaluator", AttributeValue.fromS(e.evaluator()));
        item.put("channel", AttributeValue.fromS(e.channel()));
        item.put("score", Attributes.number(e.score()));
        return item;
    }

    static Evaluation fromItem(Map<String, AttributeValue> item) {
        return new Evaluation(
                (int) Attributes.number(item, "campaignYear"),
                Attributes.string(item, "participantId"),
                LocalDate.parse(Attributes.string(item, "date")),
                Attributes.string(item, "evaluator"),
                Attributes.string(item, "channel"),
                (int) Attributes.number(item, "score"));
    }
}
