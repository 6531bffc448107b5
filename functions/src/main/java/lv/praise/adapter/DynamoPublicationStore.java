package lv.praise.adapter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.praise.domain.awards.OpenData;
import lv.praise.domain.awards.Publication;
import lv.praise.domain.awards.PublicationStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The results records: written once with {@code attribute_not_exists}, never updated. Beside each, its
 * open-data file in parts {@code OPENDATA#{nnnn}} of the campaign's partition: an item holds at most 400 KB,
 * and the file of a campaign of 5 000 participants is about 2 MB (docs/data-model.md).
 */
public final class DynamoPublicationStore implements PublicationStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoPublicationStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean create(Publication publication) {
        try {
            dynamo.putItem(r -> r.tableName(table)
                    .item(PublicationItems.toItem(publication))
                    .conditionExpression("attribute_not_exists(PK)"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Bytes of text per part: well under the 400 KB item limit, which counts the key and attribute names too. */
    static final int PART_BYTES = 300 * 1024;

    /**
     * Each part a plain {@code PutItem}: writing the same text again (a retry on frozen data) writes the same
     * items, so no condition is needed; a part that did not land is simply written by the retry.
     */
    @Override
    public void saveOpenData(OpenData data) {
        List<String> parts = parts(data.text());
        for (int i = 0; i < parts.size(); i++) {
            Map<String, AttributeValue> item = new HashMap<>(Keys.openDataPart(data.campaignYear(), i));
            item.put("type", AttributeValue.fromS("OPENDATA"));
            item.put("inputDigest", AttributeValue.fromS(data.inputDigest()));
            item.put("parts", AttributeValue.fromN(Integer.toString(parts.size())));
            item.put("text", AttributeValue.fromS(parts.get(i)));
            dynamo.putItem(r -> r.tableName(table).item(item));
        }
    }

    /** Empty unless every part of one file is there (a file is written before its record, so a record's is). */
    @Override
    public Optional<OpenData> openData(int campaignYear) {
        StringBuilder text = new StringBuilder();
        String digest = null;
        int expected = -1;
        int found = 0;
        for (var page : dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(Keys.campaignPartition(campaignYear)),
                        ":prefix", AttributeValue.fromS(Keys.OPEN_DATA_PREFIX))))) {
            for (Map<String, AttributeValue> item : page.items()) {
                String partDigest = item.get("inputDigest").s();
                int parts = Integer.parseInt(item.get("parts").n());
                if (digest != null && (!digest.equals(partDigest) || expected != parts)) {
                    throw new IllegalStateException("the open-data parts of " + campaignYear + " are of different files");
                }
                digest = partDigest;
                expected = parts;
                text.append(item.get("text").s());
                found++;
            }
        }
        return found == 0 || found != expected ? Optional.empty()
                : Optional.of(new OpenData(campaignYear, digest, text.toString()));
    }

    /** The text cut after whole lines, each part at most {@link #PART_BYTES} of UTF-8 (a line is far shorter). */
    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int bytes = 0;
        for (String line : text.split("(?<=\n)")) {
            int size = line.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > 0 && bytes + size > PART_BYTES) {
                parts.add(part.toString());
                part.setLength(0);
                bytes = 0;
            }
            part.append(line);
            bytes += size;
        }
        if (bytes > 0 || parts.isEmpty()) {
            parts.add(part.toString());
        }
        return parts;
    }

    @Override
    public Optional<Publication> find(int campaignYear) {
        var response = dynamo.getItem(r -> r.tableName(table).key(Keys.results(campaignYear)).consistentRead(true));
        return response.hasItem() ? Optional.of(PublicationItems.fromItem(response.item())) : Optional.empty();
    }
}
