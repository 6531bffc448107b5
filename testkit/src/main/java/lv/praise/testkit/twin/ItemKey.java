package lv.praise.testkit.twin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One item of one table, by its primary key as the wire carries it ({@code {"PK":{"S":"..."}}}): what
 * DynamoDB's transactions hold and conflict on.
 *
 * @param partition the partition key's value (its type letter dropped: S and N keys don't meet in one table)
 * @param sort      the sort key's value, or "" when the table has none
 */
public record ItemKey(String table, String partition, String sort) {

    /** The key of {@code item} (a Put's item or an Update's key) in a table whose key attributes are {@code keyNames}. */
    static ItemKey of(String table, List<String> keyNames, JsonNode item) {
        String partition = scalar(item.path(keyNames.get(0)));
        String sort = keyNames.size() > 1 ? scalar(item.path(keyNames.get(1))) : "";
        return new ItemKey(table, partition, sort);
    }

    private static String scalar(JsonNode typed) {
        if (!typed.isObject() || typed.size() != 1) {
            throw new IllegalArgumentException("a key attribute must be one typed value, not " + typed);
        }
        return typed.elements().next().asText();
    }

    @Override
    public String toString() {
        return sort.isEmpty() ? partition : partition + " / " + sort;
    }
}
