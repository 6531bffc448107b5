package lv.praise.adapter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.moderation.ModeratedPraise;
import lv.praise.domain.moderation.ModerationCounts;
import lv.praise.domain.moderation.ModerationStatus;
import lv.praise.domain.moderation.ModerationStore;
import lv.praise.domain.moderation.Position;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Review state of praise on the single table. The queues are the sparse index {@code ByModeration}
 * (only confirmed praise has {@code moderationKey}), the public wall the sparse index {@code ByWall}
 * ({@code wallKey} exists only while a praise is approved). A decision is one transaction: the praise's
 * state (conditional on the state it was decided from), the participant's public count, the campaign's
 * counts per state, and a check that the campaign is not published.
 */
public final class DynamoModerationStore implements ModerationStore {
    static final String BY_MODERATION = "ByModeration";
    static final String BY_WALL = "ByWall";
    private static final int MAX_TRANSACTION_ATTEMPTS = 8;
    private static final int BATCH_GET = 100;
    private static final String CONDITION_FAILED = "ConditionalCheckFailed";
    private static final String CONFLICT = "TransactionConflict";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoModerationStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public ModerationCounts counts(int campaignYear) {
        var item = dynamo.getItem(r -> r.tableName(table).key(Keys.moderationCounts(campaignYear)).consistentRead(true))
                .item();
        if (item == null || item.isEmpty()) {
            return ModerationCounts.NONE;
        }
        return new ModerationCounts(Attributes.number(item, "pending"), Attributes.number(item, "approved"),
                Attributes.number(item, "rejected"));
    }

