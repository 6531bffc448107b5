package lv.praise.adapter;

import lv.praise.domain.Actor;
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
import lv.praise.domain.moderation.ModeratedPraise;
import lv.praise.domain.moderation.ModerationStatus;
import lv.praise.domain.moderation.RejectReason;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A praise as a table item and back. */
final class PraiseItems {
    /** How long after its link expired an unconfirmed praise is kept before TTL deletes it. */
    static final Duration PURGE_AFTER_EXPIRY = Duration.ofDays(7);
    static final String STATUS = "status";
    static final String PURGE_AT = "purgeAt";
    static final String EMAIL_HASH = "emailHash";
    /** On a praiser slot: {@code {year}#{emailHash}} – every slot of one person in one campaign. */
    static final String PERSON_KEY = "personKey";
    /** The review state (PENDING/APPROVED/REJECTED), set at confirmation; DynamoScoringSource reads it too. */
    static final String MODERATION = "moderation";
    static final String MODERATION_KEY = "moderationKey";
    static final String MODERATION_SORT = "moderationSort";
    static final String WALL_KEY = "wallKey";
    /**
     * Partition key of the sparse index ByTally ({@code {year}#{shard}}): set on a praise when it is confirmed
     * (or entered), never removed, so the index holds exactly the campaign's confirmed praise.
     */
    static final String TALLY_KEY = "tallyKey";
    static final String WALL_SORT = "wallSort";
    static final String MODERATION_REASON = "moderationReason";
    static final String MODERATED_BY = "moderatedBy";
    static final String MODERATED_AT = "moderatedAt";
    /** The first approval's instant, written once (if_not_exists): the digest's week (docs/insight.md). */
    static final String FIRST_APPROVED_AT = "firstApprovedAt";
    static final String ENTERED_BY = "enteredBy";
    /** Where the praise came from: the public form, or an organiser who typed it in. */
    static final String SOURCE = "source";

    /** On a praise's audit record: the text as it was before its first redaction. */
    static final String ORIGINAL_TEXT = "originalText";
    /** On a praise's audit record: each redaction's actor and instant, oldest first. */
    static final String REDACTIONS = "redactions";

    private PraiseItems() {
    }

    /**
     * The audit record of a redacted praise holds the text before redaction: it goes with the words, in the same
     * transaction that erases them (unconditional: most praise has none).
     */
    static software.amazon.awssdk.services.dynamodb.model.TransactWriteItem dropAudit(String table, String praiseId) {
        return software.amazon.awssdk.services.dynamodb.model.TransactWriteItem.builder()
                .delete(d -> d.tableName(table).key(Keys.praiseAudit(praiseId))).build();
    }

    /**
     * The one-praise-per-person slot a confirmation claims; {@code hashesExpireAt} null keeps it (no purgeAt).
     */
    static Map<String, AttributeValue> praiser(Praise praise, java.time.Instant confirmedAt,
            java.time.Instant hashesExpireAt) {
        Map<String, AttributeValue> item = new HashMap<>(
                Keys.praiser(praise.campaignYear(), praise.participantId(), praise.emailHash()));
        item.put("type", AttributeValue.fromS("PRAISER"));
        item.put("praiseId", AttributeValue.fromS(praise.id()));
        item.put("confirmedAt", AttributeValue.fromS(confirmedAt.toString()));
        // A person's praise of the campaign, found by the hash alone (for erasure by address, index ByPerson).
        item.put(PERSON_KEY, AttributeValue.fromS(Keys.personKey(praise.campaignYear(), praise.emailHash())));
        if (hashesExpireAt != null) {
            item.put(PURGE_AT, number(hashesExpireAt.getEpochSecond()));
        }
        return item;
    }

