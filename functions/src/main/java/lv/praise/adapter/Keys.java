package lv.praise.adapter;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Key layout of the single table; docs/data-model.md explains each access pattern. */
final class Keys {
    static final String PK = "PK";
    static final String SK = "SK";
    static final String PARTICIPANT_PREFIX = "PARTICIPANT#";

    private Keys() {
    }

    static Map<String, AttributeValue> campaign(int year) {
        return key(campaignPartition(year), "CAMPAIGN");
    }

    static String campaignPartition(int year) {
        return "CAMPAIGN#" + year;
    }

    static Map<String, AttributeValue> participant(int year, String id) {
        return key(campaignPartition(year), PARTICIPANT_PREFIX + id);
    }

    static Map<String, AttributeValue> praise(String praiseId) {
        return key("PRAISE#" + praiseId, "PRAISE");
    }

    /** The slot that one person (by e-mail hash) may fill once per participant and campaign. */
    static Map<String, AttributeValue> praiser(int year, String participantId, String emailHash) {
        return key("PRAISER#" + year + "#" + participantId + "#" + emailHash, "PRAISER");
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, AttributeValue.fromS(pk), SK, AttributeValue.fromS(sk));
    }
}
