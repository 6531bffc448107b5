package lv.praise.adapter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Lang;
import lv.praise.domain.RefusedException;
import lv.praise.domain.contacts.Contact;
import lv.praise.domain.contacts.ContactStore;
import lv.praise.domain.contacts.ContactWriter;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Contacts as {@code CONTACT#{participantId}#{emailHash}} items in the campaign's partition, each with a reverse
 * {@code CONTACTOF#{emailHash}} item (docs/insight.md, Items). The access check is one strongly consistent
 * {@code GetItem}: a contact removed a moment ago must not read on.
 */
public final class DynamoContactStore implements ContactStore, ContactWriter {
    /** The contact's language (lv/en/et) for its digest and report letter; absent = lv (contacts from before it). */
    static final String LANG = "lang";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoContactStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean isContact(int campaignYear, String participantId, String emailHash) {
        return dynamo.getItem(r -> r.tableName(table).key(Keys.contact(campaignYear, participantId, emailHash))
                .consistentRead(true).projectionExpression("PK")).hasItem();
    }

    @Override
    public List<Contact> contacts(int campaignYear, String participantId) {
        List<Contact> all = new ArrayList<>();
        contactItems(dynamo, table, campaignYear, participantId).forEach(item -> all.add(contact(item)));
        all.sort(java.util.Comparator.comparing(Contact::addedAt, java.util.Comparator.nullsFirst(
                java.util.Comparator.naturalOrder())));
        return all;
    }

    @Override
    public List<String> participantsOf(int campaignYear, String emailHash) {
        String prefix = Keys.PARTICIPANT_PREFIX + campaignYear + "#";
        List<String> ids = new ArrayList<>();
        // Strongly consistent: read right after a change of the contacts, to tell Cognito the ids as they now are.
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(Keys.contactOfPartition(emailHash)),
                                ":prefix", AttributeValue.fromS(prefix))))
                .items().forEach(item -> ids.add(item.get(Keys.SK).s().substring(prefix.length())));
        return ids;
    }

    /**
     * One transaction: the participant's {@code contactEmail} (on condition that it exists, first, so a missing
     * participant is told apart), each added Contact and CONTACTOF item (absent before), each removed pair
     * (present before). At most 1 + 2 × 20 items, within DynamoDB's 100.
     */
    @Override
    public boolean replace(int campaignYear, String participantId, List<NewContact> added, List<Contact> removed,
                           List<Contact> relanguaged, String firstEmail, String addedBy) {
        List<TransactWriteItem> items = new ArrayList<>();
        Map<String, String> names = new HashMap<>(Map.of("#pk", Keys.PK, "#mail", "contactEmail"));
        Map<String, AttributeValue> values = new HashMap<>();
        String update;
        if (firstEmail == null) {
            update = "REMOVE #mail";
        } else {
            update = "SET #mail = :mail";
            values.put(":mail", AttributeValue.fromS(firstEmail));
        }
        items.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(Keys.participant(campaignYear, participantId))
                .updateExpression(update).conditionExpression("attribute_exists(#pk)")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values.isEmpty() ? null : values).build()).build());
        for (NewContact c : added) {
            Map<String, AttributeValue> item = new HashMap<>(Keys.contact(campaignYear, participantId, c.emailHash()));
            item.put("type", AttributeValue.fromS("CONTACT"));
            item.put("participantId", AttributeValue.fromS(participantId));
            item.put("email", AttributeValue.fromS(c.email()));
            item.put("emailHash", AttributeValue.fromS(c.emailHash()));
            item.put("addedAt", AttributeValue.fromS(c.addedAt().toString()));
            item.put(LANG, AttributeValue.fromS(c.lang().code()));
            if (addedBy != null) {
                item.put("addedBy", AttributeValue.fromS(addedBy));
            }
            items.add(put(item));
            Map<String, AttributeValue> reverse = new HashMap<>(Keys.contactOf(c.emailHash(), campaignYear, participantId));
            reverse.put("type", AttributeValue.fromS("CONTACTOF"));
            reverse.put("participantId", AttributeValue.fromS(participantId));
            items.add(put(reverse));
        }
        for (Contact c : removed) {
            items.add(delete(Keys.contact(campaignYear, participantId, c.emailHash())));
            items.add(delete(Keys.contactOf(c.emailHash(), campaignYear, participantId)));
        }
        for (Contact c : relanguaged) {
            // A kept contact's language: only while it is there (removed meanwhile: the list is read again).
            items.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                    .key(Keys.contact(campaignYear, participantId, c.emailHash()))
                    .updateExpression("SET #lang = :lang").conditionExpression("attribute_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", Keys.PK, "#lang", LANG))
                    .expressionAttributeValues(Map.of(":lang", AttributeValue.fromS(c.lang().code()))).build()).build());
        }
        try {
            Transactions.write(dynamo, items);
            return true;
        } catch (TransactionCanceledException e) {
            if (Transactions.conditionFailed(e, 0)) {
                throw new RefusedException(ErrorCode.NOT_FOUND, "id", "no such participant");
            }
            return false;
        }
    }

    private TransactWriteItem put(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", Keys.PK))
                .build()).build();
    }

    private TransactWriteItem delete(Map<String, AttributeValue> key) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(key)
                .conditionExpression("attribute_exists(#pk)").expressionAttributeNames(Map.of("#pk", Keys.PK))
                .build()).build();
    }

    /**
     * A participant's Contact items, strongly consistent (a contact removed or opted out a moment ago counts): the one
     * read of them, for the contacts and for the digest's recipients (DynamoDigestStore).
     */
    static List<Map<String, AttributeValue>> contactItems(DynamoDbClient dynamo, String table, int campaignYear,
                                                          String participantId) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(Keys.campaignPartition(campaignYear)),
                                ":prefix", AttributeValue.fromS(Keys.CONTACT_PREFIX + participantId + "#"))))
                .items().forEach(items::add);
        return items;
    }

    static Contact contact(Map<String, AttributeValue> item) {
        AttributeValue optOut = item.get("digestOptOut");
        AttributeValue added = item.get("addedAt");
        String lang = Attributes.string(item, LANG);
        return new Contact(item.get("participantId").s(), item.get("email").s(), item.get("emailHash").s(),
                optOut != null && Boolean.TRUE.equals(optOut.bool()),
                added == null ? null : Instant.parse(added.s()),
                lang == null ? Lang.LV : Lang.fromCode(lang).orElse(Lang.LV));
    }
}
