package lv.praise.adapter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import lv.praise.domain.EvaluationKey;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Key layout of the single table; docs/data-model.md explains each access pattern. */
final class Keys {
    static final String PK = "PK";
    static final String SK = "SK";
    static final String PARTICIPANT_PREFIX = "PARTICIPANT#";
    static final String EVALUATION_PREFIX = "EVALUATION#";

    private Keys() {
    }

    static Map<String, AttributeValue> campaign(int year) {
        return key(campaignPartition(year), "CAMPAIGN");
    }

    /** The item naming the current campaign (one for the table; written when a campaign is created). */
    static Map<String, AttributeValue> currentCampaign() {
        return key("CAMPAIGNS", "CURRENT");
    }

    static String campaignPartition(int year) {
        return "CAMPAIGN#" + year;
    }

    /** Last year's participant invited into this campaign, until an organiser confirms it (not read publicly). */
    static final String INVITED_PREFIX = "INVITED#";

    static Map<String, AttributeValue> invited(int year, String id) {
        return key(campaignPartition(year), INVITED_PREFIX + id);
    }

    static Map<String, AttributeValue> participant(int year, String id) {
        return key(campaignPartition(year), PARTICIPANT_PREFIX + id);
    }

    /**
     * An evaluation, by its identity. The evaluator's name is free text, so the key holds a hash of
     * its compared form ({@link EvaluationKey#evaluatorKey}): fixed length, no {@code #}, and the same
     * for "Anna Bērziņa" and "anna  bērziņa". The name itself is an attribute of the item.
     */
    static Map<String, AttributeValue> evaluation(EvaluationKey k) {
        return key(campaignPartition(k.campaignYear()), EVALUATION_PREFIX + k.participantId() + "#" + k.date() + "#"
                + evaluatorHash(k.evaluator()) + "#" + k.channel());
    }

