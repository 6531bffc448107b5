package lv.praise.adapter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.praise.domain.scoring.CampaignMean;
import lv.praise.domain.scoring.Ineligibility;
import lv.praise.domain.scoring.MysteryScore;
import lv.praise.domain.scoring.ParticipantProfile;
import lv.praise.domain.scoring.ParticipantScore;
import lv.praise.domain.scoring.PublicComponent;
import lv.praise.domain.scoring.PublicScore;
import lv.praise.domain.scoring.ScoringRules;
import lv.praise.domain.scoring.Standings;
import lv.praise.domain.standings.StandingsSnapshot;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A standings snapshot as table items (one row per participant, one header) and back.
 *
 * <p>Scores are DynamoDB numbers, which keep no trailing zeros ("80.00" is stored as 80); every score
 * has exactly 2 decimals (campaign means 4), so reading restores that scale exactly. The rules'
 * parameters are strings, kept exactly as the run used them.
 */
final class StandingsItems {
    static final String ROW_TYPE = "STANDINGS_ROW";
    static final String HEADER_TYPE = "STANDINGS_HEADER";
    static final String LATEST_TYPE = "STANDINGS_LATEST";
    static final String RUN = "run";
    static final String DATE = "date";
    static final String ROW_COUNT = "rowCount";
    /** The table's TTL attribute (template.yaml): epoch seconds after which DynamoDB may delete the item. */
    static final String PURGE_AT = PraiseItems.PURGE_AT;

    private static final DateTimeFormatter RUN_FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private StandingsItems() {
    }

    /** The id of a run: its instant to the millisecond, in a form that sorts by time. */
    static String run(Instant generatedAt) {
        return RUN_FORMAT.format(generatedAt);
    }

    /** Sets the TTL attribute when the snapshot expires; a snapshot kept for good has none. */
    static void expiry(Map<String, AttributeValue> item, Optional<Instant> expiresAt) {
        expiresAt.ifPresent(at -> item.put(PURGE_AT, n(at.getEpochSecond())));
    }

    /**
     * Whether the item has expired at {@code now}: DynamoDB deletes an expired item only some time
     * later (up to days), so readers treat it as gone from its expiry on, whatever is still stored.
     */
    static boolean expired(Map<String, AttributeValue> item, Instant now) {
        AttributeValue purgeAt = item.get(PURGE_AT);
        return purgeAt != null && Long.parseLong(purgeAt.n()) <= now.getEpochSecond();
    }

