package lv.praise.adapter;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import lv.praise.domain.Participant;
import lv.praise.domain.Praise;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.moderation.ModerationStatus;
import lv.praise.domain.moderation.RejectReason;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The test kit's public way to the table's item formats and keys (package-private in the functions), for
 * the benchmarks (bench reaches the product only through public seams like this one), so
 * the data they load in bulk is exactly what the stores write one by one, and the items the capacity
 * bench weighs are found where the stores put them.
 */
public final class TableItems {
    private TableItems() {
    }

    public static Map<String, AttributeValue> participant(Participant participant) {
        return ParticipantItems.profile(participant);
    }

    /**
     * A praise item as it is once stored and, when {@code confirmedAt} is given, confirmed and in review
     * state {@code review}: what {@link DynamoPraiseStore#confirm} leaves (status, confirmedAt, no purgeAt,
     * the review state with its queue keys in index ByModeration, its key of index ByTally) and, for a verdict, what a moderation
     * decision adds (approved: the wall keys of index ByWall). Item sizes and index entries are then what
     * the application writes, which is what the capacity bench bills.
     */
    public static Map<String, AttributeValue> praise(Praise praise, Instant confirmedAt, ModerationStatus review) {
        Map<String, AttributeValue> item = new HashMap<>(PraiseItems.pending(praise));
        if (confirmedAt == null) {
            return item;
        }
        item.put(PraiseItems.STATUS, AttributeValue.fromS(PraiseStatus.CONFIRMED.name()));
        item.put("confirmedAt", AttributeValue.fromS(confirmedAt.toString()));
        item.remove(PraiseItems.PURGE_AT);
        String sort = Keys.moderationSort(confirmedAt, praise.id());
        item.put(PraiseItems.MODERATION, AttributeValue.fromS(review.name()));
        item.put(PraiseItems.MODERATION_KEY, AttributeValue.fromS(Keys.moderationKey(praise.campaignYear(), review.name(),
                praise.participantId())));
        item.put(PraiseItems.MODERATION_SORT, AttributeValue.fromS(sort));
        item.put(PraiseItems.TALLY_KEY, AttributeValue.fromS(Keys.tallyKey(praise.campaignYear(), praise.id())));
        if (review != ModerationStatus.PENDING) {
            item.put(PraiseItems.MODERATED_BY, AttributeValue.fromS("moderator@example.lv"));
            item.put(PraiseItems.MODERATED_AT, AttributeValue.fromS(confirmedAt.plusSeconds(3600).toString()));
        }
        if (review == ModerationStatus.APPROVED) {
            item.put(PraiseItems.WALL_KEY, AttributeValue.fromS(Keys.wallKey(praise.campaignYear(), praise.participantId())));
            item.put(PraiseItems.WALL_SORT, AttributeValue.fromS(sort));
        } else if (review == ModerationStatus.REJECTED) {
            item.put(PraiseItems.MODERATION_REASON, AttributeValue.fromS(RejectReason.NOT_ABOUT_SERVICE.name()));
        }
        return item;
    }

    /**
     * What confirmations and decisions add to a participant's counters (pattern 8, 24), as one UpdateItem:
     * for praise loaded in bulk, so the counters say what the praise says (the publication checks them).
     */
    public static software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest addCounts(String table, int year,
            String participantId, long counted, long pending, long approved, long rejected) {
        return software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest.builder().tableName(table)
                .key(Keys.participant(year, participantId))
                .updateExpression("ADD #c :c, #p :p, #a :a, #r :r")
                .expressionAttributeNames(Map.of("#c", ParticipantItems.CONFIRMED_COUNT,
                        "#p", ParticipantItems.reviewCount(ModerationStatus.PENDING),
                        "#a", ParticipantItems.reviewCount(ModerationStatus.APPROVED),
                        "#r", ParticipantItems.reviewCount(ModerationStatus.REJECTED)))
                .expressionAttributeValues(Map.of(":c", Attributes.number(counted), ":p", Attributes.number(pending),
                        ":a", Attributes.number(approved), ":r", Attributes.number(rejected)))
                .build();
    }

    /** Index ByTally's partition key attribute and the partitions of a campaign's confirmed praise. */
    public static final String TALLY_KEY = PraiseItems.TALLY_KEY;

    public static String tallyKey(int year, int shard) {
        return Keys.tallyKey(year, shard);
    }

    /** Keys of the items the capacity bench weighs (Keys is package-private): the campaign item. */
    public static Map<String, AttributeValue> campaignKey(int year) {
        return Keys.campaign(year);
    }

    /** The partition of a campaign's own items: participants, evaluations, awards, the results record. */
    public static String campaignPartition(int year) {
        return Keys.campaignPartition(year);
    }

    public static Map<String, AttributeValue> participantKey(int year, String participantId) {
        return Keys.participant(year, participantId);
    }

    public static Map<String, AttributeValue> praiseKey(String praiseId) {
        return Keys.praise(praiseId);
    }

    /** The pointer to the latest standings snapshot (its {@code date} and {@code run}). */
    public static Map<String, AttributeValue> latestStandingsKey(int year) {
        return Keys.latestStandings(year);
    }

    /** The partition of one day's standings snapshots. */
    public static String standingsPartition(int year, java.time.LocalDate date) {
        return Keys.standingsPartition(year, date);
    }

    public static Map<String, AttributeValue> resultsKey(int year) {
        return Keys.results(year);
    }

    /** The public lookup item of a certificate, by the code as an award item holds it. */
    public static Map<String, AttributeValue> certificateKey(String certificateCode) {
        return Keys.certificate(AwardItems.storedCode(certificateCode));
    }

    /** The attribute that puts an approved praise on its participant's wall (index ByWall's partition key). */
    public static final String WALL_KEY = PraiseItems.WALL_KEY;

    /** A participant's partition of index ByWall. */
    public static String wallKey(int year, String participantId) {
        return Keys.wallKey(year, participantId);
    }

    /** The key of the one-praise-per-person slot (see {@link #praiser}). */
    public static Map<String, AttributeValue> praiserKey(int year, String participantId, String emailHash) {
        return Keys.praiser(year, participantId, emailHash);
    }

    /** The one-praise-per-person slot a confirmation claims, as the store writes it (no purgeAt). */
    public static Map<String, AttributeValue> praiser(Praise praise, Instant confirmedAt) {
        return PraiseItems.praiser(praise, confirmedAt, null);
    }
}
