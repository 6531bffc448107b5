package lv.praise.adapter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lv.praise.domain.Praise;
import lv.praise.domain.insight.EmployeeKey;
import lv.praise.domain.insight.InsightCounts;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The {@code INSIGHT} item's counters (docs/insight.md): top-level numbers moved by {@code ADD}, so that a
 * decision's transaction changes only the counters of its praise, never reading the item first. The counters
 * whose number grows with what praisers write – one per employee key, one per branch – are items of their own
 * beside it ({@code INSIGHT#{id}#e#{key}}, {@code INSIGHT#{id}#b#{branch}}: {@code count}, an employee's
 * {@code name} as last written), so the {@code INSIGHT} item stays far below DynamoDB's 400 KB whatever a large
 * chain's praisers name.
 */
final class InsightItems {
    static final String TYPE = "INSIGHT";
    static final String EMPLOYEE_TYPE = "INSIGHT_EMPLOYEE";
    static final String BRANCH_TYPE = "INSIGHT_BRANCH";
    static final String VERSION = "version";
    static final String REBUILT_AT = "rebuiltAt";
    static final String SCORE = "score";
    /** The evaluators' notes of the participant's approved visits (a list of strings), copied by the rebuild. */
    static final String NOTES = "notes";
    /** A part's counter. */
    static final String COUNT = "count";
    /** An employee part's last spelling, as written in the praise. */
    static final String NAME = "name";

    private InsightItems() {
    }

    /** Whether a counter is kept in an item of its own (an employee's, a branch's) rather than in INSIGHT. */
    static boolean inPart(String counter) {
        return counter.startsWith(InsightCounts.EMPLOYEE) || counter.startsWith(InsightCounts.BRANCH);
    }

    /**
     * The updates of a decision's (entry's, erasure's) transaction: {@code sign} +1 when the praise becomes
     * approved, -1 when its approval is taken away. The {@code INSIGHT} item: its counters, {@code version} +1
     * either way (the nightly rebuild's condition). The praise's branch part: {@code count} ±1. Its employee part:
     * +1 sets the name as written and adds one; -1 subtracts one on condition that more than one stays, or, for the
     * last praise naming that employee, deletes the part – the name with it – on condition that at most one was
     * there. Which of the two is decided by a strongly consistent read just before; a decision in between fails the
     * condition ({@link #raced}) and the caller builds the writes again.
     */
    static List<TransactWriteItem> moves(DynamoDbClient dynamo, String table, Praise praise, int sign) {
        int year = praise.campaignYear();
        String participantId = praise.participantId();
        Map<String, String> names = new HashMap<>(Map.of("#type", "type", "#pid", "participantId", "#version", VERSION));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":type", AttributeValue.fromS(TYPE),
                ":pid", AttributeValue.fromS(participantId), ":one", Attributes.number(1)));
        StringBuilder add = new StringBuilder(" ADD #version :one");
        int i = 0;
        List<TransactWriteItem> writes = new ArrayList<>();
        for (var e : InsightCounts.of(praise).entrySet()) {
            if (inPart(e.getKey())) {
                continue;
            }
            names.put("#c" + i, e.getKey());
            values.put(":c" + i, Attributes.number(sign * e.getValue()));
            add.append(", #c").append(i).append(" :c").append(i);
            i++;
        }
        String update = "SET #type = :type, #pid = :pid" + add;
        writes.add(TransactWriteItem.builder().update(u -> u.tableName(table)
                .key(Keys.insight(year, participantId))
                .updateExpression(update)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)).build());
        if (praise.branch() != null && !praise.branch().isBlank()) {
            String counter = InsightCounts.BRANCH + praise.branch();
            writes.add(TransactWriteItem.builder().update(u -> u.tableName(table)
                    .key(Keys.insightPart(year, participantId, counter))
                    .updateExpression("SET #type = :type, #pid = :pid ADD #count :n")
                    .expressionAttributeNames(Map.of("#type", "type", "#pid", "participantId", "#count", COUNT))
                    .expressionAttributeValues(Map.of(":type", AttributeValue.fromS(BRANCH_TYPE),
                            ":pid", AttributeValue.fromS(participantId), ":n", Attributes.number(sign)))).build());
        }
        String key = EmployeeKey.of(praise.employee());
        if (key != null) {
            writes.add(employeeMove(dynamo, table, year, participantId, key, praise.employee().strip(), sign));
        }
        return writes;
    }

    private static TransactWriteItem employeeMove(DynamoDbClient dynamo, String table, int year, String participantId,
                                                  String key, String name, int sign) {
        Map<String, AttributeValue> part = Keys.insightPart(year, participantId, InsightCounts.EMPLOYEE + key);
        if (sign > 0) {
            return TransactWriteItem.builder().update(u -> u.tableName(table).key(part)
                    .updateExpression("SET #type = :type, #pid = :pid, #name = :name ADD #count :one")
                    .expressionAttributeNames(Map.of("#type", "type", "#pid", "participantId", "#name", NAME,
                            "#count", COUNT))
                    .expressionAttributeValues(Map.of(":type", AttributeValue.fromS(EMPLOYEE_TYPE),
                            ":pid", AttributeValue.fromS(participantId), ":name", AttributeValue.fromS(name),
                            ":one", Attributes.number(1)))).build();
        }
        var stored = dynamo.getItem(r -> r.tableName(table).key(part).consistentRead(true));
        long count = stored.hasItem() && stored.item().containsKey(COUNT) ? Attributes.number(stored.item(), COUNT) : 0;
        if (count <= 1) {
            // The last praise naming this employee: the name goes with the count, in the same write.
            return TransactWriteItem.builder().delete(d -> d.tableName(table).key(part)
                    .conditionExpression("attribute_not_exists(#count) OR #count <= :one")
                    .expressionAttributeNames(Map.of("#count", COUNT))
                    .expressionAttributeValues(Map.of(":one", Attributes.number(1)))).build();
        }
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(part)
                .updateExpression("ADD #count :minusOne")
                .conditionExpression("#count > :one")
                .expressionAttributeNames(Map.of("#count", COUNT))
                .expressionAttributeValues(Map.of(":minusOne", Attributes.number(-1), ":one", Attributes.number(1))))
                .build();
    }

    /** Whether one of the moves at {@code from} … {@code from + count - 1} failed its condition (a decision raced it). */
    static boolean raced(TransactionCanceledException e, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (Transactions.conditionFailed(e, i)) {
                return true;
            }
        }
        return false;
    }

    /** The counts of the {@code INSIGHT} item and its parts (every item of {@link Keys#insightParts}). */
    static InsightCounts fromItems(Map<String, AttributeValue> item, String participantId,
                                   List<Map<String, AttributeValue>> parts) {
        if ((item == null || item.isEmpty()) && parts.isEmpty()) {
            return InsightCounts.EMPTY;
        }
        Map<String, AttributeValue> own = item == null ? Map.of() : item;
        Map<String, Long> counters = new HashMap<>();
        Map<String, String> employeeNames = new HashMap<>();
        own.forEach((name, value) -> {
            if (value.n() != null && counter(name) && !inPart(name)) {
                counters.put(name, Long.parseLong(value.n()));
            }
        });
        String prefix = Keys.insightParts(participantId);
        for (Map<String, AttributeValue> part : parts) {
            String counter = Attributes.string(part, Keys.SK).substring(prefix.length());
            if (!inPart(counter) || !part.containsKey(COUNT)) {
                continue;
            }
            counters.put(counter, Attributes.number(part, COUNT));
            if (counter.startsWith(InsightCounts.EMPLOYEE) && part.containsKey(NAME)) {
                employeeNames.put(counter.substring(InsightCounts.EMPLOYEE.length()), Attributes.string(part, NAME));
            }
        }
        return new InsightCounts(counters, employeeNames, ScoreItems.fromMap(own.get(SCORE)),
                own.containsKey(VERSION) ? Attributes.number(own, VERSION) : 0, Attributes.instant(own, REBUILT_AT),
                own.containsKey(NOTES) ? Attributes.strings(own, NOTES) : List.of());
    }

    private static boolean counter(String name) {
        return name.equals(InsightCounts.APPROVED) || name.equals(InsightCounts.STARS_SUM)
                || name.startsWith(InsightCounts.DAY) || name.startsWith(InsightCounts.STARS)
                || name.startsWith(InsightCounts.CHANNEL) || name.startsWith(InsightCounts.ASPECT);
    }

    /** The whole {@code INSIGHT} item of a rebuild, at {@code version} (its parts: {@link #parts}). */
    static Map<String, AttributeValue> toItem(int year, String participantId, InsightCounts counts, long version) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.insight(year, participantId));
        item.put("type", AttributeValue.fromS(TYPE));
        item.put("participantId", AttributeValue.fromS(participantId));
        counts.positive().forEach((k, v) -> {
            if (!inPart(k)) {
                item.put(k, Attributes.number(v));
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

    /** The part items of a rebuild by sort key: one per employee key and branch with a positive count. */
    static Map<String, Map<String, AttributeValue>> parts(int year, String participantId, InsightCounts counts) {
        Map<String, Map<String, AttributeValue>> out = new TreeMap<>();
        counts.positive().forEach((counter, n) -> {
            if (!inPart(counter) || n <= 0) {
                return;
            }
            Map<String, AttributeValue> part = new HashMap<>(Keys.insightPart(year, participantId, counter));
            boolean employee = counter.startsWith(InsightCounts.EMPLOYEE);
            part.put("type", AttributeValue.fromS(employee ? EMPLOYEE_TYPE : BRANCH_TYPE));
            part.put("participantId", AttributeValue.fromS(participantId));
            part.put(COUNT, Attributes.number(n));
            String name = employee ? counts.names().get(counter.substring(InsightCounts.EMPLOYEE.length())) : null;
            if (name != null) {
                part.put(NAME, AttributeValue.fromS(name));
            }
            out.put(Attributes.string(part, Keys.SK), part);
        });
        return out;
    }
}
