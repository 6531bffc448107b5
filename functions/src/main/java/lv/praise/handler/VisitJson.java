package lv.praise.handler;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lv.praise.domain.RefusedException;
import lv.praise.domain.visits.Answer;
import lv.praise.domain.visits.Band;
import lv.praise.domain.visits.Calibration;
import lv.praise.domain.visits.Criterion;
import lv.praise.domain.visits.CriterionResults;
import lv.praise.domain.visits.Questionnaire;
import lv.praise.domain.visits.Review;
import lv.praise.domain.visits.Scale;
import lv.praise.domain.visits.SubmissionVersion;
import lv.praise.domain.visits.Visit;
import lv.praise.domain.visits.Wording;

/** Visits, questionnaires and calibration as the API reads and writes them (docs/evaluations.md, "JSON shapes"). */
final class VisitJson {
    static final Set<String> CRITERION_FIELDS = Set.of("id", "wording", "weight", "scale", "notApplicable", "channels", "bands");
    static final Set<String> WORDING_FIELDS = Set.of("lv", "en", "et");
    static final Set<String> BAND_FIELDS = Set.of("maxHours", "points");
    static final Set<String> ANSWER_FIELDS = Set.of("criterion", "value", "note");

    private VisitJson() {
    }

    private static final java.util.regex.Pattern VISIT_ID = java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** The visit id of the path: a UUID, as the plan made it. */
    static String visitId(com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent event) {
        String id = event.getPathParameters() == null ? null : event.getPathParameters().get("id");
        if (id == null || !VISIT_ID.matcher(id).matches()) {
            throw RefusedException.invalid("id", "id is a visit's id (a UUID in lower case)");
        }
        return id;
    }

    /** {@code ?year=}: optional; another campaign's year is not served. */
    static void year(com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent event, lv.praise.domain.visits.Visits visits) {
        visits.requireYear(QueryParameters.of(event).wholeNumber("year"));
    }

    static List<Criterion> criteria(RequestBody body) {
        List<RequestBody> items = body.objects("criteria", Questionnaire.MAX_CRITERIA, CRITERION_FIELDS);
        List<Criterion> criteria = new ArrayList<>();
        for (RequestBody c : items) {
            RequestBody w = c.object("wording", WORDING_FIELDS);
            if (w == null) {
                throw RefusedException.invalid(c.name("wording"), "wording {lv, en, et} is required");
            }
            String scaleCode = c.text("scale");
            Scale scale = scaleCode == null ? null : Scale.fromCode(scaleCode).orElseThrow(() ->
                    RefusedException.invalid(c.name("scale"), "scale must be yes_no, zero_two, one_five or response_time"));
            List<Band> bands = new ArrayList<>();
            for (RequestBody b : c.objects("bands", 20, BAND_FIELDS)) {
                BigDecimal maxHours = b.decimal("maxHours");
                Integer points = b.wholeNumber("points");
                if (maxHours == null) {
                    throw RefusedException.invalid(b.name("maxHours"), "maxHours is required");
                }
                if (points == null) {
                    throw RefusedException.invalid(b.name("points"), "points is required");
                }
                bands.add(new Band(maxHours, points));
            }
            Boolean na = c.bool("notApplicable");
            criteria.add(new Criterion(c.text("id"), new Wording(w.text("lv"), w.text("en"), w.text("et")),
                    c.decimal("weight"), scale, na != null && na, c.textList("channels", 4), bands));
        }
        // The domain names the list's fields in the same way (criteria[2].weight).
        return criteria;
    }

    static List<Answer> answers(RequestBody body) {
        List<Answer> answers = new ArrayList<>();
        for (RequestBody a : body.objects("answers", Questionnaire.MAX_CRITERIA, ANSWER_FIELDS)) {
            answers.add(new Answer(a.text("criterion"), a.scalar("value"), a.text("note")));
        }
        return answers;
    }

    static Map<String, Object> questionnaire(Questionnaire q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", q.year());
        m.put("version", q.version());
        m.put("frozen", q.frozen());
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (Criterion c : q.criteria()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("id", c.id());
            cm.put("wording", Map.of("lv", c.wording().lv(), "en", c.wording().en(), "et", c.wording().et()));
            cm.put("weight", c.weight());
            cm.put("scale", c.scale().code());
            cm.put("notApplicable", c.notApplicable());
            cm.put("channels", c.channels());
            if (c.scale() == Scale.RESPONSE_TIME) {
                List<Map<String, Object>> bands = new ArrayList<>();
                for (Band b : c.bands()) {
                    bands.add(Map.of("maxHours", b.maxHours(), "points", b.points()));
                }
                cm.put("bands", bands);
            }
            criteria.add(cm);
        }
        m.put("criteria", criteria);
        return m;
    }

