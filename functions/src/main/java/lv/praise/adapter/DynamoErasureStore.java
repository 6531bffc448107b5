package lv.praise.adapter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Actor;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.erasure.ErasureStore;
import lv.praise.domain.moderation.ModerationStatus;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Erases a praise (docs/data-model.md, *Erasure*): the praise item stays as a tombstone ({@code status = ERASED},
 * {@code erasedAt}, {@code erasedBy}) so a second click answers "already withdrawn", and loses every personal
 * attribute and every index key – the review queue's, the wall's and the tally's – in the same transaction that
 * takes it out of its participant's counters. Decided by conditions on the state read, never by the read alone.
 */
public final class DynamoErasureStore implements ErasureStore {
    /** The sparse keys-only index of praiser slots by {@code personKey} = {@code {year}#{emailHash}}. */
    static final String BY_PERSON = "ByPerson";
    /** A state moved by a concurrent confirmation or decision is read again; each move is final, so few suffice. */
    private static final int ATTEMPTS = 5;
    static final String ERASED_AT = "erasedAt";
    static final String ERASED_BY = "erasedBy";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoErasureStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public EraseOutcome erase(String praiseId, Actor by, Instant at) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (attempt > 0) {
                Transactions.backOff(attempt);
            }
            var item = dynamo.getItem(r -> r.tableName(table).key(Keys.praise(praiseId)).consistentRead(true)).item();
            if (item == null || item.isEmpty()) {
                return EraseOutcome.NOT_FOUND;
            }
            PraiseStatus status = PraiseStatus.valueOf(Attributes.string(item, PraiseItems.STATUS));
            if (status == PraiseStatus.ERASED) {
                return EraseOutcome.ALREADY_ERASED;
            }
            EraseOutcome outcome = status == PraiseStatus.PENDING
                    ? erasePending(praiseId, by, at)
                    : eraseConfirmed(item, by, at);
            if (outcome == EraseOutcome.ERASED && status == PraiseStatus.PENDING) {
                Instant day = Attributes.instant(item, "submittedAt");
                if (day != null) {
                    DashboardCounters.erasedPending(dynamo, table, (int) Attributes.number(item, "campaignYear"),
                            praiseId, day);
                }
            }
            if (outcome != null) {
                return outcome;
            }
        }
        throw new IllegalStateException("praise " + praiseId + " kept changing while it was being erased");
    }

    /**
     * The index gives the slots' keys only (keys-only: nothing of a praise in the index); each slot is then read,
     * strongly consistent, for its praise's id. A person has a slot per participant praised: a handful of reads.
     */
    @Override
    public List<PersonSlot> slotsOf(int campaignYear, String emailHash) {
        List<PersonSlot> slots = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(BY_PERSON)
                        .keyConditionExpression("#person = :person")
                        .expressionAttributeNames(Map.of("#person", PraiseItems.PERSON_KEY))
                        .expressionAttributeValues(Map.of(":person",
                                AttributeValue.fromS(Keys.personKey(campaignYear, emailHash)))))
                .items().forEach(entry -> {
                    Map<String, AttributeValue> key = Map.of(Keys.PK, entry.get(Keys.PK), Keys.SK, entry.get(Keys.SK));
                    var slot = dynamo.getItem(g -> g.tableName(table).key(key).consistentRead(true)).item();
                    // The index lags the table: a slot deleted a moment ago may still be listed.
                    if (slot != null && !slot.isEmpty()) {
                        slots.add(new PersonSlot(entry.get(Keys.PK).s(), Attributes.string(slot, "praiseId")));
                    }
                });
        return slots;
    }

    @Override
    public void deleteSlot(PersonSlot slot) {
        dynamo.deleteItem(r -> r.tableName(table).key(Keys.praiserSlot(slot.slot())));
    }

    /** Nothing counts a pending praise: one conditional write, no participant touched. Null: its state moved. */
    private EraseOutcome erasePending(String praiseId, Actor by, Instant at) {
        Map<String, String> names = names(by);
        Map<String, AttributeValue> values = values(by, at);
        values.put(":pending", AttributeValue.fromS(PraiseStatus.PENDING.name()));
        TransactWriteItem erase = TransactWriteItem.builder().update(u -> u
                .tableName(table)
                .key(Keys.praise(praiseId))
                .updateExpression(set(by) + " REMOVE #text, #employee, #hash")
                .conditionExpression("#status = :pending")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)).build();
        try {
            Transactions.write(dynamo, erase, PraiseItems.dropAudit(table, praiseId));
            return EraseOutcome.ERASED;
        } catch (TransactionCanceledException e) {
            if (Transactions.conditionFailed(e, 0)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * The praise and its participant's counters, together: the review state's counter always, the public count
     * when the state is a counted one; refused once the participant is frozen for publication. Null: its state moved.
     */
    private EraseOutcome eraseConfirmed(Map<String, AttributeValue> item, Actor by, Instant at) {
        String praiseId = Attributes.string(item, "id");
        int year = (int) Attributes.number(item, "campaignYear");
        String participantId = Attributes.string(item, "participantId");
        String stored = Attributes.string(item, PraiseItems.MODERATION);
        // Praise confirmed before moderation existed has no verdict stored and is pending.
        ModerationStatus moderation = stored == null ? ModerationStatus.PENDING : ModerationStatus.valueOf(stored);

        Map<String, String> names = names(by);
        names.putAll(Map.of("#moderation", PraiseItems.MODERATION, "#moderationKey", PraiseItems.MODERATION_KEY,
                "#moderationSort", PraiseItems.MODERATION_SORT, "#wallKey", PraiseItems.WALL_KEY,
                "#wallSort", PraiseItems.WALL_SORT, "#tally", PraiseItems.TALLY_KEY,
                "#reason", PraiseItems.MODERATION_REASON));
        Map<String, AttributeValue> values = values(by, at);
        values.put(":confirmed", AttributeValue.fromS(PraiseStatus.CONFIRMED.name()));
        values.put(":from", AttributeValue.fromS(moderation.name()));
        String fromCondition = stored == null ? "attribute_not_exists(#moderation)" : "#moderation = :from";
        if (stored == null) {
            values.remove(":from");
        }
        TransactWriteItem erase = TransactWriteItem.builder().update(u -> u
                .tableName(table)
                .key(Keys.praise(praiseId))
                // Out of the review queue (ByModeration), off the wall (ByWall) and out of the tally (ByTally),
                // which the recalculation and the publication read.
                .updateExpression(set(by) + " REMOVE #text, #employee, #hash, #moderation, #moderationKey, "
                        + "#moderationSort, #wallKey, #wallSort, #tally, #reason")
                .conditionExpression("#status = :confirmed AND " + fromCondition)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)).build();
        Map<String, String> countNames = new HashMap<>(Map.of("#review", ParticipantItems.reviewCount(moderation),
                "#frozen", ParticipantItems.FROZEN_AT));
        String counts = "ADD #review :minusOne";
        if (moderation.counted()) {
            counts += ", #count :minusOne";
            countNames.put("#count", ParticipantItems.CONFIRMED_COUNT);
        }
        String countUpdate = counts;
        TransactWriteItem uncount = TransactWriteItem.builder().update(u -> u
                .tableName(table)
                .key(Keys.participant(year, participantId))
                .updateExpression(countUpdate)
                .conditionExpression(ParticipantItems.COUNTS_OPEN)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .expressionAttributeNames(countNames)
                .expressionAttributeValues(Map.of(":minusOne", Attributes.number(-1)))).build();
        java.util.List<TransactWriteItem> writes = new java.util.ArrayList<>(java.util.List.of(erase, uncount,
                PraiseItems.dropAudit(table, praiseId)));
        List<TransactWriteItem> insight = List.of();
        if (moderation == ModerationStatus.APPROVED) {
            // An approved praise erased leaves its participant's insight counters (issue 18) in the same write; the
            // last praise naming an employee takes the employee's name (as written) with it.
            insight = InsightItems.moves(dynamo, table, PraiseItems.fromItem(item), -1);
        }
        int insightAt = writes.size();
        writes.addAll(insight);
        try {
            Transactions.write(dynamo, writes);
            Instant day = Attributes.instant(item, "submittedAt") != null ? Attributes.instant(item, "submittedAt")
                    : Attributes.instant(item, "confirmedAt");
            if (day != null) {
                DashboardCounters.erasedConfirmed(dynamo, table, year, praiseId, day, moderation);
            }
            return EraseOutcome.ERASED;
        } catch (TransactionCanceledException e) {
            if (Transactions.conditionFailed(e, 0)) {
                return null;
            }
            if (Transactions.conditionFailed(e, 1) && Transactions.failedOnExistingItem(e, 1)) {
                return EraseOutcome.CAMPAIGN_CLOSED;
            }
            if (InsightItems.raced(e, insightAt, insight.size())) {
                // A decision moved the employee's count since it was read: read again and erase from there.
                return null;
            }
            throw e;
        }
    }

    /** The tombstone: who erased it – an organiser by their account's {@code sub}, the e-mail beside it – and when. */
    private static String set(Actor by) {
        return "SET #status = :erased, #erasedAt = :at, #erasedBy = :by" + (by.email() == null ? "" : ", #erasedByEmail = :byEmail");
    }

    private static Map<String, String> names(Actor by) {
        Map<String, String> names = names();
        if (by.email() != null) {
            names.put("#erasedByEmail", Attributes.emailOf(ERASED_BY));
        }
        return names;
    }

    private static Map<String, String> names() {
        return new HashMap<>(Map.of("#status", PraiseItems.STATUS, "#text", "text", "#employee", "employee",
                "#hash", PraiseItems.EMAIL_HASH, "#erasedAt", ERASED_AT, "#erasedBy", ERASED_BY));
    }

    private static Map<String, AttributeValue> values(Actor by, Instant at) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":erased", AttributeValue.fromS(PraiseStatus.ERASED.name()),
                ":at", AttributeValue.fromS(at.toString()), ":by", AttributeValue.fromS(by.id())));
        if (by.email() != null) {
            values.put(":byEmail", AttributeValue.fromS(by.email()));
        }
        return values;
    }
}