    @Override
    public Page queue(int campaignYear, ModerationStatus status, String participantId, int limit, Position after) {
        String partition = Keys.moderationKey(campaignYear, status.name());
        Map<String, String> names = new HashMap<>(Map.of("#key", PraiseItems.MODERATION_KEY));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":key", AttributeValue.fromS(partition)));
        QueryRequest.Builder request = QueryRequest.builder()
                .tableName(table)
                .indexName(BY_MODERATION)
                .keyConditionExpression("#key = :key")
                // Pending: the longest-waiting first. Decided: the latest first, as organisers look back.
                .scanIndexForward(status == ModerationStatus.PENDING);
        if (participantId != null) {
            // A filter, not an index of its own: a participant's share of one state is small, and the
            // loop below keeps reading until the page is full, so a filtered page is never short.
            request.filterExpression("#participant = :participant");
            names.put("#participant", "participantId");
            values.put(":participant", AttributeValue.fromS(participantId));
        }
        request.expressionAttributeNames(names).expressionAttributeValues(values);
        return page(request, limit, participantId != null, after == null ? null
                : startKey(PraiseItems.MODERATION_KEY, partition, PraiseItems.MODERATION_SORT, after));
    }

    @Override
    public Page wall(int campaignYear, String participantId, int limit, Position after) {
        String partition = Keys.wallKey(campaignYear, participantId);
        QueryRequest.Builder request = QueryRequest.builder()
                .tableName(table)
                .indexName(BY_WALL)
                .keyConditionExpression("#key = :key")
                .expressionAttributeNames(Map.of("#key", PraiseItems.WALL_KEY))
                .expressionAttributeValues(Map.of(":key", AttributeValue.fromS(partition)))
                .scanIndexForward(false);
        return page(request, limit, false, after == null ? null
                : startKey(PraiseItems.WALL_KEY, partition, PraiseItems.WALL_SORT, after));
    }

    /**
     * Reads one more than asked, so that "more" is known rather than guessed from a full page. A
     * filtered query reads whole 1 MB pages (DynamoDB's Limit counts items before the filter) and keeps
     * what it needs; the next page starts after the last praise returned, not after the last one read.
     */
    private Page page(QueryRequest.Builder request, int limit, boolean filtered, Map<String, AttributeValue> start) {
        List<ModeratedPraise> items = new ArrayList<>();
        Map<String, AttributeValue> exclusiveStart = start;
        do {
            QueryResponse response = dynamo.query(request.exclusiveStartKey(exclusiveStart)
                    .limit(filtered ? null : limit + 1 - items.size()).build());
            for (Map<String, AttributeValue> item : response.items()) {
                if (items.size() <= limit) {
                    items.add(PraiseItems.moderatedFromItem(item));
                }
            }
            exclusiveStart = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (items.size() <= limit && exclusiveStart != null);
        boolean more = items.size() > limit;
        return new Page(more ? items.subList(0, limit) : items, more);
    }

    /** The index position after a praise: both index keys and the table's keys, as DynamoDB needs them. */
    private static Map<String, AttributeValue> startKey(String keyName, String partition, String sortName, Position after) {
        Map<String, AttributeValue> key = new HashMap<>(Keys.praise(after.praiseId()));
        key.put(keyName, AttributeValue.fromS(partition));
        key.put(sortName, AttributeValue.fromS(Keys.moderationSort(after.confirmedAt(), after.praiseId())));
        return key;
    }

    @Override
    public Map<String, ModeratedPraise> findConfirmed(Collection<String> praiseIds) {
        Map<String, ModeratedPraise> found = new LinkedHashMap<>();
        List<String> ids = List.copyOf(praiseIds);
        for (int from = 0; from < ids.size(); from += BATCH_GET) {
            List<Map<String, AttributeValue>> keys = ids.subList(from, Math.min(ids.size(), from + BATCH_GET)).stream()
                    .map(Keys::praise).toList();
            Map<String, KeysAndAttributes> pending = Map.of(table,
                    KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                if (attempt > 0) {
                    DynamoPraiseStore.backOff(attempt);
                }
                Map<String, KeysAndAttributes> request = pending;
                var response = dynamo.batchGetItem(r -> r.requestItems(request));
                for (Map<String, AttributeValue> item : response.responses().getOrDefault(table, List.of())) {
                    if (confirmed(item)) {
                        ModeratedPraise praise = PraiseItems.moderatedFromItem(item);
                        found.put(praise.id(), praise);
                    }
                }
                pending = response.unprocessedKeys();
            }
        }
        return found;
    }

    @Override
    public Optional<ModeratedPraise> findConfirmed(String praiseId) {
        var item = dynamo.getItem(r -> r.tableName(table).key(Keys.praise(praiseId)).consistentRead(true)).item();
        return item != null && confirmed(item) ? Optional.of(PraiseItems.moderatedFromItem(item)) : Optional.empty();
    }

    private static boolean confirmed(Map<String, AttributeValue> item) {
        return PraiseStatus.CONFIRMED.name().equals(Attributes.string(item, PraiseItems.STATUS));
    }

    @Override
    public DecideOutcome decide(ModeratedPraise current, ModeratedPraise decided) {
        var praise = current.praise();
        ModerationStatus from = current.status();
        ModerationStatus to = decided.status();
        String sort = Keys.moderationSort(praise.confirmedAt(), praise.id());

        Map<String, String> names = new HashMap<>(Map.of("#moderation", PraiseItems.MODERATION,
                "#status", PraiseItems.STATUS, "#key", PraiseItems.MODERATION_KEY, "#sort", PraiseItems.MODERATION_SORT,
                "#by", PraiseItems.MODERATED_BY, "#at", PraiseItems.MODERATED_AT, "#wallKey", PraiseItems.WALL_KEY,
                "#wallSort", PraiseItems.WALL_SORT, "#reason", PraiseItems.MODERATION_REASON));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":from", AttributeValue.fromS(from.name()),
                ":to", AttributeValue.fromS(to.name()),
                ":confirmed", AttributeValue.fromS(PraiseStatus.CONFIRMED.name()),
                ":key", AttributeValue.fromS(Keys.moderationKey(praise.campaignYear(), to.name())),
                ":sort", AttributeValue.fromS(sort),
                ":by", AttributeValue.fromS(decided.by()),
                ":at", AttributeValue.fromS(decided.at().toString())));
        StringBuilder update = new StringBuilder("SET #moderation = :to, #key = :key, #sort = :sort, #by = :by, #at = :at");
        if (to == ModerationStatus.APPROVED) {
            update.append(", #wallKey = :wallKey, #wallSort = :sort");
            values.put(":wallKey", AttributeValue.fromS(Keys.wallKey(praise.campaignYear(), praise.participantId())));
        }
        if (decided.reason() != null) {
            update.append(", #reason = :reason");
            values.put(":reason", AttributeValue.fromS(decided.reason().name()));
        }
        List<String> removed = new ArrayList<>();
        if (to != ModerationStatus.APPROVED) {
            removed.addAll(List.of("#wallKey", "#wallSort"));
        }
        if (decided.reason() == null) {
            removed.add("#reason");
        }
        if (!removed.isEmpty()) {
            update.append(" REMOVE ").append(String.join(", ", removed));
        }
        // Decided from the state read: if another decision got there first, this one writes nothing.
        // Praise confirmed before moderation existed has no verdict stored and is pending.
        String fromCondition = from == ModerationStatus.PENDING
                ? "(#moderation = :from OR attribute_not_exists(#moderation))" : "#moderation = :from";
        TransactWriteItem markDecided = TransactWriteItem.builder().update(u -> u
                .tableName(table)
                .key(Keys.praise(praise.id()))
                .updateExpression(update.toString())
                .conditionExpression(fromCondition + " AND #status = :confirmed")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)).build();
        TransactWriteItem countStates = TransactWriteItem.builder().update(u -> u
                .tableName(table)
                .key(Keys.moderationCounts(praise.campaignYear()))
                .updateExpression("ADD #from :minusOne, #to :one")
                .expressionAttributeNames(Map.of("#from", from.code(), "#to", to.code()))
                .expressionAttributeValues(Map.of(":minusOne", Attributes.number(-1), ":one", Attributes.number(1))))
                .build();
        TransactWriteItem notPublished = TransactWriteItem.builder().conditionCheck(c -> c
                .tableName(table)
                .key(Keys.campaign(praise.campaignYear()))
                .conditionExpression("attribute_not_exists(publishedAt)")).build();
        List<TransactWriteItem> items = new ArrayList<>(List.of(markDecided, notPublished, countStates));
        int delta = (to.counted() ? 1 : 0) - (from.counted() ? 1 : 0);
        if (delta != 0) {
            items.add(TransactWriteItem.builder().update(u -> u
                    .tableName(table)
                    .key(Keys.participant(praise.campaignYear(), praise.participantId()))
                    .updateExpression("ADD #count :delta")
                    .conditionExpression("attribute_exists(PK)")
                    .expressionAttributeNames(Map.of("#count", ParticipantItems.CONFIRMED_COUNT))
                    .expressionAttributeValues(Map.of(":delta", Attributes.number(delta)))).build());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                dynamo.transactWriteItems(r -> r.transactItems(items));
                return DecideOutcome.CHANGED;
            } catch (TransactionCanceledException e) {
                List<CancellationReason> reasons = e.cancellationReasons();
                if (failed(reasons, 0)) {
                    return DecideOutcome.STATE_CHANGED;
                }
                if (failed(reasons, 1)) {
                    return DecideOutcome.CAMPAIGN_PUBLISHED;
                }
                retryOrThrow(e, reasons, attempt);
            }
        }
    }

    @Override
    public EnterOutcome saveEntered(ModeratedPraise praise) {
        var p = praise.praise();
        TransactWriteItem put = TransactWriteItem.builder().put(x -> x
                .tableName(table)
                .item(PraiseItems.entered(praise))
                .conditionExpression("attribute_not_exists(PK)")).build();
        TransactWriteItem count = TransactWriteItem.builder().update(u -> u
                .tableName(table)
                .key(Keys.participant(p.campaignYear(), p.participantId()))
                .updateExpression("ADD #count :one")
                .conditionExpression("attribute_exists(PK)")
                .expressionAttributeNames(Map.of("#count", ParticipantItems.CONFIRMED_COUNT))
                .expressionAttributeValues(Map.of(":one", Attributes.number(1)))).build();
        TransactWriteItem open = TransactWriteItem.builder().conditionCheck(c -> c
                .tableName(table)
                .key(Keys.campaign(p.campaignYear()))
                .conditionExpression("attribute_not_exists(publishedAt) AND attribute_not_exists(closedEarlyAt)")).build();
        TransactWriteItem countState = TransactWriteItem.builder().update(u -> u
                .tableName(table)
                .key(Keys.moderationCounts(p.campaignYear()))
                .updateExpression("ADD #state :one")
                .expressionAttributeNames(Map.of("#state", praise.status().code()))
                .expressionAttributeValues(Map.of(":one", Attributes.number(1)))).build();
        for (int attempt = 1; ; attempt++) {
            try {
                dynamo.transactWriteItems(r -> r.transactItems(put, count, open, countState));
                return EnterOutcome.STORED;
            } catch (TransactionCanceledException e) {
                List<CancellationReason> reasons = e.cancellationReasons();
                if (failed(reasons, 1)) {
                    return EnterOutcome.UNKNOWN_PARTICIPANT;
                }
                if (failed(reasons, 2)) {
                    return EnterOutcome.CAMPAIGN_CLOSED;
                }
                // A taken id (index 0) can't happen with 128 random bits: it fails loudly below.
                retryOrThrow(e, reasons, attempt);
            }
        }
    }

    private static void retryOrThrow(TransactionCanceledException e, List<CancellationReason> reasons, int attempt) {
        boolean conflict = reasons.stream().anyMatch(r -> CONFLICT.equals(r.code()));
        if (!conflict || attempt >= MAX_TRANSACTION_ATTEMPTS) {
            throw e;
        }
        DynamoPraiseStore.backOff(attempt);
    }

    private static boolean failed(List<CancellationReason> reasons, int index) {
        return reasons.size() > index && CONDITION_FAILED.equals(reasons.get(index).code());
    }
}
