package lv.praise.adapter;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lv.praise.domain.awards.DeliveryState;
import lv.praise.domain.mail.Recipients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The send state of one letter item – an award's certificate letter, a participant's report – claimed by one run
 * and released with its outcome by that run only: the one place of the claim's and the release's conditions
 * (DynamoAwardStore, DynamoReportStore). A write meeting a transaction in flight on the item waits for it.
 *
 * <p>A letter to several recipients (a report, a digest – DynamoDigestStore records with {@link #record} too) keeps
 * each recipient's outcome on the item: {@link #SENT_TO} and {@link #REFUSED_TO}, string sets of the contacts' keyed
 * e-mail hashes (never the address), each added right after that recipient's send, so a retry writes only to the rest.
 */
final class SendStates {
    /** The recipients a letter was handed over for (string set of keyed e-mail hashes). */
    static final String SENT_TO = "sentTo";
    /** The recipients the mail service refused for good (string set of keyed e-mail hashes): done, not tried again. */
    static final String REFUSED_TO = "refusedTo";

    /**
     * A claim taken: its token (what the release must show), the letter's attempts so far, this one included, and the
     * recipients earlier attempts recorded as done.
     */
    record Taken(String token, int attempts, Recipients done) {
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
                            ":now", claimedAt(now),
                            ":stale", claimedAt(staleBefore),
                            ":one", Attributes.number(1)))
                    .returnValues(ReturnValue.ALL_NEW)));
            return Optional.of(new Taken(token, (int) Attributes.number(response.attributes(), AwardItems.ATTEMPTS),
                    recipients(response.attributes())));
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    /**
     * A claim's time as stored and compared ({@code #claimed < :stale}): epoch milliseconds, a number. Not an ISO text:
     * {@code Instant.toString} writes 0, 3, 6 or 9 fraction digits, and "…:00Z" sorts after "…:00.5Z" ('Z' > '.').
     * The digest's claims (DynamoDigestStore) store theirs so too.
     */
    static AttributeValue claimedAt(Instant at) {
        return Attributes.number(at.toEpochMilli());
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

    /**
     * Records one recipient's outcome on the letter's item right after its send (handed over, or refused for good):
     * {@code ADD} to a set, on condition only that the item exists – it is a fact whoever holds the claim now. Answers
     * whether the claim is still {@code token}'s (false: taken over; the caller leaves the letter to its holder).
     */
    static boolean record(DynamoDbClient dynamo, String table, Map<String, AttributeValue> key, String token,
                          String recipientKey, boolean refused) {
        var response = Transactions.single(() -> dynamo.updateItem(r -> r.tableName(table)
                .key(key)
                .updateExpression("ADD #set :recipient")
                .conditionExpression("attribute_exists(PK)")
                .expressionAttributeNames(Map.of("#set", refused ? REFUSED_TO : SENT_TO))
                .expressionAttributeValues(Map.of(":recipient", AttributeValue.fromSs(List.of(recipientKey))))
                .returnValues(ReturnValue.ALL_NEW)));
        return token.equals(Attributes.string(response.attributes(), AwardItems.CLAIM_TOKEN));
    }

    /** The recipients recorded on a letter's item. */
    static Recipients recipients(Map<String, AttributeValue> item) {
        return new Recipients(set(item, SENT_TO), set(item, REFUSED_TO));
    }

    private static Set<String> set(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item == null ? null : item.get(name);
        return value == null || !value.hasSs() ? Set.of() : Set.copyOf(value.ss());
    }

    static AttributeValue state(DeliveryState state) {
        return AttributeValue.fromS(state.name());
    }
}
