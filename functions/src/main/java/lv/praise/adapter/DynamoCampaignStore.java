package lv.praise.adapter;

import lv.praise.domain.Actor;
import java.time.Instant;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
import java.util.OptionalInt;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

public final class DynamoCampaignStore implements CampaignStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoCampaignStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<Campaign> find(int year) {
        var response = dynamo.getItem(r -> r.tableName(table).key(Keys.campaign(year)).consistentRead(true));
        return response.hasItem() ? Optional.of(CampaignItems.fromItem(response.item())) : Optional.empty();
    }

    @Override
    public void save(Campaign campaign) {
        dynamo.putItem(r -> r.tableName(table).item(CampaignItems.toItem(campaign)));
    }

    @Override
    public OptionalInt currentYear() {
        var response = dynamo.getItem(r -> r.tableName(table).key(Keys.currentCampaign()).consistentRead(true));
        return response.hasItem() ? OptionalInt.of((int) Attributes.number(response.item(), "year")) : OptionalInt.empty();
    }

    @Override
    public Created create(Campaign next, int previousYear) {
        Map<String, AttributeValue> pointer = new HashMap<>(Keys.currentCampaign());
        pointer.put("type", AttributeValue.fromS("CURRENT_CAMPAIGN"));
        pointer.put("year", Attributes.number(next.year()));
        try {
            dynamo.transactWriteItems(r -> r.transactItems(
                    TransactWriteItem.builder().put(p -> p.tableName(table).item(CampaignItems.toItem(next))
                            .conditionExpression("attribute_not_exists(PK)")).build(),
                    // No pointer yet: the current campaign was the deployment's first year, previousYear.
                    TransactWriteItem.builder().put(p -> p.tableName(table).item(pointer)
                            .conditionExpression("attribute_not_exists(PK) OR #year = :previous")
                            .expressionAttributeNames(Map.of("#year", "year"))
                            .expressionAttributeValues(Map.of(":previous", Attributes.number(previousYear)))).build()));
            return Created.CREATED;
        } catch (TransactionCanceledException e) {
            var reasons = e.cancellationReasons();
            if (reasons.size() == 2 && "ConditionalCheckFailed".equals(reasons.get(0).code())) {
                return Created.YEAR_EXISTS;
            }
            if (reasons.size() == 2 && "ConditionalCheckFailed".equals(reasons.get(1).code())
                    && reasons.stream().map(CancellationReason::code).noneMatch(c -> c != null
                    && !c.equals("None") && !c.equals("ConditionalCheckFailed"))) {
                return Created.CURRENT_CHANGED;
            }
            throw e;
        }
    }

    @Override
    public boolean changeCalendar(Campaign campaign, Instant opensAt, Instant closesAt, Instant awardsAt) {
        storeIfAbsent(campaign);
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(Keys.campaign(campaign.year()))
                    .updateExpression("SET praiseOpensAt = :opens, praiseClosesAt = :closes, awardsAt = :awards")
                    .conditionExpression("attribute_exists(PK) AND attribute_not_exists(publishedAt)")
                    .expressionAttributeValues(Map.of(
                            ":opens", AttributeValue.fromS(opensAt.toString()),
                            ":closes", AttributeValue.fromS(closesAt.toString()),
                            ":awards", AttributeValue.fromS(awardsAt.toString()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public boolean changeInsightSettings(Campaign campaign, boolean showsScore, boolean sharesNotes) {
        storeIfAbsent(campaign);
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(Keys.campaign(campaign.year()))
                    .updateExpression("SET insightShowsScore = :score, insightSharesNotes = :notes")
                    .conditionExpression("attribute_exists(PK) AND attribute_not_exists(publishedAt)")
                    .expressionAttributeValues(Map.of(":score", AttributeValue.fromBool(showsScore),
                            ":notes", AttributeValue.fromBool(sharesNotes))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public boolean closeEarly(Campaign campaign, Instant at, Actor by) {
        return setOnce(campaign, "SET closedEarlyAt = :at, closedEarlyBy = :by, closedEarlyByEmail = :byEmail",
                "attribute_exists(PK) AND attribute_not_exists(closedEarlyAt) AND attribute_not_exists(publishedAt)",
                at, by);
    }

    @Override
    public boolean freeze(Campaign campaign, Instant at, Actor by) {
        return setOnce(campaign, "SET publishedAt = :at, publishedBy = :by, publishedByEmail = :byEmail",
                "attribute_exists(PK) AND attribute_not_exists(publishedAt)", at, by);
    }

    @Override
    public boolean restampClose(int year, Instant recorded, Instant later) {
        return restamp(year, "closedEarlyAt", recorded, later);
    }

    @Override
    public boolean restampFreeze(int year, Instant recorded, Instant later) {
        return restamp(year, "publishedAt", recorded, later);
    }

    private boolean restamp(int year, String attribute, Instant recorded, Instant later) {
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(Keys.campaign(year))
                    .updateExpression("SET #at = :later")
                    .conditionExpression("#at = :recorded")
                    .expressionAttributeNames(Map.of("#at", attribute))
                    .expressionAttributeValues(Map.of(
                            ":recorded", AttributeValue.fromS(recorded.toString()),
                            ":later", AttributeValue.fromS(later.toString()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private boolean setOnce(Campaign campaign, String update, String condition, Instant at, Actor by) {
        storeIfAbsent(campaign);
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(Keys.campaign(campaign.year()))
                    .updateExpression(update)
                    .conditionExpression(condition)
                    .expressionAttributeValues(Map.of(
                            ":at", AttributeValue.fromS(at.toString()),
                            ":by", AttributeValue.fromS(by.id()),
                            // Written even when unknown (NULL), so one expression serves both; read back as null.
                            ":byEmail", by.email() == null ? AttributeValue.fromNul(true) : AttributeValue.fromS(by.email()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** A year that runs on the defaults gets its item, so the record has somewhere to live. */
    private void storeIfAbsent(Campaign campaign) {
        try {
            dynamo.putItem(r -> r.tableName(table)
                    .item(CampaignItems.toItem(campaign))
                    .conditionExpression("attribute_not_exists(PK)"));
        } catch (ConditionalCheckFailedException stored) {
            // The usual case: the campaign is stored already.
        }
    }
}
