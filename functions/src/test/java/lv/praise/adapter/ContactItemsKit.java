package lv.praise.adapter;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.EmailAddress;
import lv.praise.domain.KeyedHasher;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Writes a contact as docs/insight.md lays it out – the {@code CONTACT#} item and its {@code CONTACTOF#} item in one
 * transaction – for the tests that need contacts before the sign-in part's writer exists.
 */
final class ContactItemsKit {
    private ContactItemsKit() {
    }

    static String put(DynamoDbClient dynamo, String table, KeyedHasher hasher, int year, String participantId,
                      String email, String lang) {
        String address = EmailAddress.of(email).address().toLowerCase(java.util.Locale.ROOT);
        String hash = hasher.hash(address);
        Map<String, AttributeValue> contact = new HashMap<>(Keys.contact(year, participantId, hash));
        contact.put("type", AttributeValue.fromS("CONTACT"));
        contact.put("participantId", AttributeValue.fromS(participantId));
        contact.put("email", AttributeValue.fromS(address));
        contact.put("emailHash", AttributeValue.fromS(hash));
        contact.put("addedAt", AttributeValue.fromS(Instant.parse("2027-02-20T10:00:00Z").toString()));
        contact.put("addedBy", AttributeValue.fromS("test"));
        if (lang != null) {
            contact.put("lang", AttributeValue.fromS(lang));
        }
        Map<String, AttributeValue> reverse = new HashMap<>(Keys.contactOf(hash, year, participantId));
        reverse.put("type", AttributeValue.fromS("CONTACTOF"));
        dynamo.transactWriteItems(t -> t.transactItems(List.of(
                TransactWriteItem.builder().put(p -> p.tableName(table).item(contact)).build(),
                TransactWriteItem.builder().put(p -> p.tableName(table).item(reverse)).build())));
        return hash;
    }
}
