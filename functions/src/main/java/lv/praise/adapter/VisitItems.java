package lv.praise.adapter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lv.praise.domain.Actor;
import lv.praise.domain.visits.Answer;
import lv.praise.domain.visits.Band;
import lv.praise.domain.visits.Criterion;
import lv.praise.domain.visits.CriterionResults;
import lv.praise.domain.visits.Review;
import lv.praise.domain.visits.Scale;
import lv.praise.domain.visits.SubmissionVersion;
import lv.praise.domain.visits.Visit;
import lv.praise.domain.visits.VisitScore;
import lv.praise.domain.visits.VisitStatus;
import lv.praise.domain.visits.Wording;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Visits, questionnaires and per-criterion results as items (docs/data-model.md, "Visits"). The nested parts
 * – criteria, a submission, the reviews – are stored as JSON text attributes: read and written whole, never
 * filtered on, and exact (decimals are written as their text, never through a double).
 */
final class VisitItems {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private VisitItems() {
    }

    static Map<String, AttributeValue> visit(Visit v) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.visit(v.year(), v.evaluator(), v.id()));
        item.put("type", AttributeValue.fromS("VISIT"));
        item.put("id", AttributeValue.fromS(v.id()));
        item.put("campaignYear", Attributes.number(v.year()));
        item.put("participantId", AttributeValue.fromS(v.participantId()));
        Attributes.putString(item, "participantName", v.participantName());
        Attributes.putString(item, "branch", v.branch());
        item.put("channel", AttributeValue.fromS(v.channel()));
        item.put("evaluator", AttributeValue.fromS(v.evaluator()));
        item.put("dueFrom", AttributeValue.fromS(v.dueFrom().toString()));
        item.put("dueTo", AttributeValue.fromS(v.dueTo().toString()));
        item.put("status", AttributeValue.fromS(v.status().code()));
        item.put("versions", Attributes.number(v.versions()));
        if (v.questionnaireVersion() != null) {
            item.put("questionnaireVersion", Attributes.number(v.questionnaireVersion()));
        }
        item.put("plannedBy", AttributeValue.fromS(v.plannedBy().id()));
        Attributes.putString(item, "plannedByEmail", v.plannedBy().email());
        item.put("plannedAt", AttributeValue.fromS(v.plannedAt().toString()));
        if (v.latest() != null) {
            item.put("latest", AttributeValue.fromS(write(submission(v.latest()))));
        }
        item.put("reviews", AttributeValue.fromS(write(reviews(v.reviews()))));
        if (!v.submissionIds().isEmpty()) {
            // A list, not a set: oldest first, as the versions.
            item.put("submissionIds", AttributeValue.fromL(v.submissionIds().stream().map(AttributeValue::fromS).toList()));
        }
        return item;
    }

    static Visit visit(Map<String, AttributeValue> item) {
        Integer qv = Attributes.optionalInt(item, "questionnaireVersion");
        String latest = Attributes.string(item, "latest");
        return new Visit(Attributes.string(item, "id"), (int) Attributes.number(item, "campaignYear"),
                Attributes.string(item, "participantId"), Attributes.string(item, "participantName"),
                Attributes.string(item, "branch"), Attributes.string(item, "channel"), Attributes.string(item, "evaluator"),
                LocalDate.parse(Attributes.string(item, "dueFrom")), LocalDate.parse(Attributes.string(item, "dueTo")),
                VisitStatus.fromCode(Attributes.string(item, "status")).orElseThrow(), qv,
                new Actor(Attributes.string(item, "plannedBy"), Attributes.string(item, "plannedByEmail")),
                Instant.parse(Attributes.string(item, "plannedAt")),
                latest == null ? null : submission(read(latest)), reviews(read(Attributes.string(item, "reviews"))),
                submissionIds(item, latest));
    }

    /** Every submission's id; a visit stored before they were kept knows its latest's only. */
    private static List<String> submissionIds(Map<String, AttributeValue> item, String latest) {
        AttributeValue ids = item.get("submissionIds");
        if (ids != null && ids.hasL()) {
            return ids.l().stream().map(AttributeValue::s).toList();
        }
        return latest == null ? List.of() : List.of(submission(read(latest)).submissionId());
    }

    static Map<String, AttributeValue> version(int year, String visitId, SubmissionVersion s) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.visitVersion(year, visitId, s.version()));
        item.put("type", AttributeValue.fromS("VISITVERSION"));
        item.put("visitId", AttributeValue.fromS(visitId));
        item.put("submission", AttributeValue.fromS(write(submission(s))));
        return item;
    }

    static SubmissionVersion version(Map<String, AttributeValue> item) {
        return submission(read(Attributes.string(item, "submission")));
    }

    static String criteria(List<Criterion> criteria) {
        ArrayNode list = NODES.arrayNode();
        for (Criterion c : criteria) {
            ObjectNode n = list.addObject();
            n.put("id", c.id());
            n.putObject("wording").put("lv", c.wording().lv()).put("en", c.wording().en()).put("et", c.wording().et());
            n.put("weight", c.weight().toPlainString());
            n.put("scale", c.scale().code());
            n.put("notApplicable", c.notApplicable());
            ArrayNode channels = n.putArray("channels");
            c.channels().forEach(channels::add);
            ArrayNode bands = n.putArray("bands");
            c.bands().forEach(b -> bands.addObject().put("maxHours", b.maxHours().toPlainString()).put("points", b.points()));
        }
        return write(list);
    }

    static List<Criterion> criteria(String text) {
        List<Criterion> criteria = new ArrayList<>();
        for (JsonNode n : read(text)) {
            List<String> channels = new ArrayList<>();
            n.get("channels").forEach(ch -> channels.add(ch.asText()));
            List<Band> bands = new ArrayList<>();
            n.get("bands").forEach(b -> bands.add(new Band(new BigDecimal(b.get("maxHours").asText()), b.get("points").asInt())));
            JsonNode w = n.get("wording");
            criteria.add(new Criterion(n.get("id").asText(), new Wording(w.get("lv").asText(), w.get("en").asText(),
                    w.get("et").asText()), new BigDecimal(n.get("weight").asText()),
                    Scale.fromCode(n.get("scale").asText()).orElseThrow(), n.get("notApplicable").asBoolean(), channels, bands));
        }
        return criteria;
    }

    static String criterionResults(CriterionResults r) {
        ObjectNode n = NODES.objectNode();
        n.put("visits", r.visits());
        n.set("overall", means(r.overall()));
        ObjectNode channels = n.putObject("byChannel");
        r.byChannel().forEach((k, v) -> channels.set(k, means(v)));
        ObjectNode branches = n.putObject("byBranch");
        r.byBranch().forEach((k, v) -> branches.set(k, means(v)));
        return write(n);
    }

    static CriterionResults criterionResults(String text) {
        JsonNode n = read(text);
        Map<String, Map<String, CriterionResults.Mean>> channels = new TreeMap<>();
        n.get("byChannel").fields().forEachRemaining(e -> channels.put(e.getKey(), means(e.getValue())));
        Map<String, Map<String, CriterionResults.Mean>> branches = new TreeMap<>();
        n.get("byBranch").fields().forEachRemaining(e -> branches.put(e.getKey(), means(e.getValue())));
        return new CriterionResults(n.get("visits").asInt(), means(n.get("overall")), channels, branches);
    }

    private static ObjectNode means(Map<String, CriterionResults.Mean> means) {
        ObjectNode n = NODES.objectNode();
        means.forEach((k, m) -> n.putObject(k).put("mean", m.mean().toPlainString()).put("n", m.n()));
        return n;
    }

    private static Map<String, CriterionResults.Mean> means(JsonNode n) {
        Map<String, CriterionResults.Mean> means = new TreeMap<>();
        n.fields().forEachRemaining(e -> means.put(e.getKey(),
                new CriterionResults.Mean(new BigDecimal(e.getValue().get("mean").asText()), e.getValue().get("n").asInt())));
        return means;
    }

    private static ObjectNode submission(SubmissionVersion s) {
        ObjectNode n = NODES.objectNode();
        n.put("version", s.version());
        n.put("submissionId", s.submissionId());
        n.put("visitedAt", s.visitedAt().toString());
        n.put("place", s.place());
        ArrayNode answers = n.putArray("answers");
        for (Answer a : s.answers()) {
            ObjectNode an = answers.addObject().put("criterion", a.criterion()).put("value", a.value());
            if (a.note() != null) {
                an.put("note", a.note());
            }
        }
        if (s.comment() != null) {
            n.put("comment", s.comment());
        }
        n.put("scoreNumerator", s.score().numerator().toPlainString());
        n.put("scoreDenominator", s.score().denominator().toPlainString());
        n.put("questionnaireVersion", s.questionnaireVersion());
        ObjectNode fractions = n.putObject("fractions");
        new TreeMap<>(s.fractions()).forEach((k, f) -> fractions.put(k, f.toPlainString()));
        n.put("enteredBy", s.enteredBy().id());
        if (s.enteredBy().email() != null) {
            n.put("enteredByEmail", s.enteredBy().email());
        }
        n.put("submittedAt", s.submittedAt().toString());
        return n;
    }

    private static SubmissionVersion submission(JsonNode n) {
        List<Answer> answers = new ArrayList<>();
        n.get("answers").forEach(a -> answers.add(new Answer(a.get("criterion").asText(), a.get("value").asText(),
                a.hasNonNull("note") ? a.get("note").asText() : null)));
        Map<String, BigDecimal> fractions = new LinkedHashMap<>();
        n.get("fractions").fields().forEachRemaining(e -> fractions.put(e.getKey(), new BigDecimal(e.getValue().asText())));
        return new SubmissionVersion(n.get("version").asInt(), n.get("submissionId").asText(),
                LocalDateTime.parse(n.get("visitedAt").asText()), n.get("place").asText(), answers,
                n.hasNonNull("comment") ? n.get("comment").asText() : null,
                new VisitScore(new BigDecimal(n.get("scoreNumerator").asText()), new BigDecimal(n.get("scoreDenominator").asText())),
                n.get("questionnaireVersion").asInt(), fractions,
                new Actor(n.get("enteredBy").asText(), n.hasNonNull("enteredByEmail") ? n.get("enteredByEmail").asText() : null),
                Instant.parse(n.get("submittedAt").asText()));
    }

    private static ArrayNode reviews(List<Review> reviews) {
        ArrayNode list = NODES.arrayNode();
        for (Review r : reviews) {
            ObjectNode n = list.addObject().put("decision", r.decision()).put("version", r.version())
                    .put("by", r.by().id()).put("at", r.at().toString());
            if (r.comment() != null) {
                n.put("comment", r.comment());
            }
            if (r.by().email() != null) {
                n.put("byEmail", r.by().email());
            }
        }
        return list;
    }

    private static List<Review> reviews(JsonNode list) {
        List<Review> reviews = new ArrayList<>();
        if (list != null) {
            list.forEach(n -> reviews.add(new Review(n.get("decision").asText(),
                    n.hasNonNull("comment") ? n.get("comment").asText() : null, n.get("version").asInt(),
                    new Actor(n.get("by").asText(), n.hasNonNull("byEmail") ? n.get("byEmail").asText() : null),
                    Instant.parse(n.get("at").asText()))));
        }
        return reviews;
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a visit could not be written as JSON", e);
        }
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text == null ? "[]" : text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored visit is not valid JSON", e);
        }
    }
}
