package lv.praise.adapter;

import static lv.praise.adapter.Attributes.instant;
import static lv.praise.adapter.Attributes.number;
import static lv.praise.adapter.Attributes.putString;
import static lv.praise.adapter.Attributes.string;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import lv.praise.domain.awards.Award;
import lv.praise.domain.awards.CertificateCode;
import lv.praise.domain.awards.DeliveryState;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An award (its certificate and its letter's send state) as a table item, and its code's lookup item. */
final class AwardItems {
    static final String STATE = "deliveryState";
    static final String CLAIM_TOKEN = "claimToken";
    /** Epoch milliseconds: compared in a condition, so a number (ISO texts of instants don't sort). */
    static final String CLAIMED_AT = "claimedAtMillis";
    static final String ATTEMPTS = "attempts";

    private AwardItems() {
    }

    static Map<String, AttributeValue> toItem(Award a) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.award(a.campaignYear(), a.participantId()));
        item.put("type", AttributeValue.fromS("AWARD"));
        item.put("campaignYear", Attributes.number(a.campaignYear()));
        item.put("participantId", AttributeValue.fromS(a.participantId()));
        item.put("participantName", AttributeValue.fromS(a.participantName()));
        item.put("rank", Attributes.number(a.rank()));
        item.put("topN", Attributes.number(a.topN()));
        putString(item, "category", a.category());
        item.put("certificateCode", AttributeValue.fromS(a.certificateCode()));
        item.put("issuedOn", AttributeValue.fromS(a.issuedOn().toString()));
        item.put("qualityMarkTitle", AttributeValue.fromS(a.qualityMarkTitle()));
        item.put(STATE, AttributeValue.fromS(a.state().name()));
        item.put(ATTEMPTS, Attributes.number(a.attempts()));
        return item;
    }

    static Award fromItem(Map<String, AttributeValue> item) {
        return new Award(
                (int) number(item, "campaignYear"),
                string(item, "participantId"),
                string(item, "participantName"),
                (int) number(item, "rank"),
                (int) number(item, "topN"),
                string(item, "category"),
                string(item, "certificateCode"),
                LocalDate.parse(string(item, "issuedOn")),
                string(item, "qualityMarkTitle"),
                DeliveryState.valueOf(string(item, STATE)),
                (int) number(item, ATTEMPTS),
                string(item, "lastError"),
                instant(item, "sentAt"));
    }

    /** The award's public part in its participant's history partition (read by the participant's page). */
    static Map<String, AttributeValue> historyItem(Award a) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.historyAward(a.participantId(), a.campaignYear()));
        item.put("type", AttributeValue.fromS("AWARD_HISTORY"));
        item.put("campaignYear", Attributes.number(a.campaignYear()));
        item.put("participantId", AttributeValue.fromS(a.participantId()));
        item.put("rank", Attributes.number(a.rank()));
        item.put("topN", Attributes.number(a.topN()));
        putString(item, "category", a.category());
        item.put("certificateCode", AttributeValue.fromS(a.certificateCode()));
        item.put("qualityMarkTitle", AttributeValue.fromS(a.qualityMarkTitle()));
        return item;
    }

    static lv.praise.domain.awards.AwardMark markFromItem(Map<String, AttributeValue> item) {
        return new lv.praise.domain.awards.AwardMark((int) number(item, "campaignYear"), string(item, "participantId"),
                (int) number(item, "rank"), (int) number(item, "topN"), string(item, "category"),
                string(item, "qualityMarkTitle"), string(item, "certificateCode"));
    }

    /** The public lookup item of a certificate code: which award it belongs to. */
    static Map<String, AttributeValue> certificateItem(Award a) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.certificate(storedCode(a.certificateCode())));
        item.put("type", AttributeValue.fromS("CERTIFICATE"));
        item.put("campaignYear", Attributes.number(a.campaignYear()));
        item.put("participantId", AttributeValue.fromS(a.participantId()));
        return item;
    }

    static String storedCode(String code) {
        return CertificateCode.normalise(code).orElseThrow(() -> new IllegalArgumentException("not a certificate code"));
    }
}
