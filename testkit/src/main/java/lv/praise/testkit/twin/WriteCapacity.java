package lv.praise.testkit.twin;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Write capacity of one item, as DynamoDB bills it, from the item before and after the write (wire JSON,
 * null when absent): the table's write is the larger of the two sizes in 1 KB units (at least 1); each
 * global secondary index costs a write when the item enters or leaves it or changes a projected
 * attribute, two when its index key changes (a delete and a put), in 1 KB units of the index entry;
 * everything twice inside a transaction. DynamoDB Local reports totals for single writes right but
 * splits a transaction's among items and indexes wrongly, so the twin computes transactions with this.
 */
final class WriteCapacity {
    private static final int KB = 1024;

    /** A global secondary index: its key attributes and what it projects (ALL, KEYS_ONLY or INCLUDE). */
    record Index(String name, List<String> keyNames, String projection, List<String> included) {
    }

    /** A table's key attributes and indexes, as DescribeTable gives them. */
    record TableShape(List<String> keyNames, List<Index> indexes) {
    }

    private WriteCapacity() {
    }

    /** Table and index write units of one item's write. */
    static TwinLedger.Units of(TableShape table, JsonNode before, JsonNode after, boolean transactional) {
        int factor = transactional ? 2 : 1;
        long larger = Math.max(size(before), size(after));
        double write = factor * Math.max(1, units(larger, KB));
        double indexWrites = 0;
        for (Index index : table.indexes()) {
            JsonNode old = in(index, before) ? before : null;
            JsonNode now = in(index, after) ? after : null;
            if (old == null && now == null) {
                continue;
            }
            long oldSize = old == null ? 0 : size(entry(table, index, old));
            long newSize = now == null ? 0 : size(entry(table, index, now));
            if (old == null) {
                indexWrites += Math.max(1, units(newSize, KB));
            } else if (now == null) {
                indexWrites += Math.max(1, units(oldSize, KB));
            } else if (!keysOf(index.keyNames(), old).equals(keysOf(index.keyNames(), now))) {
                indexWrites += Math.max(1, units(oldSize, KB)) + Math.max(1, units(newSize, KB));
            } else if (!entryMap(table, index, old).equals(entryMap(table, index, now))) {
                indexWrites += Math.max(1, units(newSize, KB));
            }
        }
        return new TwinLedger.Units(0, write, factor * indexWrites);
    }

    /** Whether the item has every key attribute of the index (sparse indexes hold only those that do). */
    private static boolean in(Index index, JsonNode item) {
        if (item == null) {
            return false;
        }
        for (String key : index.keyNames()) {
            if (!item.has(key)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> keysOf(List<String> names, JsonNode item) {
        Map<String, String> keys = new TreeMap<>();
        names.forEach(n -> keys.put(n, item.path(n).toString()));
        return keys;
    }

    private static Map<String, String> entryMap(TableShape table, Index index, JsonNode item) {
        Map<String, String> entry = new TreeMap<>();
        entry(table, index, item).fields().forEachRemaining(f -> entry.put(f.getKey(), f.getValue().toString()));
        return entry;
    }

    /** The index's copy of the item: its projected attributes with the table's and the index's keys. */
    private static JsonNode entry(TableShape table, Index index, JsonNode item) {
        if ("ALL".equals(index.projection())) {
            return item;
        }
        List<String> kept = new ArrayList<>(table.keyNames());
        kept.addAll(index.keyNames());
        if ("INCLUDE".equals(index.projection())) {
            kept.addAll(index.included());
        }
        var entry = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (String name : kept) {
            if (item.has(name)) {
                entry.set(name, item.get(name));
            }
        }
        return entry;
    }

    private static long units(long bytes, int unit) {
        return (bytes + unit - 1) / unit;
    }

    /**
     * An item's size by DynamoDB's rules: per attribute its name's UTF-8 bytes plus its value – strings
     * and binaries their bytes, numbers one byte per two significant digits plus one, booleans and nulls
     * one byte, sets their elements, lists and maps 3 bytes plus their elements (a map's keys counted
     * like names) and one byte per element.
     */
    static long size(JsonNode item) {
        if (item == null) {
            return 0;
        }
        long size = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> attribute = it.next();
            size += utf8(attribute.getKey()) + value(attribute.getValue());
        }
        return size;
    }

    private static long value(JsonNode typed) {
        Map.Entry<String, JsonNode> v = typed.fields().next();
        JsonNode content = v.getValue();
        return switch (v.getKey()) {
            case "S" -> utf8(content.asText());
            case "N" -> number(content.asText());
            case "B" -> Base64.getDecoder().decode(content.asText()).length;
            case "BOOL", "NULL" -> 1;
            case "SS" -> sum(content, e -> utf8(e.asText()));
            case "NS" -> sum(content, e -> number(e.asText()));
            case "BS" -> sum(content, e -> Base64.getDecoder().decode(e.asText()).length);
            case "L" -> 3 + sum(content, e -> value(e) + 1);
            case "M" -> 3 + size(content) + content.size();
            default -> throw new IllegalArgumentException("unknown attribute type " + v.getKey());
        };
    }

    private static long sum(JsonNode elements, java.util.function.ToLongFunction<JsonNode> size) {
        long total = 0;
        for (JsonNode e : elements) {
            total += size.applyAsLong(e);
        }
        return total;
    }

    private static long number(String text) {
        String digits = text.replace("-", "").replace("+", "");
        int exponent = digits.indexOf('e') >= 0 ? digits.indexOf('e') : digits.indexOf('E');
        if (exponent >= 0) {
            digits = digits.substring(0, exponent);
        }
        digits = digits.replace(".", "").replaceFirst("^0+", "").replaceFirst("0+$", "");
        return Math.max(1, (digits.length() + 1) / 2) + 1;
    }

    private static long utf8(String text) {
        return Objects.requireNonNull(text).getBytes(StandardCharsets.UTF_8).length;
    }
}
