package lv.praise.adapter;

import static lv.praise.adapter.Attributes.instant;
import static lv.praise.adapter.Attributes.number;
import static lv.praise.adapter.Attributes.string;
import static lv.praise.adapter.Attributes.strings;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import lv.praise.domain.Channel;
import lv.praise.domain.Lang;
import lv.praise.domain.Praise;
import lv.praise.domain.PraiseStatus;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A praise as a table item and back. */
final class PraiseItems {
    /** How long after its link expired an unconfirmed praise is kept before TTL deletes it. */
    static final Duration PURGE_AFTER_EXPIRY = Duration.ofDays(7);
    static final String STATUS = "status";
    static final String PURGE_AT = "purgeAt";

    private PraiseItems() {
    }

    static Map<String, AttributeValue> pending(Praise p) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.praise(p.id()));
        item.put("type", AttributeValue.fromS("PRAISE"));
        item.put("id", AttributeValue.fromS(p.id()));
        item.put("campaignYear", Attributes.number(p.campaignYear()));
        item.put("participantId", AttributeValue.fromS(p.participantId()));
        item.put("participantName", AttributeValue.fromS(p.participantName()));
        if (p.branch() != null) {
            item.put("branch", AttributeValue.fromS(p.branch()));
        }
        if (p.employee() != null) {
            item.put("employee", AttributeValue.fromS(p.employee()));
        }
        item.put("stars", Attributes.number(p.stars()));
        item.put("aspects", Attributes.stringList(p.aspects()));
        item.put("text", AttributeValue.fromS(p.text()));
        item.put("channel", AttributeValue.fromS(p.channel().code()));
        item.put("lang", AttributeValue.fromS(p.lang().code()));
        item.put(STATUS, AttributeValue.fromS(PraiseStatus.PENDING.name()));
        item.put("emailHash", AttributeValue.fromS(p.emailHash()));
        item.put("tokenHash", AttributeValue.fromS(p.tokenHash()));
        item.put("submittedAt", AttributeValue.fromS(p.submittedAt().toString()));
        item.put("tokenExpiresAt", AttributeValue.fromS(p.tokenExpiresAt().toString()));
        item.put(PURGE_AT, Attributes.number(p.tokenExpiresAt().plus(PURGE_AFTER_EXPIRY).getEpochSecond()));
        return item;
    }

    static Praise fromItem(Map<String, AttributeValue> item) {
        return new Praise(
                string(item, "id"),
                (int) number(item, "campaignYear"),
                string(item, "participantId"),
                string(item, "participantName"),
                string(item, "branch"),
                string(item, "employee"),
                (int) number(item, "stars"),
                strings(item, "aspects"),
                string(item, "text"),
                Channel.fromCode(string(item, "channel")).orElseThrow(),
                Lang.fromCode(string(item, "lang")).orElse(Lang.LV),
                PraiseStatus.valueOf(string(item, STATUS)),
                string(item, "emailHash"),
                string(item, "tokenHash"),
                instant(item, "submittedAt"),
                instant(item, "tokenExpiresAt"),
                instant(item, "confirmedAt"));
    }
}
