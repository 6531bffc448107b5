package lv.praise.handler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.scoring.CampaignMean;
import lv.praise.domain.scoring.ParticipantScore;
import lv.praise.domain.scoring.PublicComponent;
import lv.praise.domain.scoring.PublicScore;
import lv.praise.domain.scoring.ScoringRules;
import lv.praise.domain.scoring.Standings;
import lv.praise.domain.standings.StandingsSnapshot;

/**
 * A standings snapshot as the organisers' API shows it (docs/api.md). Scores are JSON numbers with
 * exactly their 2 decimals (80.00, not 80), written from the exact decimals, never through a double.
 */
final class StandingsView {
    private StandingsView() {
    }

    static Map<String, Object> of(StandingsSnapshot snapshot) {
        return of(snapshot, Map.of());
    }

    /** @param criteria per participant id, its per-criterion results (docs/evaluations.md); absent: null */
    static Map<String, Object> of(StandingsSnapshot snapshot, Map<String, lv.praise.domain.visits.CriterionResults> criteria) {
        Standings standings = snapshot.standings();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignYear", snapshot.campaignYear());
        body.put("date", snapshot.date().toString());
        body.put("generatedAt", snapshot.generatedAt().toString());
        body.put("formulaVersion", standings.formulaVersion());
        body.put("rules", rules(standings.rules()));
        Map<String, Object> means = new LinkedHashMap<>();
        for (PublicComponent component : PublicComponent.values()) {
            CampaignMean mean = standings.campaignMean(component);
            if (mean != null) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("n", mean.praiseCount());
                m.put("S", mean.starSum());
                m.put("mean", mean.mean());
                m.put("defaulted", mean.defaulted());
                means.put(component.code(), m);
            }
        }
        body.put("campaignMeans", means);
        body.put("counts", standings.counts());
        List<Map<String, Object>> rows = new ArrayList<>(standings.rows().size());
        for (ParticipantScore row : standings.rows()) {
            Map<String, Object> r = row(row);
            var results = criteria.get(row.id());
            r.put("criteria", results == null ? null : VisitJson.criterionResults(results));
            rows.add(r);
        }
        body.put("rows", rows);
        return body;
    }

    private static Map<String, Object> row(ParticipantScore row) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", row.id());
        r.put("name", row.name());
        r.put("category", row.participant().category());
        r.put("industry", row.participant().industry());
        r.put("sizeClass", row.participant().sizeClass());
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("online", publicScore(row.online()));
        components.put("branch", row.branch() == null ? null : publicScore(row.branch()));
        if (row.mystery() == null) {
            components.put("mystery", null);
        } else {
            Map<String, Object> mystery = new LinkedHashMap<>();
            mystery.put("n", row.mystery().evaluationCount());
            mystery.put("score", row.mystery().score());
            components.put("mystery", mystery);
        }
        r.put("components", components);
        r.put("total", row.total());
        r.put("confirmedPraiseCount", row.confirmedPraiseCount());
        r.put("eligible", row.eligible());
        r.put("reason", row.reason() == null ? null : row.reason().code());
        Map<String, Object> ranks = new LinkedHashMap<>();
        ranks.put("overall", row.ranks().overall());
        ranks.put("category", row.ranks().inCategory());
        ranks.put("categoryAndSize", row.ranks().inCategoryAndSize());
        ranks.put("industry", row.ranks().inIndustry());
        r.put("ranks", ranks);
        return r;
    }

    private static Map<String, Object> publicScore(PublicScore score) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", score.praiseCount());
        m.put("S", score.starSum());
        m.put("score", score.score());
        return m;
    }

    private static Map<String, Object> rules(ScoringRules rules) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("priorWeight", rules.priorWeight());
        m.put("defaultMeanStars", rules.defaultMeanStars());
        Map<String, Object> weights = new LinkedHashMap<>();
        weights.put("online", rules.onlineWeight());
        weights.put("branch", rules.branchWeight());
        weights.put("mystery", rules.mysteryWeight());
        m.put("weights", weights);
        m.put("qualityThreshold", rules.qualityThreshold());
        Map<String, String> channels = new java.util.TreeMap<>();
        rules.channelComponents().forEach((channel, component) -> channels.put(channel, component.code()));
        m.put("channelComponents", channels);
        if (!rules.isFirstFormula()) {
            m.put("minimumPraise", rules.minimumPraise());
            m.put("volumeShare", rules.volumeShare());
            m.put("mysteryPriorWeight", rules.mysteryPriorWeight());
        }
        return m;
    }
}
