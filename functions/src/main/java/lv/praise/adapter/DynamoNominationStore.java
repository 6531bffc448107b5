package lv.praise.adapter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.nominations.Nomination;
import lv.praise.domain.nominations.NominationStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Nominations in the campaign's partition ({@code NOMINATION#{nameKey}}, a counter), and one slot per
 * person and organisation ({@code NOMINATOR#…}), written together so a person counts once.
 */
public final class DynamoNominationStore implements NominationStore {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoNominationStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean add(int campaignYear, String nameKey, String name, String emailHash, String text, Instant at,
                       Instant hashExpiresAt) {
        String keyHash = Keys.evaluatorHash(nameKey);
        Map<String, AttributeValue> slot = new HashMap<>(Keys.nominator(campaignYear, keyHash, emailHash));
        slot.put("type", AttributeValue.fromS("NOMINATOR"));
        slot.put("at", AttributeValue.fromS(at.toString()));
        Attributes.putString(slot, "text", text);
        slot.put(PraiseItems.PURGE_AT, Attributes.number(hashExpiresAt.getEpochSecond()));
        TransactWriteItem claim = TransactWriteItem.builder().put(p -> p.tableName(table).item(slot)
                .conditionExpression("attribute_not_exists(PK)")).build();
        TransactWriteItem count = TransactWriteItem.builder().update(u -> u.tableName(table)
                .key(Keys.nomination(campaignYear, keyHash))
                .updateExpression("SET #type = :type, #name = if_not_exists(#name, :name), "
                        + "firstAt = if_not_exists(firstAt, :at), lastAt = :at ADD #count :one")
                .expressionAttributeNames(Map.of("#type", "type", "#name", "name", "#count", "count"))
                .expressionAttributeValues(Map.of(
                        ":type", AttributeValue.fromS("NOMINATION"),
                        ":name", AttributeValue.fromS(name),
                        ":at", AttributeValue.fromS(at.toString()),
                        ":one", Attributes.number(1)))).build();
        try {
            Transactions.write(dynamo, claim, count);
            return true;
        } catch (TransactionCanceledException e) {
            if (Transactions.conditionFailed(e, 0)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<Nomination> all(int campaignYear) {
        List<Nomination> all = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(Keys.campaignPartition(campaignYear)),
                                ":prefix", AttributeValue.fromS(Keys.NOMINATION_PREFIX))))
                .items().forEach(item -> all.add(new Nomination(Attributes.string(item, "name"),
                        Attributes.number(item, "count"), Attributes.instant(item, "firstAt"),
                        Attributes.instant(item, "lastAt"))));
        return all;
    }
}
