package lv.praise.adapter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lv.praise.domain.Lang;
import lv.praise.domain.digest.DigestRecipient;
import lv.praise.domain.digest.DigestStore;
import lv.praise.domain.moderation.ModeratedPraise;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The weekly digest on the single table (docs/insight.md, Digest; docs/data-model.md, patterns of the digest).
 * The week's praise is the approved queue's eight shards of index {@code ByModeration}, each read for the week's
 * range of {@code moderationSort} (the confirmation instant) only. The send state is one {@code DIGEST#} item per
 * participant and week, moved only by conditional writes on its claim token.
 */
public final class DynamoDigestStore implements DigestStore {
    static final String STATE = "state";
    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    static final String CLAIM_TOKEN = "claimToken";
    static final String CLAIMED_AT = "claimedAt";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDigestStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public List<ModeratedPraise> approvedConfirmedBetween(int campaignYear, Instant from, Instant to) {
        // moderationSort is "{confirmedAt}#{praiseId}": "{from}#" sorts before every praise confirmed at `from`,
        // "{to}#" before every praise confirmed at `to` – so BETWEEN takes exactly [from, to).
        String low = Keys.moderationSort(from, "");
        String high = Keys.moderationSort(to, "");
        List<ModeratedPraise> all = new ArrayList<>();
        for (int shard = 0; shard < Keys.MODERATION_SHARDS; shard++) {
            String partition = Keys.moderationKey(campaignYear, "APPROVED", shard);
            dynamo.queryPaginator(r -> r.tableName(table).indexName(DynamoModerationStore.BY_MODERATION)
                            .keyConditionExpression("#key = :key AND #sort BETWEEN :low AND :high")
                            .expressionAttributeNames(Map.of("#key", PraiseItems.MODERATION_KEY,
                                    "#sort", PraiseItems.MODERATION_SORT))
                            .expressionAttributeValues(Map.of(":key", AttributeValue.fromS(partition),
                                    ":low", AttributeValue.fromS(low), ":high", AttributeValue.fromS(high))))
                    .items().forEach(item -> all.add(PraiseItems.moderatedFromItem(item)));
        }
        return all;
    }

    @Override
    public List<DigestRecipient> recipients(int campaignYear, String participantId) {
        List<DigestRecipient> all = new ArrayList<>();
        DynamoContactStore.contactItems(dynamo, table, campaignYear, participantId).forEach(item -> {
                    var contact = DynamoContactStore.contact(item);
                    String lang = Attributes.string(item, "lang");
                    all.add(new DigestRecipient(contact.email(), contact.emailHash(), contact.digestOptOut(),
                            lang == null ? Lang.LV : Lang.fromCode(lang).orElse(Lang.LV)));
        });
        return all;
    }

    @Override
    public Optional<Claim> claim(int campaignYear, String participantId, String week, Instant now, Instant staleBefore,
                                 Instant purgeAt) {
        String token = UUID.randomUUID().toString();
        Map<String, AttributeValue> item = new HashMap<>(Keys.digest(campaignYear, participantId, week));
        item.put("type", AttributeValue.fromS("DIGEST"));
        item.put("participantId", AttributeValue.fromS(participantId));
        item.put("week", AttributeValue.fromS(week));
        item.put(STATE, AttributeValue.fromS(SENDING));
        item.put(CLAIM_TOKEN, AttributeValue.fromS(token));
        item.put(CLAIMED_AT, AttributeValue.fromS(now.toString()));
        item.put(PraiseItems.PURGE_AT, Attributes.number(purgeAt.getEpochSecond()));
        try {
            dynamo.putItem(r -> r.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(PK) OR (#state = :sending AND #claimed < :stale)")
                    .expressionAttributeNames(Map.of("#state", STATE, "#claimed", CLAIMED_AT))
                    .expressionAttributeValues(Map.of(":sending", AttributeValue.fromS(SENDING),
                            ":stale", AttributeValue.fromS(staleBefore.toString()))));
            return Optional.of(new Claim(participantId, week, token));
        } catch (ConditionalCheckFailedException sentOrHeld) {
            return Optional.empty();
        }
    }

    @Override
    public boolean markSent(int campaignYear, Claim claim, Instant at, int recipients) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(Keys.digest(campaignYear, claim.participantId(), claim.week()))
                    .updateExpression("SET #state = :sent, sentAt = :at, recipients = :n REMOVE #token, #claimed")
                    .conditionExpression("#token = :mine")
                    .expressionAttributeNames(Map.of("#state", STATE, "#token", CLAIM_TOKEN, "#claimed", CLAIMED_AT))
                    .expressionAttributeValues(Map.of(":sent", AttributeValue.fromS(SENT),
                            ":at", AttributeValue.fromS(at.toString()), ":n", Attributes.number(recipients),
                            ":mine", AttributeValue.fromS(claim.token()))));
            return true;
        } catch (ConditionalCheckFailedException takenOver) {
            return false;
        }
    }

    @Override
    public void release(int campaignYear, Claim claim) {
        try {
            dynamo.deleteItem(r -> r.tableName(table).key(Keys.digest(campaignYear, claim.participantId(), claim.week()))
                    .conditionExpression("#token = :mine")
                    .expressionAttributeNames(Map.of("#token", CLAIM_TOKEN))
                    .expressionAttributeValues(Map.of(":mine", AttributeValue.fromS(claim.token()))));
        } catch (ConditionalCheckFailedException takenOver) {
            // Another run holds it now: it is theirs to finish.
        }
    }

    @Override
    public boolean optOut(int campaignYear, String participantId, String emailHash, Instant at) {
        try {
            // On the contact as registered only: a removed contact is not written back into being.
            dynamo.updateItem(r -> r.tableName(table).key(Keys.contact(campaignYear, participantId, emailHash))
                    .updateExpression("SET digestOptOut = :yes, digestOptOutAt = if_not_exists(digestOptOutAt, :at)")
                    .conditionExpression("attribute_exists(PK) AND participantId = :pid AND emailHash = :hash")
                    .expressionAttributeValues(Map.of(":yes", AttributeValue.fromBool(true),
                            ":at", AttributeValue.fromS(at.toString()), ":pid", AttributeValue.fromS(participantId),
                            ":hash", AttributeValue.fromS(emailHash))));
            return true;
        } catch (ConditionalCheckFailedException noSuchContact) {
            return false;
        }
    }
}
