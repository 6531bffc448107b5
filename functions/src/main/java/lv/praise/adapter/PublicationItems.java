package lv.praise.adapter;

import lv.praise.domain.Actor;
import static lv.praise.adapter.Attributes.exact;
import static lv.praise.adapter.Attributes.instant;
import static lv.praise.adapter.Attributes.number;
import static lv.praise.adapter.Attributes.optionalInt;
import static lv.praise.adapter.Attributes.putString;
import static lv.praise.adapter.Attributes.string;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.awards.Publication;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The results record as one table item and back. Decimals are kept as strings, so a total published
 * as 80.00 reads back as 80.00 and the record stays byte-for-byte what was published.
 */
final class PublicationItems {
    private PublicationItems() {
    }

    static Map<String, AttributeValue> toItem(Publication p) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.results(p.campaignYear()));
        item.put("type", AttributeValue.fromS("RESULTS"));
        item.put("campaignYear", Attributes.number(p.campaignYear()));
        item.put("publishedAt", AttributeValue.fromS(p.publishedAt().toString()));
        Attributes.putActor(item, "publishedBy", p.publishedBy());
        item.put("issuedOn", AttributeValue.fromS(p.issuedOn().toString()));
        item.put("qualityMarkTitle", AttributeValue.fromS(p.qualityMarkTitle()));
        item.put("formulaVersion", AttributeValue.fromS(p.formulaVersion()));
        item.put("topN", Attributes.number(p.topN()));
        item.put("threshold", AttributeValue.fromS(p.threshold().toPlainString()));
        item.put("inputDigest", AttributeValue.fromS(p.inputDigest()));
        if (p.minimumPraise() != null) {
            item.put("minimumPraise", Attributes.number(p.minimumPraise()));
        }
        Publication.InputCounts c = p.counts();
        Map<String, AttributeValue> counts = new HashMap<>(Map.of(
                "participants", Attributes.number(c.participants()),
                "eligible", Attributes.number(c.eligible()),
                "countedPraise", Attributes.number(c.countedPraise()),
                "ignoredUnconfirmed", Attributes.number(c.ignoredUnconfirmed()),
                "ignoredRejected", Attributes.number(c.ignoredRejected()),
                "evaluations", Attributes.number(c.evaluations())));
        putNumber(counts, "notEvaluated", c.notEvaluated());
        putNumber(counts, "tooFewPraise", c.tooFewPraise());
        putNumber(counts, "belowThreshold", c.belowThreshold());
        item.put("counts", AttributeValue.fromM(counts));
        item.put("top", AttributeValue.fromL(p.top().stream().map(PublicationItems::place).toList()));
        item.put("categoryWinners", AttributeValue.fromL(p.categoryWinners().stream().map(w -> AttributeValue.fromM(Map.of(
                "category", AttributeValue.fromS(w.category()),
                "rank", Attributes.number(w.rank()),
                "participantId", AttributeValue.fromS(w.participantId()),
                "name", AttributeValue.fromS(w.name()),
                "total", AttributeValue.fromS(w.total().toPlainString())))).toList()));
        item.put("distribution", AttributeValue.fromL(p.distribution().stream().map(b -> {
            Map<String, AttributeValue> m = new HashMap<>(Map.of(
                    "from", Attributes.number(b.from()),
                    "to", Attributes.number(b.to()),
                    "count", Attributes.number(b.count())));
            putNumber(m, "eligible", b.eligible());
            return AttributeValue.fromM(m);
        }).toList()));
        return item;
    }

    private static AttributeValue place(Publication.Place p) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("rank", Attributes.number(p.rank()));
        m.put("participantId", AttributeValue.fromS(p.participantId()));
        m.put("name", AttributeValue.fromS(p.name()));
        putString(m, "category", p.category());
        putString(m, "industry", p.industry());
        putString(m, "sizeClass", p.sizeClass());
        m.put("total", AttributeValue.fromS(p.total().toPlainString()));
        m.put("confirmedPraiseCount", Attributes.number(p.confirmedPraiseCount()));
        if (p.rankInCategory() != null) {
            m.put("rankInCategory", Attributes.number(p.rankInCategory()));
        }
        if (p.rankInCategoryAndSize() != null) {
            m.put("rankInCategoryAndSize", Attributes.number(p.rankInCategoryAndSize()));
        }
        m.put("certificateCode", AttributeValue.fromS(p.certificateCode()));
        return AttributeValue.fromM(m);
    }

    static Publication fromItem(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> c = item.get("counts").m();
        return new Publication(
                (int) number(item, "campaignYear"),
                instant(item, "publishedAt"),
                Attributes.actor(item, "publishedBy"),
                LocalDate.parse(string(item, "issuedOn")),
                string(item, "qualityMarkTitle"),
                string(item, "formulaVersion"),
                (int) number(item, "topN"),
                exact(item, "threshold"),
                string(item, "inputDigest"),
                new Publication.InputCounts((int) number(c, "participants"), (int) number(c, "eligible"),
                        number(c, "countedPraise"), number(c, "ignoredUnconfirmed"), number(c, "ignoredRejected"),
                        (int) number(c, "evaluations"), optionalInt(c, "notEvaluated"), optionalInt(c, "tooFewPraise"),
                        optionalInt(c, "belowThreshold")),
                list(item, "top").stream().map(m -> new Publication.Place((int) number(m, "rank"),
                        string(m, "participantId"), string(m, "name"), string(m, "category"), string(m, "industry"),
                        string(m, "sizeClass"), exact(m, "total"), number(m, "confirmedPraiseCount"),
                        optionalInt(m, "rankInCategory"), optionalInt(m, "rankInCategoryAndSize"),
                        string(m, "certificateCode"))).toList(),
                list(item, "categoryWinners").stream().map(m -> new Publication.CategoryWinner(string(m, "category"),
                        (int) number(m, "rank"), string(m, "participantId"), string(m, "name"), exact(m, "total")))
                        .toList(),
                list(item, "distribution").stream().map(m -> new Publication.ScoreBin((int) number(m, "from"),
                        (int) number(m, "to"), (int) number(m, "count"), optionalInt(m, "eligible"))).toList(),
                optionalInt(item, "minimumPraise"));
    }

    /** Figures a record published before they were counted lacks: absent, not 0. */
    private static void putNumber(Map<String, AttributeValue> m, String name, Integer value) {
        if (value != null) {
            m.put(name, Attributes.number(value));
        }
    }

    private static List<Map<String, AttributeValue>> list(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || !value.hasL() ? List.of() : value.l().stream().map(AttributeValue::m).toList();
    }
}
