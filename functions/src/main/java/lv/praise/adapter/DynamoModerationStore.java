package lv.praise.adapter;

import lv.praise.domain.Actor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Review state of praise on the single table. The queues are the sparse index {@code ByModeration}
 * (only confirmed praise has {@code moderationKey}), each state spread over {@link Keys#MODERATION_SHARDS}
 * partitions by participant; the public wall is the sparse index {@code ByWall} ({@code wallKey} exists
 * only while a praise is approved). A decision is one transaction of two items, both the praise's own:
 * the praise's state (conditional on the state it was decided from) and its participant's item – the
 * public count and the counts per review state, on condition that the participant is not frozen for
 * publication – and, when approval comes or goes, the participant's {@code INSIGHT} counters (issue 18). A rejection for personal data removes the praise's text and employee name in that same
 * transaction. The campaign's counts are the participants' counts summed.
 */
public final class DynamoModerationStore implements ModerationStore {
    static final String BY_MODERATION = "ByModeration";
    static final String BY_WALL = "ByWall";
    private static final int BATCH_GET = 100;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoModerationStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /**
     * The participants' counters summed: one Query of the campaign's participant items (a few thousand,
     * each read whole – DynamoDB bills the item, not the projection). Strongly consistent, so the counts
     * an organiser gets after a decision include it.
     */
    @Override
    public ModerationCounts counts(int campaignYear) {
        String pending = ParticipantItems.reviewCount(ModerationStatus.PENDING);
        String approved = ParticipantItems.reviewCount(ModerationStatus.APPROVED);
        String rejected = ParticipantItems.reviewCount(ModerationStatus.REJECTED);
        long[] sums = new long[3];
        dynamo.queryPaginator(r -> r.tableName(table)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .projectionExpression("#p, #a, #r")
                        .consistentRead(true)
                        .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK, "#p", pending, "#a", approved,
                                "#r", rejected))
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(Keys.campaignPartition(campaignYear)),
                                ":prefix", AttributeValue.fromS(Keys.PARTICIPANT_PREFIX))))
                .items().forEach(item -> {
                    sums[0] += Attributes.number(item, pending);
                    sums[1] += Attributes.number(item, approved);
                    sums[2] += Attributes.number(item, rejected);
                });
        return new ModerationCounts(sums[0], sums[1], sums[2]);
    }

    /**
     * One participant's queue is one shard, read as before; the whole queue is a merge of every shard in
     * the queue's order. Each shard is read after the cursor's position by its sort key (which orders
     * the whole queue: confirmation instant, then id), a few items at a time, and the smallest head is
     * taken until the page is full – so the page is exactly what one partition in that order would give.
     */
    @Override
    public Page queue(int campaignYear, ModerationStatus status, String participantId, int limit, Position after) {
        // Pending: the longest-waiting first. Decided: the latest first, as organisers look back.
        boolean ascending = status == ModerationStatus.PENDING;
        if (participantId != null) {
            ShardReader shard = new ShardReader(campaignYear, status, Keys.moderationShard(participantId), ascending,
                    participantId, after);
            List<ModeratedPraise> items = new ArrayList<>();
            while (items.size() <= limit && shard.head() != null) {
                items.add(PraiseItems.moderatedFromItem(shard.take()));
            }
            return page(items, limit);
        }
        // Each shard reads about its share of the page first; a shard that runs out before the merge is done reads on.
        int chunk = Math.max(2, (limit + 1) / Keys.MODERATION_SHARDS + 1);
        List<ShardReader> shards = new ArrayList<>();
        for (int shard = 0; shard < Keys.MODERATION_SHARDS; shard++) {
            shards.add(new ShardReader(campaignYear, status, shard, ascending, null, after).chunk(chunk));
        }
        Comparator<ShardReader> byHead = Comparator.comparing(r -> Attributes.string(r.head(), PraiseItems.MODERATION_SORT));
        if (!ascending) {
            byHead = byHead.reversed();
        }
        List<ModeratedPraise> items = new ArrayList<>();
        while (items.size() <= limit) {
            ShardReader next = null;
            for (ShardReader shard : shards) {
                if (shard.head() != null && (next == null || byHead.compare(shard, next) < 0)) {
                    next = shard;
                }
            }
            if (next == null) {
                break;
            }
            items.add(PraiseItems.moderatedFromItem(next.take()));
        }
        return page(items, limit);
    }

    /** Up to {@code limit} of what was read, and whether more follow (one more was read to know it). */
    private static Page page(List<ModeratedPraise> items, int limit) {
        boolean more = items.size() > limit;
        return new Page(more ? items.subList(0, limit) : items, more);
    }

    /**
     * One shard of one state, read in the queue's order after a position, a page of DynamoDB at a time.
     * With a participant the filter runs in DynamoDB; its Limit counts items before the filter, so a
     * filtered shard reads whole 1 MB pages until it has what it needs.
     */
    private final class ShardReader {
        private final QueryRequest.Builder request;
        private final boolean filtered;
        private final java.util.ArrayDeque<Map<String, AttributeValue>> buffer = new java.util.ArrayDeque<>();
        private Map<String, AttributeValue> exclusiveStart;
        private boolean exhausted;
        private int chunk;

        ShardReader(int campaignYear, ModerationStatus status, int shard, boolean ascending, String participantId,
                    Position after) {
            Map<String, String> names = new HashMap<>(Map.of("#key", PraiseItems.MODERATION_KEY));
            Map<String, AttributeValue> values = new HashMap<>(Map.of(":key",
                    AttributeValue.fromS(Keys.moderationKey(campaignYear, status.name(), shard))));
            String condition = "#key = :key";
            if (after != null) {
                condition += ascending ? " AND #sort > :after" : " AND #sort < :after";
                names.put("#sort", PraiseItems.MODERATION_SORT);
                values.put(":after", AttributeValue.fromS(Keys.moderationSort(after.confirmedAt(), after.praiseId())));
            }
            request = QueryRequest.builder()
                    .tableName(table)
                    .indexName(BY_MODERATION)
                    .scanIndexForward(ascending);
            filtered = participantId != null;
            if (filtered) {
                // A filter, not an index of its own: a participant's share of one state is small.
                request.filterExpression("#participant = :participant");
                names.put("#participant", "participantId");
                values.put(":participant", AttributeValue.fromS(participantId));
            }
            request.keyConditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values);
        }

        ShardReader chunk(int size) {
            this.chunk = size;
            return this;
        }

        /** The next item in order, reading on when the buffer is empty; null when the shard has no more. */
        Map<String, AttributeValue> head() {
            while (buffer.isEmpty() && !exhausted) {
                QueryResponse response = dynamo.query(request.exclusiveStartKey(exclusiveStart)
                        .limit(filtered || chunk == 0 ? null : chunk).build());
                buffer.addAll(response.items());
                exclusiveStart = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                        ? response.lastEvaluatedKey() : null;
                exhausted = exclusiveStart == null;
            }
            return buffer.peekFirst();
        }

        Map<String, AttributeValue> take() {
            return buffer.removeFirst();
        }
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
        return wallPage(request, limit, after == null ? null
                : startKey(PraiseItems.WALL_KEY, partition, PraiseItems.WALL_SORT, after));
    }

    /** Reads one more than asked, so that "more" is known rather than guessed from a full page. */
    private Page wallPage(QueryRequest.Builder request, int limit, Map<String, AttributeValue> start) {
        List<ModeratedPraise> items = new ArrayList<>();
        Map<String, AttributeValue> exclusiveStart = start;
        do {
            QueryResponse response = dynamo.query(request.exclusiveStartKey(exclusiveStart)
                    .limit(limit + 1 - items.size()).build());
            for (Map<String, AttributeValue> item : response.items()) {
                items.add(PraiseItems.moderatedFromItem(item));
            }
            exclusiveStart = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (items.size() <= limit && exclusiveStart != null);
        return page(items, limit);
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
            for (Map<String, AttributeValue> item : Retries.batchGet(dynamo, table,
                    KeysAndAttributes.builder().keys(keys).consistentRead(true).build(), "praise", Retries.SLEEP)) {
                if (confirmed(item)) {
                    ModeratedPraise praise = PraiseItems.moderatedFromItem(item);
                    found.put(praise.id(), praise);
                }
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
                "#wallSort", PraiseItems.WALL_SORT, "#reason", PraiseItems.MODERATION_REASON,
                "#byEmail", Attributes.emailOf(PraiseItems.MODERATED_BY)));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":from", AttributeValue.fromS(from.name()),
                ":to", AttributeValue.fromS(to.name()),
                ":confirmed", AttributeValue.fromS(PraiseStatus.CONFIRMED.name()),
                ":key", AttributeValue.fromS(Keys.moderationKey(praise.campaignYear(), to.name(), praise.participantId())),
                ":sort", AttributeValue.fromS(sort),
                ":by", AttributeValue.fromS(decided.by().id()),
                ":byEmail", decided.by().email() == null ? AttributeValue.fromNul(true)
                        : AttributeValue.fromS(decided.by().email()),
                ":at", AttributeValue.fromS(decided.at().toString())));
        StringBuilder update = new StringBuilder("SET #moderation = :to, #key = :key, #sort = :sort, #by = :by, #byEmail = :byEmail, #at = :at");
        if (to == ModerationStatus.APPROVED) {
            // The first approval's instant, never moved by a later one (if_not_exists): the digest's week, so a praise
            // approved, rejected and approved again in a later week is in no second digest.
            update.append(", #wallKey = :wallKey, #wallSort = :sort, #firstApproved = if_not_exists(#firstApproved, :at)");
            names.put("#firstApproved", PraiseItems.FIRST_APPROVED_AT);
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
        if (decided.wordsErased()) {
            // Rejected for personal data: the words go in the same write that records the verdict.
            names.put("#text", "text");
            names.put("#employee", "employee");
            removed.addAll(List.of("#text", "#employee"));
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
        // The participant's counts per state move with the praise, and its public count when the praise
        // leaves it or comes back; refused once the participant is frozen for publication.
        int delta = (to.counted() ? 1 : 0) - (from.counted() ? 1 : 0);
        Map<String, String> countNames = new HashMap<>(Map.of("#from", ParticipantItems.reviewCount(from),
                "#to", ParticipantItems.reviewCount(to), "#frozen", ParticipantItems.FROZEN_AT));
        Map<String, AttributeValue> countValues = new HashMap<>(Map.of(":minusOne", Attributes.number(-1),
                ":one", Attributes.number(1)));
        String counts = "ADD #from :minusOne, #to :one";
        if (delta != 0) {
            counts += ", #count :delta";
            countNames.put("#count", ParticipantItems.CONFIRMED_COUNT);
            countValues.put(":delta", Attributes.number(delta));
        }
        String countUpdate = counts;
        TransactWriteItem moveCounts = TransactWriteItem.builder().update(u -> u
                .tableName(table)
                .key(Keys.participant(praise.campaignYear(), praise.participantId()))
                .updateExpression(countUpdate)
                .conditionExpression(ParticipantItems.COUNTS_OPEN)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .expressionAttributeNames(countNames)
                .expressionAttributeValues(countValues)).build();
        for (int attempt = 1; ; attempt++) {
            List<TransactWriteItem> writes = new ArrayList<>(List.of(markDecided, moveCounts));
            // The participant's insight counters (issue 18) move with approval, in the same transaction: +1 when the
            // praise becomes approved, -1 when approval is taken away (counted from the praise as it was approved).
            List<TransactWriteItem> insight = List.of();
            if (to == ModerationStatus.APPROVED && from != ModerationStatus.APPROVED) {
                insight = InsightItems.moves(dynamo, table, decided.praise(), 1);
            } else if (from == ModerationStatus.APPROVED && to != ModerationStatus.APPROVED) {
                insight = InsightItems.moves(dynamo, table, praise, -1);
            }
            writes.addAll(insight);
            if (decided.wordsErased()) {
                // The text kept before a redaction is words too: it goes in the same write.
                writes.add(PraiseItems.dropAudit(table, praise.id()));
            }
            try {
                Transactions.write(dynamo, writes);
                DashboardCounters.decided(dynamo, table, praise.campaignYear(), praise.id(), DashboardCounters.dayOf(praise),
                        from, to);
                return DecideOutcome.CHANGED;
            } catch (TransactionCanceledException e) {
                if (Transactions.conditionFailed(e, 0)) {
                    return DecideOutcome.STATE_CHANGED;
                }
                if (Transactions.conditionFailed(e, 1) && Transactions.failedOnExistingItem(e, 1)) {
                    return DecideOutcome.CAMPAIGN_PUBLISHED;
                }
                // Another decision moved the employee's count between its read and this write: build them again.
                if (InsightItems.raced(e, 2, insight.size()) && attempt < INSIGHT_RACES) {
                    Transactions.backOff(attempt);
                    continue;
                }
                throw e;
            }
        }
    }

    /** A decision whose employee count another decision moved meanwhile is built again at most this often. */
    private static final int INSIGHT_RACES = 5;

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
                .updateExpression("ADD #count :one, #state :one")
                .conditionExpression(ParticipantItems.COUNTS_OPEN)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .expressionAttributeNames(Map.of("#count", ParticipantItems.CONFIRMED_COUNT,
                        "#state", ParticipantItems.reviewCount(praise.status()), "#frozen", ParticipantItems.FROZEN_AT))
                .expressionAttributeValues(Map.of(":one", Attributes.number(1)))).build();
        List<TransactWriteItem> writes = new ArrayList<>(List.of(put, count));
        if (praise.status() == ModerationStatus.APPROVED) {
            // Entered as approved: the participant's insight counters move as with an approval (issue 18).
            writes.addAll(InsightItems.moves(dynamo, table, p, 1));
        }
        // The log lists what organisers typed in from a call or a paper form; the demo data's seeded web praise
        // comes through here too and is not on it.
        if (!p.channel().publicForm()) {
            Map<String, AttributeValue> entry = new HashMap<>(Keys.enteredLog(p.campaignYear(), p.confirmedAt(), p.id()));
            entry.put("type", AttributeValue.fromS("ENTERED"));
            entry.put("praiseId", AttributeValue.fromS(p.id()));
            entry.put("participantId", AttributeValue.fromS(p.participantId()));
            entry.put("participantName", AttributeValue.fromS(p.participantName()));
            entry.put("channel", AttributeValue.fromS(p.channel().code()));
            entry.put("enteredAt", AttributeValue.fromS(p.confirmedAt().toString()));
            Attributes.putActor(entry, PraiseItems.ENTERED_BY, praise.enteredBy());
            writes.add(TransactWriteItem.builder().put(x -> x.tableName(table).item(entry)).build());
        }
        try {
            Transactions.write(dynamo, writes);
            DashboardCounters.entered(dynamo, table, p.campaignYear(), p.id(), DashboardCounters.dayOf(p), praise.status());
            return EnterOutcome.STORED;
        } catch (TransactionCanceledException e) {
            if (Transactions.conditionFailed(e, 1)) {
                return Transactions.failedOnExistingItem(e, 1) ? EnterOutcome.CAMPAIGN_CLOSED
                        : EnterOutcome.UNKNOWN_PARTICIPANT;
            }
            // A taken id (index 0) can't happen with 128 random bits: it fails loudly here.
            throw e;
        }
    }

    /**
     * The log of entered praise is the campaign partition's {@code ENTERED#} items, sorted by instant then id:
     * one Query, newest first, from after the cursor's position, one item more than asked to know whether more follow.
     * Praise entered before the log existed is not on it.
     */
    @Override
    public EnteredPage entered(int campaignYear, int limit, Position after) {
        QueryRequest.Builder request = QueryRequest.builder().tableName(table)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(Keys.campaignPartition(campaignYear)),
                        ":prefix", AttributeValue.fromS(Keys.ENTERED_PREFIX)))
                .scanIndexForward(false);
        List<EnteredEntry> items = new ArrayList<>();
        // On the table itself the position is a whole start key: the log item's own key.
        Map<String, AttributeValue> start = after == null ? null
                : Keys.enteredLog(campaignYear, after.confirmedAt(), after.praiseId());
        do {
            QueryResponse response = dynamo.query(request.exclusiveStartKey(start).limit(limit + 1 - items.size()).build());
            for (Map<String, AttributeValue> item : response.items()) {
                items.add(new EnteredEntry(Attributes.string(item, "praiseId"), Attributes.string(item, "participantId"),
                        Attributes.string(item, "participantName"),
                        lv.praise.domain.Channel.fromCode(Attributes.string(item, "channel")).orElseThrow(),
                        Attributes.actor(item, PraiseItems.ENTERED_BY), Attributes.instant(item, "enteredAt")));
            }
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        } while (items.size() <= limit && start != null);
        boolean more = items.size() > limit;
        return new EnteredPage(more ? items.subList(0, limit) : items, more);
    }

    /**
     * The new text and the audit record in one transaction: the text only if it is still the one read (and the
     * praise still confirmed); the audit record keeps the first original ({@code if_not_exists}) and appends this
     * redaction's actor and instant.
     */
    @Override
    public RedactOutcome redact(ModeratedPraise current, String redactedText, Actor by, java.time.Instant at,
                                java.time.Instant purgeAt) {
        var praise = current.praise();
        Map<String, String> names = new HashMap<>(Map.of("#text", "text", "#status", PraiseItems.STATUS,
                "#redactedAt", "redactedAt", "#redactedBy", "redactedBy"));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":text", AttributeValue.fromS(redactedText),
                ":old", AttributeValue.fromS(praise.text()),
                ":confirmed", AttributeValue.fromS(PraiseStatus.CONFIRMED.name()),
                ":at", AttributeValue.fromS(at.toString()),
                ":by", AttributeValue.fromS(by.id())));
        TransactWriteItem text = TransactWriteItem.builder().update(u -> u
                .tableName(table)
                .key(Keys.praise(praise.id()))
                .updateExpression("SET #text = :text, #redactedAt = :at, #redactedBy = :by")
                .conditionExpression("#status = :confirmed AND #text = :old")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)).build();
        Map<String, AttributeValue> redaction = new HashMap<>(Map.of("at", AttributeValue.fromS(at.toString()),
                "by", AttributeValue.fromS(by.id())));
        if (by.email() != null) {
            redaction.put("byEmail", AttributeValue.fromS(by.email()));
        }
        TransactWriteItem audit = TransactWriteItem.builder().update(u -> u
                .tableName(table)
                .key(Keys.praiseAudit(praise.id()))
                // purgeAt: the table's TTL removes the original words with the other retained personal data.
                .updateExpression("SET #type = :type, #praiseId = :praiseId, #year = :year, "
                        + "#original = if_not_exists(#original, :old), "
                        + "#redactions = list_append(if_not_exists(#redactions, :none), :redaction), #purge = :purge")
                .expressionAttributeNames(Map.of("#type", "type", "#praiseId", "praiseId", "#year", "campaignYear",
                        "#original", PraiseItems.ORIGINAL_TEXT, "#redactions", PraiseItems.REDACTIONS,
                        "#purge", PraiseItems.PURGE_AT))
                .expressionAttributeValues(Map.of(":type", AttributeValue.fromS("PRAISE_AUDIT"),
                        ":praiseId", AttributeValue.fromS(praise.id()),
                        ":year", Attributes.number(praise.campaignYear()),
                        ":old", AttributeValue.fromS(praise.text()),
                        ":none", AttributeValue.fromL(List.of()),
                        ":redaction", AttributeValue.fromL(List.of(AttributeValue.fromM(redaction))),
                        ":purge", Attributes.number(purgeAt.getEpochSecond())))).build();
        try {
            Transactions.write(dynamo, text, audit);
            return RedactOutcome.REDACTED;
        } catch (TransactionCanceledException e) {
            if (Transactions.conditionFailed(e, 0)) {
                return RedactOutcome.TEXT_CHANGED;
            }
            throw e;
        }
    }
}
