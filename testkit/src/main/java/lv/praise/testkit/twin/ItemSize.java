package lv.praise.testkit.twin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item's size in bytes as DynamoDB bills it, for items as the SDK holds them: the very rules the
 * twin bills writes by ({@link WriteCapacity#size}), so that a floor computed from item sizes (the
 * bench's capacity part) and the twin's accounting can't drift apart.
 */
public final class ItemSize {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ItemSize() {
    }

    /** The item's size in bytes (0 for null). */
    public static long of(Map<String, AttributeValue> item) {
        return item == null ? 0 : WriteCapacity.size(wire(item));
    }

    /** The item in DynamoDB's JSON wire shape ({"name": {"S": "…"}, …}). */
    static ObjectNode wire(Map<String, AttributeValue> item) {
        ObjectNode node = NODES.objectNode();
        item.forEach((name, value) -> node.set(name, typed(value)));
        return node;
    }

    private static JsonNode typed(AttributeValue v) {
        ObjectNode typed = NODES.objectNode();
        switch (v.type()) {
            case S -> typed.put("S", v.s());
            case N -> typed.put("N", v.n());
            case B -> typed.put("B", base64(v.b()));
            case BOOL -> typed.put("BOOL", v.bool());
            case NUL -> typed.put("NULL", true);
            case SS -> v.ss().forEach(typed.putArray("SS")::add);
            case NS -> v.ns().forEach(typed.putArray("NS")::add);
            case BS -> {
                ArrayNode set = typed.putArray("BS");
                v.bs().forEach(b -> set.add(base64(b)));
            }
            case L -> {
                ArrayNode list = typed.putArray("L");
                v.l().forEach(e -> list.add(typed(e)));
            }
            case M -> typed.set("M", wire(v.m()));
            default -> throw new IllegalArgumentException("unknown attribute type " + v.type());
        }
        return typed;
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArray());
    }
}
