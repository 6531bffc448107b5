package lv.praise.adapter;

import static lv.praise.adapter.Attributes.number;
import static lv.praise.adapter.Attributes.string;
import static lv.praise.adapter.Attributes.strings;

import java.util.HashMap;
import java.util.Map;
import lv.praise.domain.Participant;
import lv.praise.domain.moderation.ModerationStatus;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A participant as a table item and back. */
final class ParticipantItems {
    static final String CONFIRMED_COUNT = "confirmedPraiseCount";
    /**
     * Set on every participant when the campaign is frozen for publication. Each transaction that moves
     * a participant's counts – a confirmation, an entered praise, a moderation decision – writes the
     * participant's item on condition that it is absent, so nothing lands after the publication's read.
     */
    static final String FROZEN_AT = "frozenAt";
    /** The condition of every count-moving write on a participant's item (names {@code #frozen}). */
    static final String COUNTS_OPEN = "attribute_exists(PK) AND attribute_not_exists(#frozen)";

    /**
     * The participant's confirmed praise per review state ({@code reviewPending}, {@code reviewApproved},
     * {@code reviewRejected}): counters sharded by participant, so that no item is written by every
     * confirmation; the campaign's counts are their sums.
     */
    static String reviewCount(ModerationStatus status) {
        return switch (status) {
            case PENDING -> "reviewPending";
            case APPROVED -> "reviewApproved";
            case REJECTED -> "reviewRejected";
        };
    }

    private ParticipantItems() {
    }

    /** The item without its praise counter, which only confirmations change. */
    static Map<String, AttributeValue> profile(Participant p) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.participant(p.campaignYear(), p.id()));
        item.put("type", AttributeValue.fromS("PARTICIPANT"));
        item.put("campaignYear", Attributes.number(p.campaignYear()));
        item.put("id", AttributeValue.fromS(p.id()));
        item.put("name", AttributeValue.fromS(p.name()));
        item.put("searchKey", AttributeValue.fromS(p.searchKey()));
        item.put("category", AttributeValue.fromS(p.category()));
        item.put("industry", AttributeValue.fromS(p.industry()));
        item.put("sizeClass", AttributeValue.fromS(p.sizeClass()));
        item.put("branches", Attributes.stringList(p.branches()));
        if (p.registrationNumber() != null) {
            item.put("registrationNumber", AttributeValue.fromS(p.registrationNumber()));
        }
        if (p.contactEmail() != null) {
            item.put("contactEmail", AttributeValue.fromS(p.contactEmail()));
        }
        return item;
    }

    static Participant fromItem(Map<String, AttributeValue> item) {
        return new Participant(
                (int) number(item, "campaignYear"),
                string(item, "id"),
                string(item, "name"),
                string(item, "category"),
                string(item, "industry"),
                string(item, "sizeClass"),
                strings(item, "branches"),
                string(item, "contactEmail"),
                number(item, CONFIRMED_COUNT),
                string(item, "registrationNumber"));
    }
}
