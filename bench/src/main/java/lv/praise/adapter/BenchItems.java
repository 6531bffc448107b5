package lv.praise.adapter;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import lv.praise.domain.Participant;
import lv.praise.domain.Praise;
import lv.praise.domain.PraiseStatus;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The recalculation benchmark's way to the table's item formats (package-private in the functions),
 * so the data it loads in bulk is exactly what the stores write one by one.
 */
public final class BenchItems {
    private BenchItems() {
    }

    public static Map<String, AttributeValue> participant(Participant participant) {
        return ParticipantItems.profile(participant);
    }

    /**
     * A praise item as it is once stored and, when {@code confirmedAt} is given, confirmed (what
     * {@link DynamoPraiseStore#confirm} leaves: status, confirmedAt, no purgeAt); {@code rejected}
     * adds the moderation verdict.
     */
    public static Map<String, AttributeValue> praise(Praise praise, Instant confirmedAt, boolean rejected) {
        Map<String, AttributeValue> item = new HashMap<>(PraiseItems.pending(praise));
        if (confirmedAt != null) {
            item.put(PraiseItems.STATUS, AttributeValue.fromS(PraiseStatus.CONFIRMED.name()));
            item.put("confirmedAt", AttributeValue.fromS(confirmedAt.toString()));
            item.remove(PraiseItems.PURGE_AT);
        }
        if (rejected) {
            item.put("moderation", AttributeValue.fromS(DynamoScoringSource.REJECTED));
        }
        return item;
    }

    /** The one-praise-per-person slot a confirmation claims. */
    public static Map<String, AttributeValue> praiser(Praise praise, Instant confirmedAt) {
        Map<String, AttributeValue> item = new HashMap<>(
                Keys.praiser(praise.campaignYear(), praise.participantId(), praise.emailHash()));
        item.put("type", AttributeValue.fromS("PRAISER"));
        item.put("praiseId", AttributeValue.fromS(praise.id()));
        item.put("confirmedAt", AttributeValue.fromS(confirmedAt.toString()));
        return item;
    }
}
