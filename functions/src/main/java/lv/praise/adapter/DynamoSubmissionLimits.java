package lv.praise.adapter;

import java.time.Instant;
import java.util.Map;
import lv.praise.domain.intake.SubmissionLimits;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The submission counters in the table: one conditional {@code UpdateItem} per count. The condition,
 * not a read before the write, keeps concurrent submissions from passing the limit together; the
 * item expires by TTL ({@code purgeAt}) once its window has ended.
 */
public final class DynamoSubmissionLimits implements SubmissionLimits {
    private static final String COUNT = "count";
    private static final String TYPE = "LIMIT";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoSubmissionLimits(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Only a failed condition means "limit reached"; every other failure reaches the caller (a 500). */
    @Override
    public boolean tryCount(Scope scope, String keyHash, Instant windowStart, Instant windowEnd, int limit) {
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(Keys.submissionCounter(scope.field(), keyHash, windowStart))
                    .updateExpression("SET #type = :type, #purge = :purge ADD #count :one")
                    .conditionExpression("attribute_not_exists(#count) OR #count < :limit")
                    .expressionAttributeNames(Map.of("#type", "type", "#purge", PraiseItems.PURGE_AT, "#count", COUNT))
                    .expressionAttributeValues(Map.of(
                            ":type", AttributeValue.fromS(TYPE),
                            ":purge", Attributes.number(windowEnd.getEpochSecond()),
                            ":one", Attributes.number(1),
                            ":limit", Attributes.number(limit))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
