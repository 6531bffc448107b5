package lv.praise.adapter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lv.praise.domain.awards.Award;
import lv.praise.domain.awards.AwardStore;
import lv.praise.domain.awards.CertificateCode;
import lv.praise.domain.awards.DeliveryState;
import lv.praise.domain.awards.Publication;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Awards in the campaign's partition ({@code AWARD#{participantId}}), each with a lookup item per
 * certificate code and its public part in the participant's history ({@code HISTORY#{participantId}} /
 * {@code AWARD#{year}}): all three in one transaction. The letter's send state moves only through conditional updates on the claim token.
 */
public final class DynamoAwardStore implements AwardStore {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoAwardStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void ensure(Publication publication) {
        Set<String> existing = new HashSet<>();
        for (Award award : all(publication.campaignYear())) {
            existing.add(award.participantId());
        }
        for (Publication.Place place : publication.top()) {
            if (existing.contains(place.participantId())) {
                continue;
            }
            Award award = Award.of(publication, place);
            TransactWriteItem awardItem = TransactWriteItem.builder().put(put -> put.tableName(table)
                    .item(AwardItems.toItem(award)).conditionExpression("attribute_not_exists(PK)")).build();
            TransactWriteItem codeItem = TransactWriteItem.builder().put(put -> put.tableName(table)
                    .item(AwardItems.certificateItem(award)).conditionExpression("attribute_not_exists(PK)")).build();
            // The history copy holds no letter state: it is never updated, so it goes unconditionally (the
            // award's condition decides whether the transaction happens at all).
            TransactWriteItem historyItem = TransactWriteItem.builder().put(put -> put.tableName(table)
                    .item(AwardItems.historyItem(award))).build();
            create(awardItem, codeItem, historyItem);
        }
    }

    /** The award and its code item together; an award another run created meanwhile is the same one. */
    private void create(TransactWriteItem awardItem, TransactWriteItem codeItem, TransactWriteItem historyItem) {
        try {
            Transactions.write(dynamo, awardItem, codeItem, historyItem);
        } catch (TransactionCanceledException e) {
            // Both runs wrote the results record's own code, so an existing award is this one. A code item
            // that exists without its award (a collision of 80-bit codes) is thrown, never silent.
            if (!Transactions.conditionFailed(e, 0)) {
                throw e;
            }
        }
    }

    @Override
    public List<Award> all(int campaignYear) {
        List<Award> awards = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(Keys.campaignPartition(campaignYear)),
                                ":prefix", AttributeValue.fromS(Keys.AWARD_PREFIX)))
                        .consistentRead(true))
                .items().forEach(item -> awards.add(AwardItems.fromItem(item)));
        awards.sort(Comparator.comparingInt(Award::rank));
        return awards;
    }

    /** One read of the award's item (a public page asks it on every view), not the campaign's awards. */
    @Override
    public Optional<Award> find(int campaignYear, String participantId) {
        var award = dynamo.getItem(r -> r.tableName(table).key(Keys.award(campaignYear, participantId)));
        return award.hasItem() ? Optional.of(AwardItems.fromItem(award.item())) : Optional.empty();
    }

    /** One query of the participant's history partition (a public page asks it on every view): no scan. */
    @Override
    public List<lv.praise.domain.awards.AwardMark> marks(String participantId) {
        List<lv.praise.domain.awards.AwardMark> marks = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(Keys.historyPartition(participantId)),
                                ":prefix", AttributeValue.fromS(Keys.AWARD_PREFIX))))
                .items().forEach(item -> marks.add(AwardItems.markFromItem(item)));
        marks.sort(Comparator.comparingInt(lv.praise.domain.awards.AwardMark::campaignYear));
        return marks;
    }

    @Override
    public Optional<Award> findByCode(String code) {
        Optional<String> stored = CertificateCode.normalise(code);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        var pointer = dynamo.getItem(r -> r.tableName(table).key(Keys.certificate(stored.get())).consistentRead(true));
        if (!pointer.hasItem()) {
            return Optional.empty();
        }
        int year = (int) Attributes.number(pointer.item(), "campaignYear");
        String participantId = Attributes.string(pointer.item(), "participantId");
        var award = dynamo.getItem(r -> r.tableName(table).key(Keys.award(year, participantId)).consistentRead(true));
        if (!award.hasItem()) {
            throw new IllegalStateException("certificate " + stored.get() + " points to a missing award");
        }
        return Optional.of(AwardItems.fromItem(award.item()));
    }

    @Override
    public Optional<Claim> claim(int campaignYear, String participantId, Instant now, Instant staleBefore) {
        return SendStates.claim(dynamo, table, Keys.award(campaignYear, participantId), now, staleBefore)
                .map(taken -> new Claim(participantId, taken.token(), taken.attempts()));
    }

    @Override
    public boolean markSent(int campaignYear, Claim claim, Instant at) {
        return release(campaignYear, claim, "SET #state = :state, sentAt = :at REMOVE #token, lastError, lastErrorDetail",
                Map.of(":state", state(DeliveryState.SENT), ":at", AttributeValue.fromS(at.toString())));
    }

    @Override
    public boolean markNotSent(int campaignYear, Claim claim, DeliveryState state, String reason) {
        return markNotSent(campaignYear, claim, state, reason, null);
    }

    @Override
    public boolean markNotSent(int campaignYear, Claim claim, DeliveryState state, String reason, Throwable cause) {
        if (state != DeliveryState.FAILED && state != DeliveryState.NO_CONTACT) {
            throw new IllegalArgumentException("a letter that was not sent is failed or without contact, not " + state);
        }
        if (cause == null) {
            return release(campaignYear, claim, "SET #state = :state, lastError = :reason REMOVE #token, lastErrorDetail",
                    Map.of(":state", state(state), ":reason", AttributeValue.fromS(reason)));
        }
        // The log line has the stack (JsonLog scrubs e-mail and IP shapes from its text); the item the class and
        // message, for the console's failures list.
        JsonLog.error("letter_not_sent", cause, Map.of("year", campaignYear, "reason", reason));
        return release(campaignYear, claim, "SET #state = :state, lastError = :reason, lastErrorDetail = :detail REMOVE #token",
                Map.of(":state", state(state), ":reason", AttributeValue.fromS(reason),
                        ":detail", AttributeValue.fromS(FailureDetail.of(cause))));
    }

    /** Ends a claim with an outcome, only while the claim is still this run's. */
    private boolean release(int campaignYear, Claim claim, String update, Map<String, AttributeValue> values) {
        return SendStates.release(dynamo, table, Keys.award(campaignYear, claim.participantId()), claim.token(), update, values);
    }

    private static AttributeValue state(DeliveryState state) {
        return SendStates.state(state);
    }
}
