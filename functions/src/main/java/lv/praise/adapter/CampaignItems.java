package lv.praise.adapter;

import lv.praise.domain.Actor;
import static lv.praise.adapter.Attributes.decimal;
import static lv.praise.adapter.Attributes.instant;
import static lv.praise.adapter.Attributes.number;
import static lv.praise.adapter.Attributes.string;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Campaign;
import lv.praise.domain.Label;
import lv.praise.domain.Term;
import lv.praise.domain.scoring.ScoringRules;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A campaign as a table item and back. */
final class CampaignItems {
    private CampaignItems() {
    }

    static Map<String, AttributeValue> toItem(Campaign c) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.campaign(c.year()));
        item.put("type", AttributeValue.fromS("CAMPAIGN"));
        item.put("year", Attributes.number(c.year()));
        item.put("timeZone", AttributeValue.fromS(c.timeZone().getId()));
        item.put("praiseOpensAt", AttributeValue.fromS(c.praiseOpensAt().toString()));
        item.put("praiseClosesAt", AttributeValue.fromS(c.praiseClosesAt().toString()));
        item.put("awardsAt", AttributeValue.fromS(c.awardsAt().toString()));
        item.put("categories", terms(c.categories()));
        item.put("industries", terms(c.industries()));
        item.put("aspects", terms(c.aspects()));
        item.put("sizeClasses", terms(c.sizeClasses()));
        item.put("topN", Attributes.number(c.topN()));
        item.put("qualityMarkThreshold", AttributeValue.fromN(Double.toString(c.qualityMarkThreshold())));
        item.put("qualityMarkTitleTemplate", AttributeValue.fromS(c.qualityMarkTitleTemplate()));
        item.put("formulaVersion", AttributeValue.fromS(c.formulaVersion()));
        item.put("minimumPraise", Attributes.number(c.minimumPraise()));
        item.put("insightShowsScore", AttributeValue.fromBool(c.insightShowsScore()));
        item.put("insightSharesNotes", AttributeValue.fromBool(c.insightSharesNotes()));
        if (c.closedEarlyAt() != null) {
            item.put("closedEarlyAt", AttributeValue.fromS(c.closedEarlyAt().toString()));
        }
        if (c.publishedAt() != null) {
            item.put("publishedAt", AttributeValue.fromS(c.publishedAt().toString()));
        }
        Attributes.putActor(item, "closedEarlyBy", c.closedEarlyBy());
        Attributes.putActor(item, "publishedBy", c.publishedBy());
        return item;
    }

    static Campaign fromItem(Map<String, AttributeValue> item) {
        return new Campaign(
                (int) number(item, "year"),
                ZoneId.of(string(item, "timeZone")),
                instant(item, "praiseOpensAt"),
                instant(item, "praiseClosesAt"),
                instant(item, "awardsAt"),
                terms(item.get("categories")),
                terms(item.get("industries")),
                terms(item.get("aspects")),
                terms(item.get("sizeClasses")),
                (int) number(item, "topN"),
                decimal(item, "qualityMarkThreshold"),
                string(item, "qualityMarkTitleTemplate"),
                instant(item, "closedEarlyAt"),
                instant(item, "publishedAt"),
                Attributes.actor(item, "closedEarlyBy"),
                Attributes.actor(item, "publishedBy"),
                // A campaign stored before the setting existed was scored by the first formula, and stays so.
                item.containsKey("formulaVersion") ? string(item, "formulaVersion") : ScoringRules.FORMULA_2027_1,
                item.containsKey("minimumPraise") ? (int) number(item, "minimumPraise")
                        : ScoringRules.DEFAULT_MINIMUM_PRAISE,
                // Stored before issue 18's settings: their defaults (components shown, notes not shared).
                !item.containsKey("insightShowsScore") || Boolean.TRUE.equals(item.get("insightShowsScore").bool()),
                item.containsKey("insightSharesNotes") && Boolean.TRUE.equals(item.get("insightSharesNotes").bool()));
    }

    private static AttributeValue terms(List<Term> terms) {
        return AttributeValue.fromL(terms.stream().map(t -> AttributeValue.fromM(Map.of(
                "code", AttributeValue.fromS(t.code()),
                "lv", AttributeValue.fromS(t.name().lv()),
                "en", AttributeValue.fromS(t.name().en()),
                "et", AttributeValue.fromS(t.name().et())))).toList());
    }

    private static List<Term> terms(AttributeValue list) {
        return list.l().stream().map(AttributeValue::m).map(m -> new Term(m.get("code").s(),
                new Label(m.get("lv").s(), m.get("en").s(), m.get("et").s()))).toList();
    }
}