    /** A visit as organisers see it: who planned and who reviewed it, by their e-mail. */
    static Map<String, Object> visit(Visit v) {
        return visit(v, true);
    }

    /**
     * A visit as its evaluator sees it: the same, without who planned or reviewed it – an organiser's e-mail address
     * is not for the mystery shoppers, who are outside the organising team.
     */
    static Map<String, Object> forEvaluator(Visit v) {
        return visit(v, false);
    }

    private static Map<String, Object> visit(Visit v, boolean organisers) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("year", v.year());
        m.put("participantId", v.participantId());
        m.put("participantName", v.participantName());
        m.put("branch", v.branch());
        m.put("channel", v.channel());
        m.put("evaluator", v.evaluator());
        m.put("dueFrom", v.dueFrom().toString());
        m.put("dueTo", v.dueTo().toString());
        m.put("status", v.status().code());
        m.put("questionnaireVersion", v.questionnaireVersion());
        if (organisers) {
            m.put("plannedBy", v.plannedBy().shown());
        }
        m.put("plannedAt", v.plannedAt().toString());
        m.put("submission", v.latest() == null ? null : submission(v.latest()));
        List<Map<String, Object>> reviews = new ArrayList<>();
        for (Review r : v.reviews()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("decision", r.decision());
            rm.put("comment", r.comment());
            rm.put("version", r.version());
            if (organisers) {
                rm.put("by", r.by().shown());
            }
            rm.put("at", r.at().toString());
            reviews.add(rm);
        }
        m.put("reviews", reviews);
        m.put("returnComment", v.returnComment());
        return m;
    }

    static Map<String, Object> submission(SubmissionVersion s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", s.version());
        m.put("submissionId", s.submissionId());
        m.put("visitedAt", s.visitedAt().toString());
        m.put("place", s.place());
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Answer a : s.answers()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("criterion", a.criterion());
            am.put("value", answerValue(a.value()));
            am.put("note", a.note());
            answers.add(am);
        }
        m.put("answers", answers);
        m.put("comment", s.comment());
        m.put("score", s.score().shown());
        m.put("scoreExact", s.score().exact());
        m.put("questionnaireVersion", s.questionnaireVersion());
        m.put("enteredBy", s.enteredBy().shown());
        m.put("submittedAt", s.submittedAt().toString());
        return m;
    }

    /** A number stays a JSON number (2 → 2, 30.5 → 30.5); "yes", "no", "na" stay text. */
    private static Object answerValue(String value) {
        return value.matches("[0-9]+(\\.[0-9]+)?") ? new BigDecimal(value) : value;
    }

    static Map<String, Object> calibration(int year, List<Calibration.Line> lines) {
        List<Map<String, Object>> evaluators = new ArrayList<>();
        for (Calibration.Line l : lines) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("evaluator", l.evaluator());
            m.put("done", l.done());
            m.put("outstanding", l.outstanding());
            m.put("mean", l.mean());
            m.put("sd", l.sd());
            m.put("compared", l.compared());
            m.put("meanDifference", l.meanDifference());
            m.put("standardError", l.standardError());
            m.put("flagged", l.flagged());
            evaluators.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", year);
        body.put("evaluators", evaluators);
        return body;
    }

    static Map<String, Object> criterionResults(CriterionResults r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("visits", r.visits());
        m.put("overall", means(r.overall()));
        Map<String, Object> channels = new LinkedHashMap<>();
        r.byChannel().forEach((k, v) -> channels.put(k, means(v)));
        m.put("byChannel", channels);
        Map<String, Object> branches = new LinkedHashMap<>();
        r.byBranch().forEach((k, v) -> branches.put(k, means(v)));
        m.put("byBranch", branches);
        return m;
    }

    private static List<Map<String, Object>> means(Map<String, CriterionResults.Mean> means) {
        List<Map<String, Object>> list = new ArrayList<>();
        means.forEach((criterion, mean) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("criterion", criterion);
            m.put("mean", mean.mean());
            m.put("n", mean.n());
            list.add(m);
        });
        return list;
    }
}
