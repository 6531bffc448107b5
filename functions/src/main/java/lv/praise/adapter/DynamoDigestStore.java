package lv.praise.adapter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lv.praise.domain.digest.DigestRecipient;
import lv.praise.domain.digest.DigestStore;
import lv.praise.domain.digest.DigestWeek;
import lv.praise.domain.moderation.ModeratedPraise;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The weekly digest on the single table (docs/insight.md, Digest; docs/data-model.md, patterns of the digest).
 * The week's praise is the praise approved that week: the approved queue's eight shards of index
 * {@code ByModeration}, each read up to the week's end by {@code moderationSort} (the confirmation instant), kept when
 * the approval ({@code moderatedAt}) falls in the week. The send state is one {@code DIGEST#} item per
 * participant and week, moved only by conditional writes on its claim token, with the contacts done so far
 * ({@link SendStates#record}: {@code sentTo}, {@code refusedTo}).
 */
public final class DynamoDigestStore implements DigestStore {
    static final String STATE = "state";
    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    /** The award letters' name too: {@link SendStates#record} reads it to tell whether a claim still holds. */
    static final String CLAIM_TOKEN = AwardItems.CLAIM_TOKEN;
    /**
     * When the claim was taken, epoch milliseconds ({@link SendStates#claimedAt}), under the award letters' name. A
     * number compared with {@code <}: the ISO text stored before (under {@link #CLAIMED_AT_TEXT}) compared wrongly
     * across fraction digits.
     */
    static final String CLAIMED_AT = AwardItems.CLAIMED_AT;
    /**
     * The claim's time as ISO text, as the digest stored it before {@link #CLAIMED_AT}: an item claimed then (a run in
     * flight at a deploy, or killed) is still read – its claim held until stale by the old, text comparison, within a
     * second of the true one – and loses the text when claimed or released. Gone with the last such item: a digest
     * item is purged a year on, and a claim's text lasts only while it is held.
     */
    static final String CLAIMED_AT_TEXT = "claimedAt";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDigestStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public List<ModeratedPraise> approvedBetween(int campaignYear, Instant from, Instant to) {
        // moderationSort is "{confirmedAt}#{praiseId}": "{to}#" sorts before every praise confirmed at `to`, so
        // `< "{to}#"` takes the praise confirmed before `to` – every praise approved in [from, to) among them. The
        // campaign's approved praise so far, read once per run and kept only when approved in the week (in the
        // domain's words: DigestWeek.approvedIn), as the queue is keyed by confirmation, not by decision.
        String high = Keys.moderationSort(to, "");
        List<ModeratedPraise> week = new ArrayList<>();
        for (int shard = 0; shard < Keys.MODERATION_SHARDS; shard++) {
            String partition = Keys.moderationKey(campaignYear, "APPROVED", shard);
            dynamo.queryPaginator(r -> r.tableName(table).indexName(DynamoModerationStore.BY_MODERATION)
                            .keyConditionExpression("#key = :key AND #sort < :high")
                            .expressionAttributeNames(Map.of("#key", PraiseItems.MODERATION_KEY,
                                    "#sort", PraiseItems.MODERATION_SORT))
                            .expressionAttributeValues(Map.of(":key", AttributeValue.fromS(partition),
                                    ":high", AttributeValue.fromS(high))))
                    .items().forEach(item -> {
                        ModeratedPraise praise = PraiseItems.moderatedFromItem(item);
                        if (DigestWeek.approvedIn(praise, from, to)) {
                            week.add(praise);
                        }
                    });
        }
        return week;
    }

    @Override
    public List<DigestRecipient> recipients(int campaignYear, String participantId) {
        List<DigestRecipient> all = new ArrayList<>();
        DynamoContactStore.contactItems(dynamo, table, campaignYear, participantId).forEach(item -> {
                    var contact = DynamoContactStore.contact(item);
                    all.add(new DigestRecipient(contact.email(), contact.emailHash(), contact.digestOptOut(),
                            contact.lang()));
        });
        return all;
    }

    @Override
    public Optional<Claim> claim(int campaignYear, String participantId, String week, Instant now, Instant staleBefore,
                                 Instant purgeAt) {
        String token = UUID.randomUUID().toString();
        try {
            // An update, not a put: a claim taken over keeps the contacts earlier runs recorded (sentTo, refusedTo).
            // Not SendStates.claim: a digest item is created by its claim (no PENDING item before it), counts no
            // attempts, and a claim given up (no token) is free at once; the claim's time is stored as that one's.
            var response = dynamo.updateItem(r -> r.tableName(table).key(Keys.digest(campaignYear, participantId, week))
                    .updateExpression("SET #type = :type, participantId = :pid, #week = :week, #state = :sending,"
                            + " #token = :token, #claimed = :now, #purge = :purge REMOVE #claimedText")
                    .conditionExpression("attribute_not_exists(PK) OR (#state = :sending"
                            + " AND (attribute_not_exists(#token) OR #claimed < :stale"
                            + " OR (attribute_not_exists(#claimed) AND #claimedText < :staleText)))")
                    .expressionAttributeNames(Map.of("#type", "type", "#week", "week", "#state", STATE,
                            "#token", CLAIM_TOKEN, "#claimed", CLAIMED_AT, "#claimedText", CLAIMED_AT_TEXT,
                            "#purge", PraiseItems.PURGE_AT))
                    .expressionAttributeValues(Map.of(":type", AttributeValue.fromS("DIGEST"),
                            ":pid", AttributeValue.fromS(participantId), ":week", AttributeValue.fromS(week),
                            ":sending", AttributeValue.fromS(SENDING), ":token", AttributeValue.fromS(token),
                            ":now", SendStates.claimedAt(now),
                            ":purge", Attributes.number(purgeAt.getEpochSecond()),
                            ":stale", SendStates.claimedAt(staleBefore),
                            ":staleText", AttributeValue.fromS(staleBefore.toString())))
                    .returnValues(ReturnValue.ALL_NEW));
            return Optional.of(new Claim(participantId, week, token, SendStates.recipients(response.attributes())));
        } catch (ConditionalCheckFailedException sentOrHeld) {
            return Optional.empty();
        }
    }

    @Override
    public boolean record(int campaignYear, Claim claim, String emailHash, boolean refused) {
        return SendStates.record(dynamo, table, Keys.digest(campaignYear, claim.participantId(), claim.week()),
                claim.token(), emailHash, refused);
    }

    @Override
    public boolean markSent(int campaignYear, Claim claim, Instant at, int recipients) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(Keys.digest(campaignYear, claim.participantId(), claim.week()))
                    .updateExpression("SET #state = :sent, sentAt = :at, recipients = :n REMOVE #token, #claimed, #claimedText")
                    .conditionExpression("#token = :mine")
                    .expressionAttributeNames(Map.of("#state", STATE, "#token", CLAIM_TOKEN, "#claimed", CLAIMED_AT,
                            "#claimedText", CLAIMED_AT_TEXT))
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
            // Not a delete: the contacts recorded stay done. An item SENDING without a claim is free to claim.
            dynamo.updateItem(r -> r.tableName(table).key(Keys.digest(campaignYear, claim.participantId(), claim.week()))
                    .updateExpression("REMOVE #token, #claimed, #claimedText")
                    .conditionExpression("#token = :mine")
                    .expressionAttributeNames(Map.of("#token", CLAIM_TOKEN, "#claimed", CLAIMED_AT,
                            "#claimedText", CLAIMED_AT_TEXT))
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
