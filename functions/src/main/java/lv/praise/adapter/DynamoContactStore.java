package lv.praise.adapter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lv.praise.domain.contacts.Contact;
import lv.praise.domain.contacts.ContactStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Contacts as {@code CONTACT#{participantId}#{emailHash}} items in the campaign's partition, each with a reverse
 * {@code CONTACTOF#{emailHash}} item (docs/insight.md, Items). The access check is one strongly consistent
 * {@code GetItem}: a contact removed a moment ago must not read on.
 */
public final class DynamoContactStore implements ContactStore {
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
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(Keys.campaignPartition(campaignYear)),
                                ":prefix", AttributeValue.fromS(Keys.CONTACT_PREFIX + participantId + "#"))))
                .items().forEach(item -> all.add(contact(item)));
        all.sort(java.util.Comparator.comparing(Contact::addedAt, java.util.Comparator.nullsFirst(
                java.util.Comparator.naturalOrder())));
        return all;
    }

    @Override
    public List<String> participantsOf(int campaignYear, String emailHash) {
        String prefix = Keys.PARTICIPANT_PREFIX + campaignYear + "#";
        List<String> ids = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(Keys.contactOfPartition(emailHash)),
                                ":prefix", AttributeValue.fromS(prefix))))
                .items().forEach(item -> ids.add(item.get(Keys.SK).s().substring(prefix.length())));
        return ids;
    }

    static Contact contact(Map<String, AttributeValue> item) {
        AttributeValue optOut = item.get("digestOptOut");
        AttributeValue added = item.get("addedAt");
        return new Contact(item.get("participantId").s(), item.get("email").s(), item.get("emailHash").s(),
                optOut != null && Boolean.TRUE.equals(optOut.bool()),
                added == null ? null : Instant.parse(added.s()));
    }
}
