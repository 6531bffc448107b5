package lv.praise.adapter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import lv.praise.domain.moderation.ModerationStatus;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The dashboard's praise counts, moved beside the writes that already happen on each praise
 * (docs/data-model.md, *Dashboard counts*). One small item per campaign, shard and day of submission
 * ({@code STATS#{year}#{shard}} / {@code DAY#{yyyy-MM-dd}}), the shard that of the praise's id (its ByTally
 * shard): the national peak's submissions and confirmations of one day are spread over 8 items, and no item
 * is written by every praise of the country.
 *
 * <p>Why a plain {@code UpdateItem} after the praise's own write and not an item in the confirmation's
 * transaction: a transaction bills 2 write units per item and holds it, so a counter item there would cost
 * 2 units and a conflict with every other confirmation of its shard at that moment; the plain {@code ADD}
 * costs 1 unit and never conflicts (DynamoDB serialises plain updates of an item). What it gives up: the count
 * moves after the praise, so a failure between the two (the function dying, DynamoDB refusing the update after
 * the SDK's retries) leaves the count one short. That failure is best effort by design – the one exception to
 * "adapters never swallow failures": the praise's own write has succeeded, and answering it as a 500 would
 * tell the writer their praise was lost (a retry would then be "already confirmed") – so it is logged without
 * personal data ({@value #FAILED_LOG}) and counted as the metric {@value #FAILED_METRIC}, and the request is
 * answered as stored. The counts may drift; the nightly recalculation's counts are the truth, shown beside them.
 *
 * <p>The day is the praise's day of submission in Riga, for its confirmation and decisions too: one item then
 * says how many of a day's praise were confirmed, which tells the praise still awaiting confirmation (links
 * live 72 hours) from those never confirmed.
 */
final class DashboardCounters {
    static final String SUBMITTED = "submitted";
    static final String CONFIRMED = "confirmed";
    static final String APPROVED = "approved";
    static final String REJECTED = "rejected";
    static final String ERASED = "erased";
    static final ZoneId ZONE = ZoneId.of("Europe/Riga");
    /** The log line of a counter update that failed after the praise's own write (its metric below). */
    static final String FAILED_LOG = "dashboard_counter_failed";
    static final String FAILED_METRIC = "DashboardCounterFailures";

    private DashboardCounters() {
    }

    /** The instant whose day counts a praise: its submission (an item without one: its confirmation). */
    static Instant dayOf(lv.praise.domain.Praise praise) {
        return praise.submittedAt() != null ? praise.submittedAt() : praise.confirmedAt();
    }

    static LocalDate day(Instant submittedAt) {
        return LocalDate.ofInstant(submittedAt, ZONE);
    }

    /** ADDs the deltas (zero deltas left out) on the praise's day item; nothing when every delta is zero. */
    static void add(DynamoDbClient dynamo, String table, int year, String praiseId, Instant submittedAt,
                    Map<String, Integer> deltas) {
        Map<String, AttributeValue> values = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        StringBuilder expression = new StringBuilder("SET #type = :type ADD ");
        int i = 0;
        for (Map.Entry<String, Integer> delta : deltas.entrySet()) {
            if (delta.getValue() == 0) {
                continue;
            }
            if (i > 0) {
                expression.append(", ");
            }
            names.put("#c" + i, delta.getKey());
            values.put(":c" + i, Attributes.number(delta.getValue()));
            expression.append("#c").append(i).append(" :c").append(i);
            i++;
        }
        if (i == 0) {
            return;
        }
        names.put("#type", "type");
        values.put(":type", AttributeValue.fromS("STATS"));
        LocalDate day = day(submittedAt);
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(Keys.statsDay(year, praiseId, day))
                    .updateExpression(expression.toString())
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values));
        } catch (SdkException e) {
            // After the praise's own write: answered as stored, the drift logged and counted (see the class).
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("campaignYear", year);
            fields.put("day", day.toString());
            fields.put("counters", String.join(",", new java.util.TreeSet<>(names.values()).stream()
                    .filter(n -> !n.equals("type")).toList()));
            fields.put("error", e.getClass().getSimpleName());
            JsonLog.count(FAILED_LOG, fields, FAILED_METRIC);
        }
    }

    static void submitted(DynamoDbClient dynamo, String table, int year, String praiseId, Instant submittedAt) {
        add(dynamo, table, year, praiseId, submittedAt, Map.of(SUBMITTED, 1));
    }

    static void confirmed(DynamoDbClient dynamo, String table, int year, String praiseId, Instant submittedAt) {
        add(dynamo, table, year, praiseId, submittedAt, Map.of(CONFIRMED, 1));
    }

    /** An organiser's phone or paper praise: submitted and confirmed at once, in its review state. */
    static void entered(DynamoDbClient dynamo, String table, int year, String praiseId, Instant submittedAt,
                        ModerationStatus state) {
        Map<String, Integer> deltas = new LinkedHashMap<>();
        deltas.put(SUBMITTED, 1);
        deltas.put(CONFIRMED, 1);
        deltas.put(APPROVED, state == ModerationStatus.APPROVED ? 1 : 0);
        deltas.put(REJECTED, state == ModerationStatus.REJECTED ? 1 : 0);
        add(dynamo, table, year, praiseId, submittedAt, deltas);
    }

    /** A review decision moved a confirmed praise from one state to another (pending = confirmed − decided). */
    static void decided(DynamoDbClient dynamo, String table, int year, String praiseId, Instant submittedAt,
                        ModerationStatus from, ModerationStatus to) {
        Map<String, Integer> deltas = new LinkedHashMap<>();
        deltas.put(APPROVED, (to == ModerationStatus.APPROVED ? 1 : 0) - (from == ModerationStatus.APPROVED ? 1 : 0));
        deltas.put(REJECTED, (to == ModerationStatus.REJECTED ? 1 : 0) - (from == ModerationStatus.REJECTED ? 1 : 0));
        add(dynamo, table, year, praiseId, submittedAt, deltas);
    }

    /** A praise erased before its confirmation: it will never be confirmed (no longer awaiting). */
    static void erasedPending(DynamoDbClient dynamo, String table, int year, String praiseId, Instant submittedAt) {
        add(dynamo, table, year, praiseId, submittedAt, Map.of(ERASED, 1));
    }

    /** A confirmed praise erased (withdrawn, or by an organiser): it leaves the confirmed count and its state's. */
    static void erasedConfirmed(DynamoDbClient dynamo, String table, int year, String praiseId, Instant submittedAt,
                                ModerationStatus state) {
        Map<String, Integer> deltas = new LinkedHashMap<>();
        deltas.put(CONFIRMED, -1);
        deltas.put(ERASED, 1);
        deltas.put(APPROVED, state == ModerationStatus.APPROVED ? -1 : 0);
        deltas.put(REJECTED, state == ModerationStatus.REJECTED ? -1 : 0);
        add(dynamo, table, year, praiseId, submittedAt, deltas);
    }
}
