package lv.praise.testkit.twin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An SDK item weighs what the same item on the wire weighs in the twin's accounting, by DynamoDB's rules. */
class ItemSizeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachAttributeTypeWeighsItsNameAndItsValueByDynamoDbsRules() {
        assertEquals(2 + 3, ItemSize.of(Map.of("PK", AttributeValue.fromS("abc"))));
        assertEquals(4 + 2, ItemSize.of(Map.of("name", AttributeValue.fromS("Ķ"))), "UTF-8 bytes, not characters");
        assertEquals(1 + 2 + 1, ItemSize.of(Map.of("n", AttributeValue.fromN("123"))), "a byte per two digits, plus one");
        assertEquals(1 + 3, ItemSize.of(Map.of("b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2, 3})))));
        assertEquals(2 + 1, ItemSize.of(Map.of("ok", AttributeValue.fromBool(true))));
        assertEquals(4 + 1, ItemSize.of(Map.of("none", AttributeValue.fromNul(true))));
        assertEquals(2 + 1 + 2, ItemSize.of(Map.of("ss", AttributeValue.fromSs(List.of("a", "bc")))));
        assertEquals(1 + 3 + (2 + 1) + (2 + 1), ItemSize.of(Map.of("l", AttributeValue.fromL(List.of(
                AttributeValue.fromS("ab"), AttributeValue.fromN("1"))))), "a list: 3 bytes, and one per element");
        assertEquals(1 + 3 + (1 + 1) + 1, ItemSize.of(Map.of("m", AttributeValue.fromM(Map.of("k", AttributeValue.fromS("v"))))),
                "a map: 3 bytes, its names and values, and one per element");
        assertEquals(0, ItemSize.of(null));
    }

    @Test
    void anItemWeighsWhatItsWireFormWeighsForTheTwin() throws Exception {
        Map<String, AttributeValue> item = Map.of(
                "PK", AttributeValue.fromS("PRAISE#0123"),
                "stars", AttributeValue.fromN("5"),
                "aspects", AttributeValue.fromL(List.of(AttributeValue.fromS("speed"), AttributeValue.fromS("quality"))),
                "online", AttributeValue.fromM(Map.of("n", AttributeValue.fromN("12"), "score", AttributeValue.fromN("87.5"))),
                "tags", AttributeValue.fromNs(List.of("1", "22")));
        String wire = """
                {"PK": {"S": "PRAISE#0123"}, "stars": {"N": "5"},
                 "aspects": {"L": [{"S": "speed"}, {"S": "quality"}]},
                 "online": {"M": {"n": {"N": "12"}, "score": {"N": "87.5"}}},
                 "tags": {"NS": ["1", "22"]}}""";
        assertEquals(WriteCapacity.size(JSON.readTree(wire)), ItemSize.of(item));
    }
}
