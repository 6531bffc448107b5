package lv.praise.adapter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.praise.domain.awards.DeliveryState;
import lv.praise.domain.reports.ReportLetter;
import lv.praise.domain.reports.ReportStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The report letters (docs/insight.md, Report letter: {@code CAMPAIGN#{year}} / {@code REPORT#{participantId}}),
 * with the award letters' send-state attributes ({@link AwardItems}) and the contacts done so far ({@code sentTo},
 * {@code refusedTo}: {@link SendStates#record}). Created by a conditional put (never twice), moved only by conditional
 * updates on the claim token.
 */
public final class DynamoReportStore implements ReportStore {
    static final String TYPE = "REPORT";
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoReportStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void ensure(int campaignYear, Collection<String> participantIds) {
        Map<String, ReportLetter> existing = new HashMap<>();
        for (ReportLetter letter : all(campaignYear)) {
            existing.put(letter.participantId(), letter);
        }
        for (String id : participantIds) {
            if (existing.containsKey(id)) {
                continue;
            }
            Map<String, AttributeValue> item = new HashMap<>(Keys.report(campaignYear, id));
            item.put("type", AttributeValue.fromS(TYPE));
            item.put("participantId", AttributeValue.fromS(id));
            item.put(AwardItems.STATE, AttributeValue.fromS(DeliveryState.PENDING.name()));
            item.put(AwardItems.ATTEMPTS, Attributes.number(0));
            try {
                dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"));
            } catch (ConditionalCheckFailedException e) {
                // A concurrent run created it a moment ago: it exists once, as wanted.
            }
        }
    }

    @Override
    public List<ReportLetter> all(int campaignYear) {
        List<ReportLetter> letters = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(Keys.campaignPartition(campaignYear)),
                                ":prefix", AttributeValue.fromS(Keys.REPORT_PREFIX)))
                        .consistentRead(true))
                .items().forEach(item -> letters.add(new ReportLetter(
                        Attributes.string(item, "participantId"),
                        DeliveryState.valueOf(Attributes.string(item, AwardItems.STATE)),
                        (int) Attributes.number(item, AwardItems.ATTEMPTS),
                        Attributes.string(item, "lastError"),
                        Attributes.instant(item, "sentAt"))));
        return letters;
    }

    @Override
    public Optional<Claim> claim(int campaignYear, String participantId, Instant now, Instant staleBefore) {
        return SendStates.claim(dynamo, table, Keys.report(campaignYear, participantId), now, staleBefore)
                .map(taken -> new Claim(participantId, taken.token(), taken.attempts(), taken.done()));
    }

    @Override
    public boolean record(int campaignYear, Claim claim, String emailHash, boolean refused) {
        return SendStates.record(dynamo, table, Keys.report(campaignYear, claim.participantId()), claim.token(),
                emailHash, refused);
    }

    @Override
    public boolean markSent(int campaignYear, Claim claim, Instant at) {
        return release(campaignYear, claim, "SET #state = :state, sentAt = :at REMOVE #token, lastError",
                Map.of(":state", state(DeliveryState.SENT), ":at", AttributeValue.fromS(at.toString())));
    }

    @Override
    public boolean markNotSent(int campaignYear, Claim claim, DeliveryState state, String reason) {
        if (state != DeliveryState.FAILED && state != DeliveryState.NO_CONTACT) {
            throw new IllegalArgumentException("a letter that was not sent is failed or without contact, not " + state);
        }
        return release(campaignYear, claim, "SET #state = :state, lastError = :reason REMOVE #token",
                Map.of(":state", state(state), ":reason", AttributeValue.fromS(reason)));
    }

    private boolean release(int campaignYear, Claim claim, String update, Map<String, AttributeValue> values) {
        return SendStates.release(dynamo, table, Keys.report(campaignYear, claim.participantId()), claim.token(), update, values);
    }

    private static AttributeValue state(DeliveryState state) {
        return SendStates.state(state);
    }
}
