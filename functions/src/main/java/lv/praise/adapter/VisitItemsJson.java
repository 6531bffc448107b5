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

    static String wording(Map<String, Map<String, String>> wording) {
        ObjectNode n = JSON.createObjectNode();
        new TreeMap<>(wording).forEach((id, langs) -> {
            ObjectNode w = n.putObject(id);
            new TreeMap<>(langs).forEach(w::put);
        });
        return n.toString();
    }

    static Map<String, Map<String, String>> wording(String text) {
        try {
            Map<String, Map<String, String>> out = new TreeMap<>();
            JSON.readTree(text).fields().forEachRemaining(e -> {
                Map<String, String> langs = new TreeMap<>();
                e.getValue().fields().forEachRemaining(l -> langs.put(l.getKey(), l.getValue().asText()));
                out.put(e.getKey(), langs);
            });
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a BENCHMARK item's criteriaWording is not JSON", e);
        }
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
