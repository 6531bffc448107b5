package lv.praise.adapter;

import java.time.Instant;
import java.util.Map;
import lv.praise.domain.mail.SuppressionList;
import lv.praise.domain.mail.SuppressionReason;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The suppression list in the table: one item per address, keyed by its keyed hash (docs/data-model.md,
 * Suppressed address). No TTL: a mailbox that does not exist, or a person who called us spam, stays off.
 */
public final class DynamoSuppressionList implements SuppressionList {
    private static final String TYPE = "SUPPRESSION";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoSuppressionList(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** One eventually consistent read per send: a bounce recorded a second ago may let one more e-mail go. */
    @Override
    public boolean isSuppressed(String emailHash) {
        return dynamo.getItem(r -> r.tableName(table).key(Keys.suppressed(emailHash))
                .projectionExpression("PK")).hasItem();
    }

    /** An {@code UpdateItem} with {@code if_not_exists}: a repeated event keeps the first reason and instant. */
    @Override
    public void suppress(String emailHash, SuppressionReason reason, Instant at) {
        dynamo.updateItem(r -> r.tableName(table)
                .key(Keys.suppressed(emailHash))
                .updateExpression("SET #type = :type, #reason = if_not_exists(#reason, :reason), "
                        + "#at = if_not_exists(#at, :at)")
                .expressionAttributeNames(Map.of("#type", "type", "#reason", "reason", "#at", "suppressedAt"))
                .expressionAttributeValues(Map.of(
                        ":type", AttributeValue.fromS(TYPE),
                        ":reason", AttributeValue.fromS(reason.name()),
                        ":at", AttributeValue.fromS(at.toString()))));
    }
}