    static Map<String, AttributeValue> pending(Praise p) {
        Map<String, AttributeValue> item = common(p);
        item.put(SOURCE, AttributeValue.fromS("form"));
        item.put(EMAIL_HASH, AttributeValue.fromS(p.emailHash()));
        item.put("tokenHash", AttributeValue.fromS(p.tokenHash()));
        item.put("tokenExpiresAt", AttributeValue.fromS(p.tokenExpiresAt().toString()));
        item.put(PURGE_AT, Attributes.number(p.tokenExpiresAt().plus(PURGE_AFTER_EXPIRY).getEpochSecond()));
        return item;
    }

    /**
     * A praise an organiser typed in: confirmed and approved from the start, so it is in the approved
     * queue and on the wall at once; no e-mail hash, no token, no purge date.
     */
    static Map<String, AttributeValue> entered(ModeratedPraise m) {
        Praise p = m.praise();
        Map<String, AttributeValue> item = common(p);
        item.put(SOURCE, AttributeValue.fromS("organiser"));
        Attributes.putActor(item, ENTERED_BY, m.enteredBy());
        item.put(STATUS, AttributeValue.fromS(PraiseStatus.CONFIRMED.name()));
        item.put("confirmedAt", AttributeValue.fromS(p.confirmedAt().toString()));
        String sort = Keys.moderationSort(p.confirmedAt(), p.id());
        item.put(MODERATION, AttributeValue.fromS(m.status().name()));
        item.put(MODERATION_KEY, AttributeValue.fromS(Keys.moderationKey(p.campaignYear(), m.status().name(),
                p.participantId())));
        item.put(MODERATION_SORT, AttributeValue.fromS(sort));
        item.put(TALLY_KEY, AttributeValue.fromS(Keys.tallyKey(p.campaignYear(), p.id())));
        item.put(WALL_KEY, AttributeValue.fromS(Keys.wallKey(p.campaignYear(), p.participantId())));
        item.put(WALL_SORT, AttributeValue.fromS(sort));
        Attributes.putActor(item, MODERATED_BY, m.by());
        item.put(MODERATED_AT, AttributeValue.fromS(m.at().toString()));
        if (m.firstApprovedAt() != null) {
            item.put(FIRST_APPROVED_AT, AttributeValue.fromS(m.firstApprovedAt().toString()));
        }
        return item;
    }

    private static Map<String, AttributeValue> common(Praise p) {
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
        item.put("submittedAt", AttributeValue.fromS(p.submittedAt().toString()));
        return item;
    }

    /**
     * A confirmed praise with its review state. Praise confirmed before moderation existed has no
     * verdict stored and reads as pending.
     */
    static ModeratedPraise moderatedFromItem(Map<String, AttributeValue> item) {
        String status = string(item, MODERATION);
        String reason = string(item, MODERATION_REASON);
        return new ModeratedPraise(fromItem(item),
                status == null ? ModerationStatus.PENDING : ModerationStatus.valueOf(status),
                reason == null ? null : RejectReason.valueOf(reason),
                Attributes.actor(item, MODERATED_BY),
                instant(item, MODERATED_AT),
                Attributes.actor(item, ENTERED_BY),
                instant(item, FIRST_APPROVED_AT));
    }

    static Praise fromItem(Map<String, AttributeValue> item) {
        return Praise.of(string(item, "id"), (int) number(item, "campaignYear"), string(item, "participantName"),
                new Praise.Content(
                        string(item, "participantId"),
                        string(item, "branch"),
                        string(item, "employee"),
                        (int) number(item, "stars"),
                        strings(item, "aspects"),
                        string(item, "text"),
                        Channel.fromCode(string(item, "channel")).orElseThrow(),
                        Lang.fromCode(string(item, "lang")).orElse(Lang.LV)),
                new Praise.State(
                        PraiseStatus.valueOf(string(item, STATUS)),
                        string(item, EMAIL_HASH),
                        string(item, "tokenHash"),
                        instant(item, "submittedAt"),
                        instant(item, "tokenExpiresAt"),
                        instant(item, "confirmedAt")));
    }
}
