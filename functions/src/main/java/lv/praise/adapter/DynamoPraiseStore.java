package lv.praise.adapter;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.praise.domain.Campaign;
import lv.praise.domain.Participant;
import lv.praise.domain.Praise;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.intake.PraiseStore;
import lv.praise.domain.moderation.ModerationStatus;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

public final class DynamoPraiseStore implements PraiseStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoPraiseStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** One round trip: the campaign, the participant and the person's slot, read together. */
    @Override
    public SubmissionContext loadSubmissionContext(int year, String participantId, String emailHash) {
        Map<String, AttributeValue> campaignKey = Keys.campaign(year);
        Map<String, AttributeValue> participantKey = Keys.participant(year, participantId);
        Map<String, AttributeValue> praiserKey = Keys.praiser(year, participantId, emailHash);
        Map<Map<String, AttributeValue>, Map<String, AttributeValue>> found = new HashMap<>();
        for (Map<String, AttributeValue> item : Retries.batchGet(dynamo, table,
                KeysAndAttributes.builder().keys(campaignKey, participantKey, praiserKey).build(), "items", Retries.SLEEP)) {
            found.put(Map.of(Keys.PK, item.get(Keys.PK), Keys.SK, item.get(Keys.SK)), item);
        }
        Optional<Campaign> campaign = Optional.ofNullable(found.get(campaignKey)).map(CampaignItems::fromItem);
        Optional<Participant> participant = Optional.ofNullable(found.get(participantKey))
                .map(ParticipantItems::fromItem);
        return new SubmissionContext(campaign, participant, found.containsKey(praiserKey));
    }

    @Override
    public void savePending(Praise praise) {
        dynamo.putItem(r -> r.tableName(table)
                .item(PraiseItems.pending(praise))
                .conditionExpression("attribute_not_exists(PK)"));
        // The dashboard's count of the day (a plain ADD on a sharded item, 1 write unit: DashboardCounters).
        DashboardCounters.submitted(dynamo, table, praise.campaignYear(), praise.id(), praise.submittedAt());
    }

    @Override
    public void deletePending(String praiseId) {
        dynamo.deleteItem(r -> r.tableName(table)
                .key(Keys.praise(praiseId))
                .conditionExpression("#status = :pending")
                .expressionAttributeNames(Map.of("#status", PraiseItems.STATUS))
                .expressionAttributeValues(Map.of(":pending", AttributeValue.fromS(PraiseStatus.PENDING.name()))));
    }

    @Override
    public Optional<Praise> find(String praiseId) {
        var response = dynamo.getItem(r -> r.tableName(table).key(Keys.praise(praiseId)).consistentRead(true));
        return response.hasItem() ? Optional.of(PraiseItems.fromItem(response.item())) : Optional.empty();
    }

    /**
     * Three writes in one transaction, each on an item of this praise alone: the person's slot, the
     * praise, and its participant's item (its public count and its count of praise pending review). The
     * conditions, not an earlier read, decide: the praise must still be pending, the person's slot must be
     * free, the participant must exist and must not be frozen for publication. No campaign-wide item is
     * touched, so confirmations of different participants never conflict (docs/scoring.md, "When praise
     * counts": the window's close is checked by the use case against the confirmation's instant).
     */
    @Override
    public ConfirmOutcome confirm(Praise praise, Instant confirmedAt, Instant hashesExpireAt) {
        TransactWriteItem claimSlot = TransactWriteItem.builder().put(put -> put
                .tableName(table)
                .item(PraiseItems.praiser(praise, confirmedAt, hashesExpireAt))
                .conditionExpression("attribute_not_exists(PK)")).build();
        TransactWriteItem markConfirmed = TransactWriteItem.builder().update(update -> update
                .tableName(table)
                .key(Keys.praise(praise.id()))
                // Confirmed praise waits for review: it enters the pending queue (index ByModeration) now, and
                // the campaign's tally (index ByTally), which the recalculation and the publication read.
                .updateExpression("SET #status = :confirmed, confirmedAt = :at, #moderation = :review, "
                        + "#moderationKey = :queue, #moderationSort = :sort, #tally = :tally REMOVE #purge, #hash")
                .conditionExpression("#status = :pending")
                .expressionAttributeNames(Map.of("#status", PraiseItems.STATUS, "#purge", PraiseItems.PURGE_AT,
                        "#moderation", PraiseItems.MODERATION, "#moderationKey", PraiseItems.MODERATION_KEY,
                        "#moderationSort", PraiseItems.MODERATION_SORT, "#tally", PraiseItems.TALLY_KEY,
                        // Retention: from here the slot alone links the hash to this praise, and it expires.
                        "#hash", PraiseItems.EMAIL_HASH))
                .expressionAttributeValues(Map.of(
                        ":confirmed", AttributeValue.fromS(PraiseStatus.CONFIRMED.name()),
                        ":pending", AttributeValue.fromS(PraiseStatus.PENDING.name()),
                        ":at", AttributeValue.fromS(confirmedAt.toString()),
                        ":review", AttributeValue.fromS(ModerationStatus.PENDING.name()),
                        ":queue", AttributeValue.fromS(Keys.moderationKey(praise.campaignYear(),
                                ModerationStatus.PENDING.name(), praise.participantId())),
                        ":sort", AttributeValue.fromS(Keys.moderationSort(confirmedAt, praise.id())),
                        ":tally", AttributeValue.fromS(Keys.tallyKey(praise.campaignYear(), praise.id()))))).build();
        TransactWriteItem count = TransactWriteItem.builder().update(update -> update
                .tableName(table)
                .key(Keys.participant(praise.campaignYear(), praise.participantId()))
                .updateExpression("ADD #count :one, #pending :one")
                .conditionExpression(ParticipantItems.COUNTS_OPEN)
                // The old item tells a frozen participant (the answer: closed) from a missing one (a fault).
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .expressionAttributeNames(Map.of("#count", ParticipantItems.CONFIRMED_COUNT,
                        "#pending", ParticipantItems.reviewCount(ModerationStatus.PENDING),
                        "#frozen", ParticipantItems.FROZEN_AT))
                .expressionAttributeValues(Map.of(":one", Attributes.number(1)))).build();
        try {
            Transactions.write(dynamo, claimSlot, markConfirmed, count);
            // After the commit, outside the transaction: no shared item in it (DashboardCounters says why).
            DashboardCounters.confirmed(dynamo, table, praise.campaignYear(), praise.id(), praise.submittedAt());
            return ConfirmOutcome.CONFIRMED;
        } catch (TransactionCanceledException e) {
            if (Transactions.conditionFailed(e, 1)) {
                return ConfirmOutcome.ALREADY_CONFIRMED;
            }
            if (Transactions.conditionFailed(e, 2)) {
                return Transactions.failedOnExistingItem(e, 2) ? ConfirmOutcome.CAMPAIGN_CLOSED : missing(praise, e);
            }
            if (Transactions.conditionFailed(e, 0)) {
                return ConfirmOutcome.ALREADY_PRAISED;
            }
            throw e;
        }
    }

    private static ConfirmOutcome missing(Praise praise, TransactionCanceledException e) {
        throw new IllegalStateException("praise " + praise.id() + " is for participant " + praise.participantId()
                + ", which is not stored", e);
    }
}
