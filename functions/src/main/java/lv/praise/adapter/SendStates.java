package lv.praise.adapter;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lv.praise.domain.awards.DeliveryState;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The send state of one letter item – an award's certificate letter, a participant's report – claimed by one run
 * and released with its outcome by that run only: the one place of the claim's and the release's conditions
 * (DynamoAwardStore, DynamoReportStore). A write meeting a transaction in flight on the item waits for it.
 */
final class SendStates {
    /** A claim taken: its token (what the release must show) and the letter's attempts so far, this one included. */
    record Taken(String token, int attempts) {
    }

    private SendStates() {
    }

    /** Claims the letter when due: pending, failed, without contact, or claimed by a run older than staleBefore. */
    static Optional<Taken> claim(DynamoDbClient dynamo, String table, Map<String, AttributeValue> key, Instant now,
                                 Instant staleBefore) {
        String token = UUID.randomUUID().toString();
        try {
            var response = Transactions.single(() -> dynamo.updateItem(r -> r.tableName(table)
                    .key(key)
                    .updateExpression("SET #state = :sending, #token = :token, #claimed = :now ADD #attempts :one")
                    .conditionExpression("attribute_exists(PK) AND (#state IN (:pending, :failed, :noContact)"
                            + " OR (#state = :sending AND #claimed < :stale))")
                    .expressionAttributeNames(Map.of("#state", AwardItems.STATE, "#token", AwardItems.CLAIM_TOKEN,
                            "#claimed", AwardItems.CLAIMED_AT, "#attempts", AwardItems.ATTEMPTS))
                    .expressionAttributeValues(Map.of(
                            ":sending", state(DeliveryState.SENDING),
                            ":pending", state(DeliveryState.PENDING),
                            ":failed", state(DeliveryState.FAILED),
                            ":noContact", state(DeliveryState.NO_CONTACT),
                            ":token", AttributeValue.fromS(token),
                            ":now", Attributes.number(now.toEpochMilli()),
                            ":stale", Attributes.number(staleBefore.toEpochMilli()),
                            ":one", Attributes.number(1)))
                    .returnValues(ReturnValue.ALL_NEW)));
            return Optional.of(new Taken(token, (int) Attributes.number(response.attributes(), AwardItems.ATTEMPTS)));
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    /** Ends a claim with an outcome ({@code update}, naming {@code #state} and {@code #token}), only while it is still this run's. */
    static boolean release(DynamoDbClient dynamo, String table, Map<String, AttributeValue> key, String token,
                           String update, Map<String, AttributeValue> values) {
        Map<String, AttributeValue> all = new HashMap<>(values);
        all.put(":mine", AttributeValue.fromS(token));
        all.put(":sending", state(DeliveryState.SENDING));
        try {
            Transactions.single(() -> dynamo.updateItem(r -> r.tableName(table)
                    .key(key)
                    .updateExpression(update)
                    .conditionExpression("#state = :sending AND #token = :mine")
                    .expressionAttributeNames(Map.of("#state", AwardItems.STATE, "#token", AwardItems.CLAIM_TOKEN))
                    .expressionAttributeValues(all)));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    static AttributeValue state(DeliveryState state) {
        return AttributeValue.fromS(state.name());
    }
}
