package lv.praise.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.praise.adapter.TableItems;
import lv.praise.testkit.twin.ItemSize;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The sizes of the items an operation needs, read straight from DynamoDB Local – past the twin, so that
 * weighing them is not counted as the operation's cost – for the capacity bench's floors. Sizes are
 * DynamoDB's billing sizes ({@link ItemSize}, the twin's own rules).
 */
final class TableWeights {
    static final int READ_UNIT = 4096;
    static final int WRITE_UNIT = 1024;

    private final DynamoDbClient dynamo;
    private final String table;

    /** @param dynamo a client of DynamoDB Local itself, not of the twin */
    TableWeights(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Read units of reading {@code bytes} in one request: 4 KB units, at least one, halved when eventually consistent. */
    static double readUnits(long bytes, boolean consistent) {
        return Math.max(1, (bytes + READ_UNIT - 1) / READ_UNIT) * (consistent ? 1.0 : 0.5);
    }

    /** Write units of writing one item of {@code bytes} (outside a transaction): 1 KB units, at least one. */
    static long writeUnits(long bytes) {
        return Math.max(1, (bytes + WRITE_UNIT - 1) / WRITE_UNIT);
    }

    /** The item at a key, read consistently; null when there is none. */
    Map<String, AttributeValue> item(Map<String, AttributeValue> key) {
        var response = dynamo.getItem(r -> r.tableName(table).key(key).consistentRead(true));
        return response.hasItem() ? response.item() : null;
    }

    /** Size of the item at a key; 0 when there is none. */
    long bytes(Map<String, AttributeValue> key) {
        return ItemSize.of(item(key));
    }

    /** Every item of a partition whose sort key begins with {@code prefix}, consistently. */
    List<Map<String, AttributeValue>> partition(String pk, String prefix) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table)
                        .consistentRead(true)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk), ":prefix", AttributeValue.fromS(prefix))))
                .items().forEach(items::add);
        return items;
    }

    /** Every participant of a campaign: id → item size. */
    Map<String, Long> participants(int year) {
        Map<String, Long> sizes = new HashMap<>();
        for (Map<String, AttributeValue> item : partition(TableItems.campaignPartition(year), "PARTICIPANT#")) {
            sizes.put(item.get("SK").s().substring("PARTICIPANT#".length()), ItemSize.of(item));
        }
        return sizes;
    }

    /** The size of a campaign's evaluations, all together. */
    long evaluations(int year) {
        return sum(partition(TableItems.campaignPartition(year), "EVALUATION#"));
    }

    /**
     * The newest {@code limit} entries of a participant's wall as index ByWall holds them (its projection:
     * what a Query of the index returns, and what DynamoDB bills it for).
     */
    List<Map<String, AttributeValue>> wall(int year, String participantId, int limit) {
        return dynamo.query(r -> r.tableName(table)
                .indexName("ByWall")
                .keyConditionExpression("#key = :key")
                .expressionAttributeNames(Map.of("#key", TableItems.WALL_KEY))
                .expressionAttributeValues(Map.of(":key", AttributeValue.fromS(TableItems.wallKey(year, participantId))))
                .scanIndexForward(false)
                .limit(limit)).items();
    }

    /**
     * The size of a campaign's entries in index ByTally – its confirmed praise, as the index holds it (keys and
     * the attributes scoring needs): what the recalculation must read at the least, and what DynamoDB bills a
     * Query of the index for.
     */
    long tallyEntries(int year) {
        long bytes = 0;
        for (int shard = 0; shard < lv.praise.adapter.DynamoScoringSource.shards(); shard++) {
            int s = shard;
            for (Map<String, AttributeValue> entry : dynamo.queryPaginator(r -> r.tableName(table)
                    .indexName(lv.praise.adapter.DynamoScoringSource.INDEX)
                    .keyConditionExpression("#key = :key")
                    .expressionAttributeNames(Map.of("#key", TableItems.TALLY_KEY))
                    .expressionAttributeValues(Map.of(":key", AttributeValue.fromS(TableItems.tallyKey(year, s))))).items()) {
                bytes += ItemSize.of(entry);
            }
        }
        return bytes;
    }

    static long sum(List<Map<String, AttributeValue>> items) {
        long bytes = 0;
        for (Map<String, AttributeValue> item : items) {
            bytes += ItemSize.of(item);
        }
        return bytes;
    }
}
