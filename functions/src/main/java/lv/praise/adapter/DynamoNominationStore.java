package lv.praise.adapter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.praise.domain.Lang;
import lv.praise.domain.nominations.NominationStore;
import lv.praise.domain.nominations.PendingNomination;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Nominations: each submitted one in an item of its own ({@code NOMINATE#{id}}), pending until its link
 * is opened and deleted by TTL a week after the link expired; each confirmed one as a slot per person and
 * compared name in the campaign's partition ({@code NOMINATOR#{nameHash}#{emailHash}}), which the list reads.
 * No counter item: the count is the number of slots, so no item is shared by every confirmation of a name.
 */
public final class DynamoNominationStore implements NominationStore {
    private static final String PENDING = "PENDING";
    private static final String CONFIRMED = "CONFIRMED";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoNominationStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void savePending(PendingNomination n) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.pendingNomination(n.id()));
        item.put("type", AttributeValue.fromS("NOMINATE"));
        item.put("campaignYear", Attributes.number(n.campaignYear()));
        item.put("name", AttributeValue.fromS(n.name()));
        item.put("groupKey", AttributeValue.fromS(n.groupKey()));
        Attributes.putString(item, "text", n.text());
        item.put("lang", AttributeValue.fromS(n.lang().code()));
        item.put("emailHash", AttributeValue.fromS(n.emailHash()));
        item.put("tokenHash", AttributeValue.fromS(n.tokenHash()));
        item.put("submittedAt", AttributeValue.fromS(n.submittedAt().toString()));
        item.put("tokenExpiresAt", AttributeValue.fromS(n.tokenExpiresAt().toString()));
        item.put(PraiseItems.STATUS, AttributeValue.fromS(n.confirmed() ? CONFIRMED : PENDING));
        // As a pending praise: gone a week after its link expired, confirmed or not (the slot is the record).
        item.put(PraiseItems.PURGE_AT, Attributes.number(
                n.tokenExpiresAt().plus(PraiseItems.PURGE_AFTER_EXPIRY).getEpochSecond()));
        dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"));
    }

    @Override
    public void deletePending(String id) {
        dynamo.deleteItem(r -> r.tableName(table)
                .key(Keys.pendingNomination(id))
                .conditionExpression("#status = :pending")
                .expressionAttributeNames(Map.of("#status", PraiseItems.STATUS))
                .expressionAttributeValues(Map.of(":pending", AttributeValue.fromS(PENDING))));
    }

    @Override
    public Optional<PendingNomination> find(String id) {
        var response = dynamo.getItem(r -> r.tableName(table).key(Keys.pendingNomination(id)).consistentRead(true));
        if (!response.hasItem()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = response.item();
        return Optional.of(new PendingNomination(id, (int) Attributes.number(item, "campaignYear"),
                Attributes.string(item, "name"), Attributes.string(item, "groupKey"), Attributes.string(item, "text"),
                Lang.fromCode(Attributes.string(item, "lang")).orElse(Lang.LV), Attributes.string(item, "emailHash"),
                Attributes.string(item, "tokenHash"), Attributes.instant(item, "submittedAt"),
                Attributes.instant(item, "tokenExpiresAt"), CONFIRMED.equals(Attributes.string(item, PraiseItems.STATUS))));
    }

    /**
     * Two writes in one transaction: the person's slot for this name (free, or it is theirs already) and the
     * nomination (still pending, or this is a second click). Conflicts – the same link opened twice at once –
     * are retried by {@link Transactions}, then the conditions answer.
     */
    @Override
    public ConfirmOutcome confirm(PendingNomination n, Instant confirmedAt, Instant hashExpiresAt) {
        Map<String, AttributeValue> slot = new HashMap<>(
                Keys.nominatorSlot(n.campaignYear(), Keys.evaluatorHash(n.groupKey()), n.emailHash()));
        slot.put("type", AttributeValue.fromS("NOMINATOR"));
        slot.put("name", AttributeValue.fromS(n.name()));
        Attributes.putString(slot, "text", n.text());
        slot.put("emailHash", AttributeValue.fromS(n.emailHash()));
        slot.put("nominationId", AttributeValue.fromS(n.id()));
        slot.put("at", AttributeValue.fromS(confirmedAt.toString()));
        slot.put(PraiseItems.PURGE_AT, Attributes.number(hashExpiresAt.getEpochSecond()));
        TransactWriteItem claim = TransactWriteItem.builder().put(p -> p.tableName(table).item(slot)
                .conditionExpression("attribute_not_exists(PK)")).build();
        TransactWriteItem mark = TransactWriteItem.builder().update(u -> u.tableName(table)
                .key(Keys.pendingNomination(n.id()))
                .updateExpression("SET #status = :confirmed, confirmedAt = :at")
                .conditionExpression("#status = :pending")
                .expressionAttributeNames(Map.of("#status", PraiseItems.STATUS))
                .expressionAttributeValues(Map.of(
                        ":confirmed", AttributeValue.fromS(CONFIRMED),
                        ":pending", AttributeValue.fromS(PENDING),
                        ":at", AttributeValue.fromS(confirmedAt.toString())))).build();
        try {
            Transactions.write(dynamo, claim, mark);
            return ConfirmOutcome.CONFIRMED;
        } catch (TransactionCanceledException e) {
            if (Transactions.conditionFailed(e, 1)) {
                return ConfirmOutcome.ALREADY_CONFIRMED;
            }
            if (Transactions.conditionFailed(e, 0)) {
                return ConfirmOutcome.ALREADY_NOMINATED;
            }
            throw e;
        }
    }

    @Override
    public List<Slot> slots(int campaignYear) {
        List<Slot> all = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(Keys.campaignPartition(campaignYear)),
                                ":prefix", AttributeValue.fromS(Keys.NOMINATOR_PREFIX))))
                .items().forEach(item -> all.add(new Slot(Attributes.string(item, "name"),
                        Attributes.string(item, "emailHash"), Attributes.string(item, "text"),
                        Attributes.instant(item, "at"))));
        return all;
    }
}