    static Map<String, AttributeValue> row(StandingsSnapshot snapshot, String run, int position, ParticipantScore row) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.standingsPartition(snapshot.campaignYear(), snapshot.date())));
        item.put(Keys.SK, s(Keys.standingsRow(run, position, row.id())));
        item.put("type", s(ROW_TYPE));
        item.put(RUN, s(run));
        item.put("position", n(position));
        ParticipantProfile p = row.participant();
        item.put("participantId", s(p.id()));
        item.put("name", s(p.name()));
        putIfPresent(item, "category", p.category());
        putIfPresent(item, "industry", p.industry());
        putIfPresent(item, "sizeClass", p.sizeClass());
        item.put("hasBranches", AttributeValue.fromBool(p.hasBranches()));
        item.put("online", publicScore(row.online()));
        if (row.branch() != null) {
            item.put("branch", publicScore(row.branch()));
        }
        if (row.mystery() != null) {
            item.put("mystery", AttributeValue.fromM(Map.of(
                    "n", n(row.mystery().evaluationCount()),
                    "score", n(row.mystery().score()))));
        }
        item.put("total", n(row.total()));
        item.put("confirmedPraiseCount", n(row.confirmedPraiseCount()));
        item.put("eligible", AttributeValue.fromBool(row.eligible()));
        if (row.reason() != null) {
            item.put("reason", s(row.reason().name()));
        }
        Map<String, AttributeValue> ranks = new HashMap<>();
        putIfPresent(ranks, "overall", row.ranks().overall());
        putIfPresent(ranks, "category", row.ranks().inCategory());
        putIfPresent(ranks, "categoryAndSize", row.ranks().inCategoryAndSize());
        putIfPresent(ranks, "industry", row.ranks().inIndustry());
        item.put("ranks", AttributeValue.fromM(ranks));
        return item;
    }

    static ParticipantScore rowFrom(Map<String, AttributeValue> item) {
        ParticipantProfile profile = new ParticipantProfile(
                Attributes.string(item, "participantId"),
                Attributes.string(item, "name"),
                Attributes.string(item, "category"),
                Attributes.string(item, "industry"),
                Attributes.string(item, "sizeClass"),
                Boolean.TRUE.equals(item.get("hasBranches").bool()));
        AttributeValue mystery = item.get("mystery");
        AttributeValue reason = item.get("reason");
        Map<String, AttributeValue> ranks = item.get("ranks").m();
        return new ParticipantScore(
                profile,
                publicScoreFrom(item.get("online")),
                item.containsKey("branch") ? publicScoreFrom(item.get("branch")) : null,
                mystery == null ? null : new MysteryScore(
                        (int) Attributes.number(mystery.m(), "n"), score(mystery.m().get("score"))),
                score(item.get("total")),
                Attributes.number(item, "confirmedPraiseCount"),
                Boolean.TRUE.equals(item.get("eligible").bool()),
                reason == null ? null : Ineligibility.valueOf(reason.s()),
                new ParticipantScore.Ranks(rank(ranks, "overall"), rank(ranks, "category"),
                        rank(ranks, "categoryAndSize"), rank(ranks, "industry")));
    }

    /**
     * The header's praise per industry (the rows' counted praise summed by industry code; "" for none), which the
     * dashboard reads with the header instead of the rows (docs/data-model.md, *Dashboard counts*).
     */
    static final String INDUSTRY_PRAISE = "industryPraise";

    private static AttributeValue industryPraise(Standings standings) {
        Map<String, Long> sums = new java.util.TreeMap<>();
        for (ParticipantScore row : standings.rows()) {
            String industry = row.participant().industry() == null ? "" : row.participant().industry();
            sums.merge(industry, row.confirmedPraiseCount(), Long::sum);
        }
        Map<String, AttributeValue> m = new HashMap<>();
        sums.forEach((industry, n) -> m.put(industry, n(n)));
        return AttributeValue.fromM(m);
    }

    static Map<String, AttributeValue> header(StandingsSnapshot snapshot, String run) {
        Standings standings = snapshot.standings();
        Map<String, AttributeValue> item = new HashMap<>(Keys.standingsHeader(snapshot.campaignYear(), snapshot.date(), run));
        item.put("type", s(HEADER_TYPE));
        item.put("campaignYear", n(snapshot.campaignYear()));
        item.put(DATE, s(snapshot.date().toString()));
        item.put(RUN, s(run));
        item.put("generatedAt", s(snapshot.generatedAt().toString()));
        item.put("formulaVersion", s(standings.formulaVersion()));
        item.put("participantCount", n(standings.counts().participants()));
        item.put(ROW_COUNT, n(standings.rows().size()));
        item.put("rules", rules(standings.rules()));
        Map<String, AttributeValue> means = new HashMap<>();
        standings.campaignMeans().forEach((component, mean) -> means.put(component.code(), AttributeValue.fromM(Map.of(
                "n", n(mean.praiseCount()),
                "S", n(mean.starSum()),
                "mean", n(mean.mean()),
                "defaulted", AttributeValue.fromBool(mean.defaulted())))));
        item.put("campaignMeans", AttributeValue.fromM(means));
        Standings.Counts c = standings.counts();
        Map<String, AttributeValue> counts = new HashMap<>();
        counts.put("participants", n(c.participants()));
        counts.put("eligible", n(c.eligible()));
        counts.put("notEvaluated", n(c.notEvaluated()));
        counts.put("belowThreshold", n(c.belowThreshold()));
        counts.put("countedPraise", n(c.countedPraise()));
        counts.put("ignoredUnconfirmed", n(c.ignoredUnconfirmed()));
        counts.put("ignoredRejected", n(c.ignoredRejected()));
        counts.put("unmatchedPraise", n(c.unmatchedPraise()));
        counts.put("unmatchedEvaluations", n(c.unmatchedEvaluations()));
        counts.put("tooFewPraise", n(c.tooFewPraise()));
        item.put("counts", AttributeValue.fromM(counts));
        item.put(INDUSTRY_PRAISE, industryPraise(standings));
        return item;
    }

    /** The snapshot of a header and its rows, in standings order. */
    static StandingsSnapshot snapshotFrom(Map<String, AttributeValue> header, List<ParticipantScore> rows) {
        Map<PublicComponent, CampaignMean> means = new EnumMap<>(PublicComponent.class);
        header.get("campaignMeans").m().forEach((code, value) -> {
            Map<String, AttributeValue> m = value.m();
            means.put(PublicComponent.valueOf(code.toUpperCase(java.util.Locale.ROOT)), new CampaignMean(
                    Attributes.number(m, "n"), Attributes.number(m, "S"),
                    new BigDecimal(m.get("mean").n()).setScale(4, RoundingMode.UNNECESSARY),
                    Boolean.TRUE.equals(m.get("defaulted").bool())));
        });
        Map<String, AttributeValue> c = header.get("counts").m();
        Standings.Counts counts = new Standings.Counts(
                (int) Attributes.number(c, "participants"),
                (int) Attributes.number(c, "eligible"),
                (int) Attributes.number(c, "notEvaluated"),
                (int) Attributes.number(c, "belowThreshold"),
                Attributes.number(c, "countedPraise"),
                Attributes.number(c, "ignoredUnconfirmed"),
                Attributes.number(c, "ignoredRejected"),
                Attributes.number(c, "unmatchedPraise"),
                (int) Attributes.number(c, "unmatchedEvaluations"),
                (int) Attributes.number(c, "tooFewPraise"));
        Standings standings = new Standings(Attributes.string(header, "formulaVersion"), rulesFrom(header.get("rules")),
                means, rows, counts);
        return new StandingsSnapshot((int) Attributes.number(header, "campaignYear"),
                LocalDate.parse(Attributes.string(header, DATE)), Attributes.instant(header, "generatedAt"), standings);
    }

    private static AttributeValue rules(ScoringRules rules) {
        Map<String, AttributeValue> channels = new LinkedHashMap<>();
        rules.channelComponents().forEach((channel, component) -> channels.put(channel, s(component.name())));
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("priorWeight", s(rules.priorWeight().toString()));
        m.put("defaultMeanStars", s(rules.defaultMeanStars().toString()));
        m.put("onlineWeight", s(rules.onlineWeight().toString()));
        m.put("branchWeight", s(rules.branchWeight().toString()));
        m.put("mysteryWeight", s(rules.mysteryWeight().toString()));
        m.put("qualityThreshold", s(rules.qualityThreshold().toString()));
        m.put("formulaVersion", s(rules.formulaVersion()));
        m.put("channelComponents", AttributeValue.fromM(channels));
        m.put("minimumPraise", n(rules.minimumPraise()));
        m.put("volumeShare", s(rules.volumeShare().toString()));
        m.put("mysteryPriorWeight", s(rules.mysteryPriorWeight().toString()));
        return AttributeValue.fromM(m);
    }

    private static ScoringRules rulesFrom(AttributeValue value) {
        Map<String, AttributeValue> m = value.m();
        Map<String, PublicComponent> channels = new HashMap<>();
        m.get("channelComponents").m().forEach((channel, component) ->
                channels.put(channel, PublicComponent.valueOf(component.s())));
        return new ScoringRules(
                new BigDecimal(m.get("priorWeight").s()),
                new BigDecimal(m.get("defaultMeanStars").s()),
                new BigDecimal(m.get("onlineWeight").s()),
                new BigDecimal(m.get("branchWeight").s()),
                new BigDecimal(m.get("mysteryWeight").s()),
                new BigDecimal(m.get("qualityThreshold").s()),
                m.get("formulaVersion").s(),
                channels,
                // Snapshots written before formula 2027.2 lack its parameters: they were its defaults (unused).
                m.containsKey("minimumPraise") ? Integer.parseInt(m.get("minimumPraise").n())
                        : ScoringRules.DEFAULT_MINIMUM_PRAISE,
                m.containsKey("volumeShare") ? new BigDecimal(m.get("volumeShare").s()) : ScoringRules.DEFAULT_VOLUME_SHARE,
                m.containsKey("mysteryPriorWeight") ? new BigDecimal(m.get("mysteryPriorWeight").s())
                        : ScoringRules.DEFAULT_MYSTERY_PRIOR_WEIGHT);
    }

    private static AttributeValue publicScore(PublicScore score) {
        return AttributeValue.fromM(Map.of(
                "n", n(score.praiseCount()),
                "S", n(score.starSum()),
                "score", n(score.score())));
    }

    private static PublicScore publicScoreFrom(AttributeValue value) {
        Map<String, AttributeValue> m = value.m();
        return new PublicScore(Attributes.number(m, "n"), Attributes.number(m, "S"), score(m.get("score")));
    }

    /** A published figure: exactly 2 decimals. */
    private static BigDecimal score(AttributeValue value) {
        return new BigDecimal(value.n()).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Integer rank(Map<String, AttributeValue> ranks, String name) {
        AttributeValue value = ranks.get(name);
        return value == null ? null : Integer.valueOf(value.n());
    }

    private static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, s(value));
        }
    }

    private static void putIfPresent(Map<String, AttributeValue> item, String name, Integer value) {
        if (value != null) {
            item.put(name, n(value));
        }
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static AttributeValue n(BigDecimal value) {
        return AttributeValue.fromN(value.toPlainString());
    }
}
