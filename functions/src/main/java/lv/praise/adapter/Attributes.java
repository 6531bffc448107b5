package lv.praise.adapter;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reading typed values out of an item, where a missing optional attribute is a normal case. */
final class Attributes {
    private Attributes() {
    }

    static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
    }

    static double decimal(Map<String, AttributeValue> item, String name) {
        return Double.parseDouble(item.get(name).n());
    }

    static Instant instant(Map<String, AttributeValue> item, String name) {
        String text = string(item, name);
        return text == null ? null : Instant.parse(text);
    }

    static List<String> strings(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || !value.hasL() ? List.of() : value.l().stream().map(AttributeValue::s).toList();
    }

    static AttributeValue stringList(List<String> values) {
        return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList());
    }

    /** Puts a string attribute, or nothing when the value is null (DynamoDB has no null strings worth storing). */
    static void putString(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, AttributeValue.fromS(value));
        }
    }

    /** A whole number that may be absent. */
    static Integer optionalInt(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? null : Integer.valueOf(value.n());
    }

    /** An exact decimal, stored as a number whose text keeps its scale ("80.00" stays 80.00). */
    static java.math.BigDecimal exact(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : new java.math.BigDecimal(value.s() != null ? value.s() : value.n());
    }

    static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    /** The attribute holding an actor's e-mail, beside {@code name} (the identifier): for reading only. */
    static String emailOf(String name) {
        return name + "Email";
    }

    /** An audit field: {@code name} = the actor's immutable identifier, {@code nameEmail} = its e-mail when known. */
    static void putActor(Map<String, AttributeValue> item, String name, lv.praise.domain.Actor actor) {
        if (actor == null) {
            return;
        }
        item.put(name, AttributeValue.fromS(actor.id()));
        if (actor.email() != null) {
            item.put(emailOf(name), AttributeValue.fromS(actor.email()));
        }
    }

    /**
     * An audit field as {@link #putActor} wrote it; an item from before holds the e-mail in {@code name} and
     * nothing beside it, and reads as an actor identified by that address.
     */
    static lv.praise.domain.Actor actor(Map<String, AttributeValue> item, String name) {
        String id = string(item, name);
        return id == null ? null : new lv.praise.domain.Actor(id, string(item, emailOf(name)));
    }
}
