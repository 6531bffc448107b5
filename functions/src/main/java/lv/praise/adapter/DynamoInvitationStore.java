package lv.praise.adapter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Participant;
import lv.praise.domain.campaigns.InvitationStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Invitations as {@code INVITED#{id}} items in the new campaign's partition: the participant's profile with
 * {@code type INVITED}, no index key (none of the sparse indexes holds them) and no praise count. The public
 * routes read {@code PARTICIPANT#} items only, so an invitation is neither shown nor praisable.
 */
public final class DynamoInvitationStore implements InvitationStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoInvitationStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Written invite(int year, Participant earlier) {
        Participant invited = asOf(year, earlier);
        Map<String, AttributeValue> item = new HashMap<>(ParticipantItems.profile(invited));
        item.putAll(Keys.invited(year, invited.id()));
        item.put("type", AttributeValue.fromS("INVITED"));
        item.put("invitedFrom", Attributes.number(earlier.campaignYear()));
        try {
            // Both in one transaction: the invitation is new, and no participant of that id is there (imported,
            // or confirmed from an earlier attempt's invitation) – a retry writes nothing twice.
            Transactions.write(dynamo,
                    TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table)
                            .key(Keys.participant(year, invited.id()))
                            .conditionExpression("attribute_not_exists(PK)").build()).build(),
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                            .conditionExpression("attribute_not_exists(PK)").build()).build());
            return Written.WRITTEN;
        } catch (TransactionCanceledException e) {
            if (Transactions.conditionFailed(e, 0) || Transactions.conditionFailed(e, 1)) {
                return Written.ALREADY_THERE;
            }
            throw e;
        }
    }

    @Override
    public List<Participant> invited(int year) {
        List<Participant> all = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(Keys.campaignPartition(year)),
                                ":prefix", AttributeValue.fromS(Keys.INVITED_PREFIX))))
                .items().forEach(item -> all.add(ParticipantItems.fromItem(withCount(item))));
        return all;
    }

    @Override
    public boolean confirm(int year, String id) {
        var found = dynamo.getItem(r -> r.tableName(table).key(Keys.invited(year, id)).consistentRead(true));
        if (!found.hasItem() || found.item().isEmpty()) {
            return false;
        }
        Participant participant = ParticipantItems.fromItem(withCount(found.item()));
        Map<String, AttributeValue> item = new HashMap<>(ParticipantItems.profile(participant));
        item.put(ParticipantItems.CONFIRMED_COUNT, Attributes.number(0));
        try {
            Transactions.write(dynamo,
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                            .conditionExpression("attribute_not_exists(PK)").build()).build(),
                    TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(Keys.invited(year, id))
                            .conditionExpression("attribute_exists(PK)").build()).build());
            return true;
        } catch (TransactionCanceledException e) {
            if (Transactions.conditionFailed(e, 0) || Transactions.conditionFailed(e, 1)) {
                return false;
            }
            throw e;
        }
    }

    /** The earlier participant as a participant of {@code year}: its profile, no praise. */
    private static Participant asOf(int year, Participant p) {
        return new Participant(year, p.id(), p.name(), p.category(), p.industry(), p.sizeClass(), p.branches(),
                p.contactEmail(), 0, p.registrationNumber());
    }

    private static Map<String, AttributeValue> withCount(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> copy = new HashMap<>(item);
        copy.putIfAbsent(ParticipantItems.CONFIRMED_COUNT, Attributes.number(0));
        return copy;
    }
}
