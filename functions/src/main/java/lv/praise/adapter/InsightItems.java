package lv.praise.adapter;

import java.util.HashMap;
import java.util.Map;
import lv.praise.domain.Praise;
import lv.praise.domain.insight.EmployeeKey;
import lv.praise.domain.insight.InsightCounts;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The {@code INSIGHT} item's counters (docs/insight.md): top-level numbers moved by {@code ADD}, so that a
 * decision's transaction changes only the counters of its praise, never reading the item first.
 */
final class InsightItems {
    static final String TYPE = "INSIGHT";
    static final String VERSION = "version";
    static final String REBUILT_AT = "rebuiltAt";
    static final String SCORE = "score";
    /** The evaluators' notes of the participant's approved visits (a list of strings), copied by the rebuild. */
    static final String NOTES = "notes";
    /** The last spelling of an employee key: {@code en#{key}}. */
    static final String NAME = "en#";

    private InsightItems() {
    }

    /**
     * The update of a decision's transaction: {@code sign} +1 when the praise becomes approved, -1 when its approval
     * is taken away; {@code version} +1 either way (the nightly rebuild's condition).
     */
    static TransactWriteItem move(String table, Praise praise, int sign) {
        Map<String, String> names = new HashMap<>(Map.of("#type", "type", "#pid", "participantId", "#version", VERSION));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":type", AttributeValue.fromS(TYPE),
                ":pid", AttributeValue.fromS(praise.participantId()), ":one", Attributes.number(1)));
        StringBuilder add = new StringBuilder(" ADD #version :one");
        int i = 0;
        for (var e : InsightCounts.of(praise).entrySet()) {
            names.put("#c" + i, e.getKey());
            values.put(":c" + i, Attributes.number(sign * e.getValue()));
            add.append(", #c").append(i).append(" :c").append(i);
            i++;
        }
        StringBuilder set = new StringBuilder("SET #type = :type, #pid = :pid");
        String key = EmployeeKey.of(praise.employee());
        if (sign > 0 && key != null) {
            names.put("#name", NAME + key);
            values.put(":name", AttributeValue.fromS(praise.employee().strip()));
            set.append(", #name = :name");
        }
        String update = set.toString() + add;
        return TransactWriteItem.builder().update(u -> u.tableName(table)
                .key(Keys.insight(praise.campaignYear(), praise.participantId()))
                .updateExpression(update)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)).build();
    }

    static InsightCounts fromItem(Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return InsightCounts.EMPTY;
        }
        Map<String, Long> counters = new HashMap<>();
        Map<String, String> employeeNames = new HashMap<>();
        item.forEach((name, value) -> {
            if (name.startsWith(NAME) && value.s() != null) {
                employeeNames.put(name.substring(NAME.length()), value.s());
            } else if (value.n() != null && counter(name)) {
                counters.put(name, Long.parseLong(value.n()));
            }
        });
        return new InsightCounts(counters, employeeNames, ScoreItems.fromMap(item.get(SCORE)),
                item.containsKey(VERSION) ? Attributes.number(item, VERSION) : 0, Attributes.instant(item, REBUILT_AT),
                item.containsKey(NOTES) ? Attributes.strings(item, NOTES) : java.util.List.of());
    }

    private static boolean counter(String name) {
        return name.equals(InsightCounts.APPROVED) || name.equals(InsightCounts.STARS_SUM)
                || name.startsWith(InsightCounts.DAY) || name.startsWith(InsightCounts.STARS)
                || name.startsWith(InsightCounts.CHANNEL) || name.startsWith(InsightCounts.BRANCH)
                || name.startsWith(InsightCounts.ASPECT) || name.startsWith(InsightCounts.EMPLOYEE);
    }

    /** The whole item of a rebuild, at {@code version}. */
    static Map<String, AttributeValue> toItem(int year, String participantId, InsightCounts counts, long version) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.insight(year, participantId));
        item.put("type", AttributeValue.fromS(TYPE));
        item.put("participantId", AttributeValue.fromS(participantId));
        counts.positive().forEach((k, v) -> item.put(k, Attributes.number(v)));
        counts.names().forEach((k, v) -> {
            if (counts.get(InsightCounts.EMPLOYEE + k) > 0) {
                item.put(NAME + k, AttributeValue.fromS(v));
            }
        });
        item.put(VERSION, Attributes.number(version));
        if (counts.rebuiltAt() != null) {
            item.put(REBUILT_AT, AttributeValue.fromS(counts.rebuiltAt().toString()));
        }
        if (counts.score() != null) {
            item.put(SCORE, ScoreItems.toMap(counts.score()));
        }
        if (!counts.notes().isEmpty()) {
            item.put(NOTES, Attributes.stringList(counts.notes()));
        }
        return item;
    }
}
