package lv.praise.adapter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Evaluation;
import lv.praise.domain.EvaluationKey;
import lv.praise.domain.EvaluationStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
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

    private final DynamoDbClient dynamo;
    private final String table;
    private final Retries.Pause pause;

    public DynamoEvaluationStore(DynamoDbClient dynamo, String table) {
        this(dynamo, table, Retries.SLEEP);
    }

    DynamoEvaluationStore(DynamoDbClient dynamo, String table, Retries.Pause pause) {
        this.dynamo = dynamo;
        this.table = table;
        this.pause = pause;
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
        Retries.batchWrite(dynamo, table, chunk, "evaluations", pause);
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
