package lv.praise.handler;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lv.praise.domain.insight.ParticipantInsight;

/**
 * The JSON of a participant's insight (docs/insight.md, {@code GET /api/my/participants/{id}}): decimals as exact
 * strings with two places, dates and instants as ISO text, plus who is looking ({@code viewer}).
 */
final class InsightJson {
    private InsightJson() {
    }

    /** @param digest whether the signed-in contact gets the weekly digest; null for an organiser */
    static Map<String, Object> of(ParticipantInsight i, boolean organiser, Boolean digest) {
        Map<String, Object> body = new LinkedHashMap<>();
        var s = i.participant();
        Map<String, Object> participant = new LinkedHashMap<>();
        participant.put("id", s.id());
        participant.put("name", s.name());
        participant.put("category", s.category());
        participant.put("industry", s.industry());
        participant.put("sizeClass", s.sizeClass());
        participant.put("branches", s.branches());
        body.put("participant", participant);
        body.put("campaignYear", i.campaignYear());
        body.put("campaignState", i.campaignState());
        body.put("praise", praise(i.praise()));
        body.put("texts", i.texts().stream().map(InsightJson::text).toList());
        body.put("moreTexts", i.moreTexts());
        body.put("employees", employees(i.employees()));
        body.put("benchmarks", i.benchmarks().stream().map(InsightJson::benchmark).toList());
        body.put("mystery", i.mystery() == null ? null : mystery(i.mystery()));
        body.put("score", score(i.score()));
        body.put("years", i.years().stream().map(InsightJson::year).toList());
        body.put("computedAt", i.computedAt() == null ? null : i.computedAt().toString());
        Map<String, Object> viewer = new LinkedHashMap<>();
        viewer.put("organiser", organiser);
        viewer.put("digest", digest);
        body.put("viewer", viewer);
        return body;
    }

    static List<Map<String, Object>> employees(List<ParticipantInsight.Employee> employees) {
        return employees.stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", e.key());
            m.put("name", e.name());
            m.put("spellings", e.spellings());
            m.put("count", e.count());
            m.put("praiseIds", e.praiseIds());
            m.put("merged", e.merged().stream().map(x -> Map.of("key", x.key(), "name", x.name())).toList());
            return m;
        }).toList();
    }

    private static Map<String, Object> praise(ParticipantInsight.PraiseSummary p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("approved", p.approved());
        m.put("meanStars", decimal(p.meanStars()));
        m.put("perDay", p.perDay().stream().map(d -> {
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("date", d.date().toString());
            day.put("count", d.count());
            return day;
        }).toList());
        m.put("stars", p.stars());
        m.put("channels", p.channels());
        m.put("branches", counts(p.branches()));
        m.put("aspects", counts(p.aspects()));
        return m;
    }

    private static List<Map<String, Object>> counts(List<ParticipantInsight.Count> counts) {
        return counts.stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", c.key());
            m.put("count", c.count());
            return m;
        }).toList();
    }

    private static Map<String, Object> text(ParticipantInsight.PraiseText t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("confirmedAt", t.confirmedAt() == null ? null : t.confirmedAt().toString());
        m.put("stars", t.stars());
        m.put("channel", t.channel());
        m.put("branch", t.branch());
        m.put("employee", t.employee());
        m.put("aspects", t.aspects());
        m.put("text", t.text());
        return m;
    }

    private static Map<String, Object> benchmark(ParticipantInsight.Benchmark b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("group", b.group());
        m.put("code", b.code());
        m.put("participants", b.participants());
        m.put("enough", b.enough());
        m.put("participantMeanStars", decimal(b.participantMeanStars()));
        m.put("groupMeanStars", decimal(b.groupMeanStars()));
        List<Map<String, Object>> aspects = new ArrayList<>();
        for (var a : b.aspects()) {
            Map<String, Object> share = new LinkedHashMap<>();
            share.put("aspect", a.aspect());
            share.put("participant", decimal(a.participant()));
            share.put("group", decimal(a.group()));
            aspects.add(share);
        }
        m.put("aspects", aspects);
        m.put("criteria", decimals(b.criteria()));
        m.put("evaluatedParticipants", b.evaluatedParticipants());
        m.put("enoughEvaluated", b.enoughEvaluated());
        m.put("channels", decimals(b.channels()));
        return m;
    }

    private static Map<String, Object> mystery(ParticipantInsight.Mystery y) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("visits", y.visits());
        m.put("criteria", y.criteria().stream().map(c -> {
            Map<String, Object> criterion = new LinkedHashMap<>();
            criterion.put("id", c.id());
            criterion.put("wording", c.wording());
            criterion.put("overall", decimal(c.overall()));
            criterion.put("byChannel", decimals(c.byChannel()));
            criterion.put("n", c.n());
            return criterion;
        }).toList());
        m.put("byChannel", decimals(y.byChannel()));
        m.put("notes", y.notes());
        return m;
    }

    private static Map<String, Object> score(ParticipantInsight.Score s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("visible", s.visible());
        m.put("published", s.published());
        m.put("online", decimal(s.online()));
        m.put("branch", decimal(s.branch()));
        m.put("mystery", decimal(s.mystery()));
        m.put("total", decimal(s.total()));
        m.put("rankOverall", s.rankOverall());
        m.put("rankInCategory", s.rankInCategory());
        m.put("rankInSizeClass", s.rankInSizeClass());
        m.put("threshold", decimal(s.threshold()));
        m.put("toThreshold", decimal(s.toThreshold()));
        m.put("topN", s.topN());
        m.put("toTopN", decimal(s.toTopN()));
        m.put("eligible", s.eligible());
        m.put("reason", s.reason());
        return m;
    }

    private static Map<String, Object> year(ParticipantInsight.YearSummary y) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", y.year());
        m.put("approved", y.approved());
        m.put("meanStars", decimal(y.meanStars()));
        m.put("total", decimal(y.total()));
        m.put("rank", y.rank());
        m.put("qualityMarkTitle", y.qualityMarkTitle());
        m.put("certificateCode", y.certificateCode());
        return m;
    }

    private static Map<String, String> decimals(Map<String, BigDecimal> values) {
        Map<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> out.put(k, decimal(v)));
        return out;
    }

    /** Exact, two places, as a string (never a binary floating-point number). */
    static String decimal(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
