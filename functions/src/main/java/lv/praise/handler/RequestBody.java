package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;

/** A JSON object body, checked for size, media type, encoding and shape before anything reads it. */
final class RequestBody {
    static final int MAX_BYTES = 16 * 1024;

    private final ObjectNode node;
    /** Where this object sits in the body ("" for the body itself, "decisions[2]." for a list's item). */
    private final String prefix;

    private RequestBody(ObjectNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    static RequestBody parse(APIGatewayV2HTTPEvent event, Set<String> knownFields) {
        return parse(event, knownFields, MAX_BYTES);
    }

    /**
     * A body of a route that takes more than {@link #MAX_BYTES} (a visit's notes, a visit plan): the same
     * checks with its own bound.
     */
    static RequestBody parse(APIGatewayV2HTTPEvent event, Set<String> knownFields, int maxBytes) {
        String contentType = header(event.getHeaders(), "content-type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new RefusedException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "body", "send the body as application/json");
        }
        byte[] bytes = bytes(event, maxBytes);
        if (bytes.length > maxBytes) {
            throw new RefusedException(ErrorCode.TOO_LARGE, "body", "the body must be at most " + maxBytes / 1024 + " KB");
        }
        String text = StrictUtf8.decode(bytes).orElseThrow(() -> malformed("the body is not valid UTF-8"));
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (StreamConstraintsException e) {
            throw malformed("the body is nested too deeply or has an oversized value");
        } catch (JacksonException e) {
            throw malformed("the body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw malformed("the body must be a JSON object");
        }
        return of((ObjectNode) root, "", knownFields);
    }

    /**
     * For a route that takes no input: no body, or an empty JSON object ({@code {}}); anything else is
     * refused naming what is wrong, so an action is never done on a request it does not understand.
     */
    /**
     * Whether the body is a JSON object with this field (a route that takes two kinds of body tells them
     * apart by it). Anything unreadable answers false: the route's own parse then names what is wrong.
     */
    static boolean names(APIGatewayV2HTTPEvent event, String field) {
        try {
            JsonNode root = Json.MAPPER.readTree(new String(bytes(event, MAX_BYTES * 4), StandardCharsets.UTF_8));
            return root != null && root.isObject() && root.has(field);
        } catch (JacksonException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The body of an e-mailed link's POST, {@code {"token": "..."}} (confirm, withdraw, opt out): the token,
     * stripped; refused naming {@code token} when it is missing or blank.
     */
    static String token(APIGatewayV2HTTPEvent event) {
        String token = parse(event, Set.of("token")).text("token");
        if (token == null || token.isBlank()) {
            throw RefusedException.invalid("token", "token is required");
        }
        return token.strip();
    }

    static void requireNone(APIGatewayV2HTTPEvent event) {
        if (event.getBody() != null && !event.getBody().isEmpty()) {
            parse(event, Set.of());
        }
    }

    private static RequestBody of(ObjectNode node, String prefix, Set<String> knownFields) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!knownFields.contains(name)) {
                throw RefusedException.invalid(prefix + (name.length() > 64 ? name.substring(0, 64) : name), "unknown field");
            }
        }
        return new RequestBody(node, prefix);
    }

    /**
     * A list of objects, each read like a body of its own whose errors name it by its place
     * ({@code decisions[2].reason}). Absent or null gives an empty list.
     */
    List<RequestBody> objects(String field, int maxItems, Set<String> knownFields) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray() || value.size() > maxItems) {
            throw RefusedException.invalid(name(field), field + " must be a list of at most " + maxItems + " objects");
        }
        List<RequestBody> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String at = prefix + field + "[" + i + "]";
            if (!value.get(i).isObject()) {
                throw RefusedException.invalid(at, "each item of " + field + " must be an object");
            }
            items.add(of((ObjectNode) value.get(i), at + ".", knownFields));
        }
        return items;
    }

    /** A nested object read like a body of its own ({@code spread.evaluators}); null when absent or JSON null. */
    RequestBody object(String field, Set<String> knownFields) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw RefusedException.invalid(name(field), field + " must be an object");
        }
        return of((ObjectNode) value, prefix + field + ".", knownFields);
    }

    /** A decimal number, or null when absent or JSON null (read from its text, never rounded through a double). */
    java.math.BigDecimal decimal(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw RefusedException.invalid(name(field), field + " must be a number");
        }
        return value.isIntegralNumber() ? new java.math.BigDecimal(value.bigIntegerValue())
                : new java.math.BigDecimal(value.asText());
    }

    /** A string, or a number as its plain text (an answer's value is either); null when absent. */
    String scalar(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber()) {
            return decimal(field).stripTrailingZeros().toPlainString();
        }
        throw RefusedException.invalid(name(field), field + " must be a string or a number");
    }

    /** The name of a field of this object as the caller sees it in the body. */
    String name(String field) {
        return prefix + field;
    }

    /** A string field, or null when absent or JSON null. */
    String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw RefusedException.invalid(name(field), field + " must be a string");
        }
        return value.textValue();
    }

    Integer wholeNumber(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw RefusedException.invalid(name(field), field + " must be a whole number");
        }
        return value.intValue();
    }

    Boolean bool(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw RefusedException.invalid(name(field), field + " must be true or false");
        }
        return value.booleanValue();
    }

    /** As {@link #textList}, but absent or null gives null (for a field that is required: the domain names it). */
    List<String> textListOrNull(String field, int maxItems) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : textList(field, maxItems);
    }

    /**
     * A required list of strings whose refusals name the item ({@code field[i]}); null items stay null (the
     * domain refuses them, naming the item too). Absent or null: null.
     */
    /**
     * A list of at most {@code maxItems} whose items are each a string – the item's {@code main} field – or an object of
     * {@code knownFields} with string values (a list that grew from strings to objects: {@code contacts}). Each item as
     * a map (values may be null); null when absent. A wrong item, an unknown field or a {@code main} that is not a
     * string names the item ({@code contacts[1]}); another field that is not a string names itself
     * ({@code contacts[1].lang}).
     */
    List<Map<String, String>> stringOrObjectList(String field, int maxItems, String main, Set<String> knownFields) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray() || value.size() > maxItems) {
            throw RefusedException.invalid(name(field), field + " must be a list of at most " + maxItems + " items");
        }
        List<Map<String, String>> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String at = name(field) + "[" + i + "]";
            JsonNode item = value.get(i);
            Map<String, String> fields = new java.util.HashMap<>();
            if (item.isNull() || item.isTextual()) {
                fields.put(main, item.isNull() ? null : item.textValue());
            } else if (item.isObject()) {
                Iterator<String> names = item.fieldNames();
                while (names.hasNext()) {
                    String name = names.next();
                    if (!knownFields.contains(name)) {
                        throw RefusedException.invalid(at, at + " has an unknown field");
                    }
                    JsonNode v = item.get(name);
                    if (!v.isNull() && !v.isTextual()) {
                        throw RefusedException.invalid(name.equals(main) ? at : at + "." + name, at + "." + name + " must be a string");
                    }
                    fields.put(name, v.isNull() ? null : v.textValue());
                }
            } else {
                throw RefusedException.invalid(at, at + " must be a string or an object");
            }
            items.add(fields);
        }
        return items;
    }

    List<String> itemList(String field, int maxItems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray() || value.size() > maxItems) {
            throw RefusedException.invalid(name(field), field + " must be a list of at most " + maxItems + " strings");
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual() && !item.isNull()) {
                throw RefusedException.invalid(name(field) + "[" + i + "]", field + "[" + i + "] must be a string");
            }
            items.add(item.isNull() ? null : item.textValue());
        }
        return items;
    }

    List<String> textList(String field, int maxItems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray() || value.size() > maxItems) {
            throw RefusedException.invalid(name(field), field + " must be a list of at most " + maxItems + " strings");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw RefusedException.invalid(name(field), field + " must be a list of strings");
            }
            items.add(item.textValue());
        }
        return items;
    }

    /** The praise's 1–5 stars, which every praise body must give (the range is the domain's to check). */
    int stars() {
        Integer stars = wholeNumber("stars");
        if (stars == null) {
            throw RefusedException.invalid("stars", "stars is required: a whole number from 1 to 5");
        }
        return stars;
    }

    /** The language of the praise and its e-mails; Latvian when not given. */
    lv.praise.domain.Lang lang() {
        String code = text("lang");
        return code == null ? lv.praise.domain.Lang.LV : lv.praise.domain.Lang.fromCode(code).orElseThrow(() ->
                RefusedException.invalid("lang", "lang must be lv, en or et"));
    }

    static String header(Map<String, String> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (var entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static byte[] bytes(APIGatewayV2HTTPEvent event, int maxBytes) {
        String body = event.getBody();
        if (body == null || body.isEmpty()) {
            throw malformed("a JSON body is required");
        }
        if (!event.getIsBase64Encoded()) {
            return body.getBytes(StandardCharsets.UTF_8);
        }
        if (body.length() > (long) maxBytes * 4 / 3 + 4) {
            throw new RefusedException(ErrorCode.TOO_LARGE, "body", "the body must be at most " + maxBytes / 1024 + " KB");
        }
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw malformed("the body is not valid base64");
        }
    }

    private static RefusedException malformed(String message) {
        return new RefusedException(ErrorCode.MALFORMED_JSON, "body", message);
    }
}
