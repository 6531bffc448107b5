package lv.praise.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.intake.LimitPolicy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * The DynamoDB calls of one praise submission written straight against the SDK, as
 * {@code DynamoPraiseStore} and {@code DynamoSubmissionLimits} make them: one BatchGetItem of the
 * campaign, the participant and the person's slot (repeated for unprocessed keys), the conditional
 * UpdateItem of the address's counter and then of the e-mail's, then one conditional PutItem of the
 * pending praise, with the attributes {@code PraiseItems.pending} writes. Keep in step with those classes:
 * {@link Bench} checks the calls against the handler's before it times anything.
 */
final class BareCalls {
    /** As PraiseItems.PURGE_AFTER_EXPIRY. */
    private static final Duration PURGE_AFTER_EXPIRY = Duration.ofDays(7);

    private final DynamoDbClient dynamo;
    private final String table;
    private final int year;
    private final LimitPolicy limits;
    private final String addressHash;
    /** The last call's parts, for --breakdown (the counters count as part of the write). */
    long getNanos;
    long putNanos;

    BareCalls(DynamoDbClient dynamo, String table, int year, LimitPolicy limits, String addressHash) {
        this.dynamo = dynamo;
        this.table = table;
        this.year = year;
        this.limits = limits;
        this.addressHash = addressHash;
    }

    /** Makes the calls for one praise and returns their time in nanoseconds. */
    long time(Workload.BarePraise p) {
        long t0 = System.nanoTime();
        Map<String, AttributeValue> campaignKey = key("CAMPAIGN#" + year, "CAMPAIGN");
        Map<String, AttributeValue> participantKey = key("CAMPAIGN#" + year, "PARTICIPANT#" + p.participantId());
        Map<String, AttributeValue> praiserKey = key("PRAISER#" + year + "#" + p.participantId() + "#" + p.emailHash(),
                "PRAISER");
        Map<String, KeysAndAttributes> pending = Map.of(table, KeysAndAttributes.builder()
                .keys(campaignKey, participantKey, praiserKey).build());
        int found = 0;
        while (!pending.isEmpty()) {
            Map<String, KeysAndAttributes> request = pending;
            var response = dynamo.batchGetItem(r -> r.requestItems(request));
            found += response.responses().getOrDefault(table, List.of()).size();
            pending = response.unprocessedKeys();
        }
        long t1 = System.nanoTime();

        Instant windowStart = limits.windowStart(p.submittedAt());
        count("address", addressHash, windowStart, limits.perAddress());
        count("email", p.emailHash(), windowStart, limits.perEmail());

        Map<String, AttributeValue> item = new HashMap<>(key("PRAISE#" + p.praiseId(), "PRAISE"));
        item.put("type", s("PRAISE"));
        item.put("id", s(p.praiseId()));
        item.put("campaignYear", n(year));
        item.put("participantId", s(p.participantId()));
        item.put("participantName", s(p.participantName()));
        if (p.branch() != null) {
            item.put("branch", s(p.branch()));
        }
        if (p.employee() != null) {
            item.put("employee", s(p.employee()));
        }
        item.put("stars", n(p.stars()));
        item.put("aspects", AttributeValue.fromL(p.aspects().stream().map(AttributeValue::fromS).toList()));
        item.put("text", s(p.text()));
        item.put("channel", s(p.channel()));
        item.put("lang", s(p.lang()));
        item.put("status", s("PENDING"));
        // As PraiseItems.pending: praise from the public form.
        item.put("source", s("form"));
        item.put("emailHash", s(p.emailHash()));
        item.put("tokenHash", s(p.tokenHash()));
        item.put("submittedAt", s(p.submittedAt().toString()));
        item.put("tokenExpiresAt", s(p.tokenExpiresAt().toString()));
        item.put("purgeAt", n(p.tokenExpiresAt().plus(PURGE_AFTER_EXPIRY).getEpochSecond()));
        dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"));
        long t2 = System.nanoTime();
        long elapsed = t2 - t0;
        getNanos = t1 - t0;
        putNanos = t2 - t1;

        if (found != 2) {
            throw new Bench.BenchFailure("the bare BatchGetItem found " + found
                    + " of campaign and participant (expected both, and no praise slot)");
        }
        return elapsed;
    }

    private void count(String scope, String keyHash, Instant windowStart, int limit) {
        long purgeAt = windowStart.plus(limits.window()).getEpochSecond();
        dynamo.updateItem(r -> r.tableName(table)
                .key(key("LIMIT#" + scope + "#" + keyHash, "WINDOW#" + windowStart.getEpochSecond()))
                .updateExpression("SET #type = :type, #purge = :purge ADD #count :one")
                .conditionExpression("attribute_not_exists(#count) OR #count < :limit")
                .expressionAttributeNames(Map.of("#type", "type", "#purge", "purgeAt", "#count", "count"))
                .expressionAttributeValues(Map.of(":type", s("LIMIT"), ":purge", n(purgeAt), ":one", n(1),
                        ":limit", n(limit))));
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("PK", s(pk), "SK", s(sk));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