    /** The first 128 bits of SHA-256 of the compared name, in hex. */
    static String evaluatorHash(String evaluatorKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(evaluatorKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static final String PRAISE_PREFIX = "PRAISE#";

    static Map<String, AttributeValue> praise(String praiseId) {
        return key(PRAISE_PREFIX + praiseId, "PRAISE");
    }

    /**
     * A praise's audit record (beside the praise, in its partition): the text before its first redaction and who
     * redacted it when. Deleted with the words whenever the praise is erased.
     */
    static Map<String, AttributeValue> praiseAudit(String praiseId) {
        return key(PRAISE_PREFIX + praiseId, "AUDIT");
    }

    static final String ENTERED_PREFIX = "ENTERED#";

    /**
     * The log entry of a praise an organiser typed in, in the campaign's partition, sorted by the instant it was
     * entered (then its id): the praise-entry page's list is one Query of these, newest first.
     */
    static Map<String, AttributeValue> enteredLog(int year, java.time.Instant at, String praiseId) {
        return key(campaignPartition(year), ENTERED_PREFIX + moderationSort(at, praiseId));
    }

    /** A person's key within a campaign, on their praiser slots ({@link PraiseItems#PERSON_KEY}). */
    static String personKey(int year, String emailHash) {
        return year + "#" + emailHash;
    }

    static Map<String, AttributeValue> praiser(int year, String participantId, String emailHash) {
        return praiserSlot("PRAISER#" + year + "#" + participantId + "#" + emailHash);
    }

    /** A praiser slot by its partition key, as the index {@code ByPerson} gives it. */
    static Map<String, AttributeValue> praiserSlot(String partition) {
        return key(partition, "PRAISER");
    }

    /**
     * How many partitions of ByModeration each review state is spread over. One partition per state would
     * take every confirmation of the country (the pending queue's); a praise goes to its participant's
     * shard, so one participant's queue is one partition and the whole queue is a merge of these.
     */
    static final int MODERATION_SHARDS = 8;

    /** Partition of the sparse index ByModeration: one shard of the campaign's confirmed praise in one review state. */
    static String moderationKey(int year, String status, int shard) {
        return year + "#" + status + "#" + shard;
    }

    /** The shard of a participant's praise: the first byte of SHA-256 of its id, modulo the shards (the same in any language). */
    static int moderationShard(String participantId) {
        return shardOf(participantId, MODERATION_SHARDS);
    }

    /** The first byte of SHA-256 of a text, modulo the shards. */
    private static int shardOf(String text, int shards) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Byte.toUnsignedInt(digest[0]) % shards;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The ByModeration partition a participant's praise in one review state belongs to. */
    static String moderationKey(int year, String status, String participantId) {
        return moderationKey(year, status, moderationShard(participantId));
    }

    /**
     * How many partitions of ByTally a campaign's confirmed praise is spread over. A partition per campaign
     * would take every confirmation of the country (DynamoDB writes ~1 000 units/s per index partition); the
     * recalculation reads the shards in parallel, so they also split its read.
     */
    static final int TALLY_SHARDS = 8;

    /** Partition of the sparse index ByTally: one shard of a campaign's confirmed praise. */
    static String tallyKey(int year, int shard) {
        return year + "#" + shard;
    }

    /**
     * The ByTally partition of a praise: by its id, not its participant, so that a participant the whole
     * country praises does not make one shard hot and the shards stay the same size.
     */
    static String tallyKey(int year, String praiseId) {
        return tallyKey(year, shardOf(praiseId, TALLY_SHARDS));
    }

    /** Partition of the sparse index ByWall: a participant's approved praise (set only while approved). */
    static String wallKey(int year, String participantId) {
        return year + "#" + participantId;
    }

    /**
     * Sort key of both indexes: the confirmation instant at a fixed width (always 3 decimals, so that
     * text order is time order), then the praise id for praise confirmed in the same millisecond.
     */
    static String moderationSort(java.time.Instant confirmedAt, String praiseId) {
        return SORT_INSTANT.format(confirmedAt) + "#" + praiseId;
    }

    private static final java.time.format.DateTimeFormatter SORT_INSTANT = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    /** The partition of one day's standings snapshot: its rows and its header. */
    static String standingsPartition(int year, java.time.LocalDate date) {
        return "STANDINGS#" + year + "#" + date;
    }

    /** Sort key prefix of one run's rows; the rows follow in standings order. */
    static String standingsRowPrefix(String run) {
        return "ROW#" + run + "#";
    }

    /** A row: run, then the 0-based position in the standings (padded, so a Query returns them in order), then the id. */
    static String standingsRow(String run, int position, String participantId) {
        return standingsRowPrefix(run) + String.format(java.util.Locale.ROOT, "%06d", position) + "#" + participantId;
    }

    static final String STANDINGS_HEADER_PREFIX = "HEADER#";

    /** The header of one run: written after all its rows, so it marks the run's snapshot complete. */
    static Map<String, AttributeValue> standingsHeader(int year, java.time.LocalDate date, String run) {
        return key(standingsPartition(year, date), STANDINGS_HEADER_PREFIX + run);
    }

    /** Which run of which day is the latest complete snapshot of a campaign; readers start here. */
    static Map<String, AttributeValue> latestStandings(int year) {
        return key(campaignPartition(year), "STANDINGS#LATEST");
    }

    /** The immutable results record of a campaign. */
    static Map<String, AttributeValue> results(int year) {
        return key(campaignPartition(year), "RESULTS");
    }

    static final String OPEN_DATA_PREFIX = "OPENDATA#";

    /** One part of the open-data file published with the results (zero-padded: parts sort in order). */
    static Map<String, AttributeValue> openDataPart(int year, int part) {
        return key(campaignPartition(year), OPEN_DATA_PREFIX + String.format("%04d", part));
    }

    static final String AWARD_PREFIX = "AWARD#";

    /** One awardee's certificate and the send state of its letter. */
    static Map<String, AttributeValue> award(int year, String participantId) {
        return key(campaignPartition(year), AWARD_PREFIX + participantId);
    }

    static final String REPORT_PREFIX = "REPORT#";

    /** One participant's report letter: the send state of "send every participant its report" (issue 18). */
    static Map<String, AttributeValue> report(int year, String participantId) {
        return key(campaignPartition(year), REPORT_PREFIX + participantId);
    }

    static final String CONTACT_PREFIX = "CONTACT#";

    /** One contact of a participant (issue 18, docs/insight.md): its address and digest choice. */
    static Map<String, AttributeValue> contact(int year, String participantId, String emailHash) {
        return key(campaignPartition(year), CONTACT_PREFIX + participantId + "#" + emailHash);
    }

    /** Where an address leads: its participants of every campaign, one item each (written with the contact). */
    static String contactOfPartition(String emailHash) {
        return "CONTACTOF#" + emailHash;
    }

    static Map<String, AttributeValue> contactOf(String emailHash, int year, String participantId) {
        return key(contactOfPartition(emailHash), PARTICIPANT_PREFIX + year + "#" + participantId);
    }

    static final String DIGEST_PREFIX = "DIGEST#";

    /** The send state of one participant's weekly digest of one ISO week ({@code 2027-W10}): claimed, then SENT. */
    static Map<String, AttributeValue> digest(int year, String participantId, String week) {
        return key(campaignPartition(year), DIGEST_PREFIX + participantId + "#" + week);
    }

    static final String HISTORY_PREFIX = "HISTORY#";

    /** A participant's history partition: its award of each year, one item per year (SK {@code AWARD#{year}}). */
    static String historyPartition(String participantId) {
        return HISTORY_PREFIX + participantId;
    }

    /** One award in its participant's history (the public part of {@link #award}). */
    static Map<String, AttributeValue> historyAward(String participantId, int year) {
        return key(historyPartition(participantId), AWARD_PREFIX + year);
    }

    /** The public lookup of a certificate by its code (stored form: 16 characters, no hyphens). */
    static Map<String, AttributeValue> certificate(String storedCode) {
        return key("CERTIFICATE#" + storedCode, "CERTIFICATE");
    }

    static final String NOMINATOR_PREFIX = "NOMINATOR#";

    /** A nomination as submitted, pending until its link is opened (found by the link's id, as a praise). */
    static Map<String, AttributeValue> pendingNomination(String id) {
        return key("NOMINATE#" + id, "NOMINATE");
    }

    /**
     * The slot one person (by e-mail hash) fills once per nominated name, in the campaign's partition so the
     * console lists them with one Query. The name is the hash of its compared form
     * ({@code OrganisationName.sameNameKey}, hashed like an evaluator's): every spelling of one name is one slot.
     */
    static Map<String, AttributeValue> nominatorSlot(int year, String nameHash, String emailHash) {
        return key(campaignPartition(year), NOMINATOR_PREFIX + nameHash + "#" + emailHash);
    }

    /**
     * One submission counter: a scope ({@code address}/{@code email}), the keyed hash of the address,
     * and the window's start (epoch seconds), so each window is an item of its own that TTL removes.
     */
    static Map<String, AttributeValue> submissionCounter(String scope, String keyHash, Instant windowStart) {
        return key("LIMIT#" + scope + "#" + keyHash, "WINDOW#" + windowStart.getEpochSecond());
    }

    /** An address that gets no more e-mail, by its keyed hash ({@code KeyedHasher}): never the address. */
    static Map<String, AttributeValue> suppressed(String emailHash) {
        return key("SUPPRESSED#" + emailHash, "SUPPRESSED");
    }

    /**
     * The dashboard's praise counts of one day and shard (docs/data-model.md, *Dashboard counts*): a partition
     * per campaign and shard – the shard the praise's ByTally shard, so the national peak's counter writes are
     * spread over 8 items a day – and one small item per day of submission (Riga).
     */
    static final String STATS_PREFIX = "STATS#";
    static final String STATS_DAY_PREFIX = "DAY#";

    static String statsPartition(int year, int shard) {
        return STATS_PREFIX + year + "#" + shard;
    }

    static Map<String, AttributeValue> statsDay(int year, String praiseId, java.time.LocalDate day) {
        return key(statsPartition(year, shardOf(praiseId, TALLY_SHARDS)), STATS_DAY_PREFIX + day);
    }

    static final String QUESTIONNAIRE_PREFIX = "QUESTIONNAIRE#";
    static final String VISIT_PREFIX = "VISIT#";
    static final String VISIT_REF_PREFIX = "VISITREF#";
    static final String VISIT_VERSION_PREFIX = "VISITVERSION#";
    static final String VISIT_KEY_PREFIX = "VISITKEY#";
    static final String CRITERIA_PREFIX = "CRITERIA#";

    /** A questionnaire version: 4 digits, so the newest is the last of a Query. */
    static Map<String, AttributeValue> questionnaire(int year, int version) {
        return key(campaignPartition(year), QUESTIONNAIRE_PREFIX + String.format("%04d", version));
    }

    /**
     * A visit, keyed by its evaluator (the hash of the lower-case address, as evaluators' names are hashed):
     * an evaluator's plan is one Query of {@link #visitsOf}, and another evaluator's id is no key of theirs.
     */
    static Map<String, AttributeValue> visit(int year, String evaluator, String id) {
        return key(campaignPartition(year), visitsOf(evaluator) + id);
    }

    static String visitsOf(String evaluator) {
        return VISIT_PREFIX + evaluatorHash(evaluator) + "#";
    }

    /** Where a visit's id leads organisers (who know the id, not the evaluator). */
    static Map<String, AttributeValue> visitRef(int year, String id) {
        return key(campaignPartition(year), VISIT_REF_PREFIX + id);
    }

    /**
     * A visit's plan key (participant, branch, channel, evaluator, due window), hashed as evaluators' names are:
     * taken once, so a plan sent again plans nothing twice.
     */
    static Map<String, AttributeValue> visitKey(int year, String planKey) {
        return key(campaignPartition(year), VISIT_KEY_PREFIX + evaluatorHash(planKey));
    }

    static Map<String, AttributeValue> visitVersion(int year, String id, int version) {
        return key(campaignPartition(year), VISIT_VERSION_PREFIX + id + "#" + String.format("%04d", version));
    }

    static Map<String, AttributeValue> criterionResults(int year, String participantId) {
        return key(campaignPartition(year), CRITERIA_PREFIX + participantId);
    }

    static final String INSIGHT_PREFIX = "INSIGHT#";
    static final String MERGES_PREFIX = "MERGES#";
    static final String BENCHMARK_PREFIX = "BENCHMARK#";

    /** A participant's insight counters (issue 18, docs/insight.md): moved by each decision, rebuilt nightly. */
    static Map<String, AttributeValue> insight(int year, String participantId) {
        return key(campaignPartition(year), INSIGHT_PREFIX + participantId);
    }

    /**
     * One of a participant's insight parts: the counter of one employee key ({@code e#{key}}) or one branch
     * ({@code b#{branch}}), an item each, so that the {@code INSIGHT} item every decision updates stays small.
     */
    static Map<String, AttributeValue> insightPart(int year, String participantId, String counter) {
        return key(campaignPartition(year), insightParts(participantId) + counter);
    }

    /** The sort keys of a participant's insight parts begin with this (the INSIGHT item's own key doesn't). */
    static String insightParts(String participantId) {
        return INSIGHT_PREFIX + participantId + "#";
    }

    /** A participant's merges of employee names. */
    static Map<String, AttributeValue> merges(int year, String participantId) {
        return key(campaignPartition(year), MERGES_PREFIX + participantId);
    }

    /** One benchmark group's sums ({@code industry}, {@code category} or {@code sizeClass}, then its code). */
    static Map<String, AttributeValue> benchmark(int year, String group, String code) {
        return key(campaignPartition(year), BENCHMARK_PREFIX + group + "#" + code);
    }

    /** A campaign's figures in its participant's history partition, for later years' "year over year". */
    static Map<String, AttributeValue> historyInsight(String participantId, int year) {
        return key(historyPartition(participantId), INSIGHT_PREFIX + year);
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, AttributeValue.fromS(pk), SK, AttributeValue.fromS(sk));
    }
}
