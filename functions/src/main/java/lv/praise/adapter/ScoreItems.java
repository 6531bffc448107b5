package lv.praise.adapter;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import lv.praise.domain.insight.ScoreLine;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A participant's standings line in its {@code INSIGHT} item ({@code score}, a map; decimals as exact strings). */
final class ScoreItems {
    private ScoreItems() {
    }

    static AttributeValue toMap(ScoreLine s) {
        Map<String, AttributeValue> m = new HashMap<>();
        decimal(m, "online", s.online());
        decimal(m, "branch", s.branch());
        decimal(m, "mystery", s.mystery());
        decimal(m, "total", s.total());
        decimal(m, "topNTotal", s.topNTotal());
        integer(m, "rankOverall", s.rankOverall());
        integer(m, "rankInCategory", s.rankInCategory());
        integer(m, "rankInSizeClass", s.rankInSizeClass());
        m.put("eligible", AttributeValue.fromBool(s.eligible()));
        m.put("published", AttributeValue.fromBool(s.published()));
        if (s.reason() != null) {
            m.put("reason", AttributeValue.fromS(s.reason()));
        }
        return AttributeValue.fromM(m);
    }

    static ScoreLine fromMap(AttributeValue value) {
        if (value == null || !value.hasM()) {
            return null;
        }
        Map<String, AttributeValue> m = value.m();
        return new ScoreLine(decimal(m, "online"), decimal(m, "branch"), decimal(m, "mystery"), decimal(m, "total"),
                integer(m, "rankOverall"), integer(m, "rankInCategory"), integer(m, "rankInSizeClass"),
                decimal(m, "topNTotal"), Boolean.TRUE.equals(m.get("eligible").bool()),
                m.containsKey("reason") ? m.get("reason").s() : null, Boolean.TRUE.equals(m.get("published").bool()));
    }

    private static void decimal(Map<String, AttributeValue> m, String name, BigDecimal value) {
        if (value != null) {
            m.put(name, AttributeValue.fromS(value.toPlainString()));
        }
    }

    private static void integer(Map<String, AttributeValue> m, String name, Integer value) {
        if (value != null) {
            m.put(name, AttributeValue.fromN(value.toString()));
        }
    }

    private static BigDecimal decimal(Map<String, AttributeValue> m, String name) {
        return m.containsKey(name) ? new BigDecimal(m.get(name).s()) : null;
    }

    private static Integer integer(Map<String, AttributeValue> m, String name) {
        return m.containsKey(name) ? Integer.valueOf(m.get(name).n()) : null;
    }
}
