package lv.praise.adapter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** A map of criterion id → exact decimal as a JSON text of strings (the BENCHMARK item's {@code criteria}). */
final class VisitItemsJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VisitItemsJson() {
    }

    static String decimals(Map<String, BigDecimal> values) {
        ObjectNode n = JSON.createObjectNode();
        new TreeMap<>(values).forEach((k, v) -> n.put(k, v.toPlainString()));
        return n.toString();
    }

    static Map<String, BigDecimal> decimals(String text) {
        try {
            Map<String, BigDecimal> out = new TreeMap<>();
            JSON.readTree(text).fields().forEachRemaining(e -> out.put(e.getKey(), new BigDecimal(e.getValue().asText())));
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a BENCHMARK item's criteria are not JSON", e);
        }
    }
}
