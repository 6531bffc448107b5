package lv.praise.local.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * The campaign's raw praise items and praiser slots, read by a strongly consistent Scan of the whole
 * table: the ground truth that the counters and the public counts are compared with.
 *
 * @param confirmedIds      praise with status CONFIRMED
 * @param unconfirmed       praise still waiting for its link (status PENDING)
 * @param counted           per participant, confirmed praise not rejected by moderation (docs/scoring.md §1)
 * @param moderation        confirmed praise per review state (PENDING, APPROVED, REJECTED, or "none")
 * @param praiserSlots      the one-per-person-per-participant slots, one per confirmed praise
 */
record ScannedPraise(Set<String> confirmedIds, long unconfirmed, Map<String, Long> counted,
                   Map<String, Long> moderation, long praiserSlots) {

    static ScannedPraise scan(DynamoDbClient dynamo, String table, int year) {
        Set<String> confirmed = new HashSet<>();
        long unconfirmed = 0;
        Map<String, Long> counted = new HashMap<>();
        Map<String, Long> moderation = new HashMap<>();
        long slots = 0;
        String slotPrefix = "PRAISER#" + year + "#";
        ScanRequest request = ScanRequest.builder().tableName(table).consistentRead(true)
                .projectionExpression("PK, #type, campaignYear, participantId, #status, moderation, id")
                .expressionAttributeNames(Map.of("#type", "type", "#status", "status")).build();
        for (var page : dynamo.scanPaginator(request)) {
            for (Map<String, AttributeValue> item : page.items()) {
                String pk = text(item, "PK");
                if (pk.startsWith(slotPrefix)) {
                    slots++;
                    continue;
                }
                if (!"PRAISE".equals(text(item, "type")) || !Integer.toString(year).equals(number(item, "campaignYear"))) {
                    continue;
                }
                String status = text(item, "status");
                if ("PENDING".equals(status)) {
                    unconfirmed++;
                } else if ("CONFIRMED".equals(status)) {
                    confirmed.add(text(item, "id"));
                    String review = item.containsKey("moderation") ? text(item, "moderation") : "none";
                    moderation.merge(review, 1L, Long::sum);
                    if (!"REJECTED".equals(review)) {
                        counted.merge(text(item, "participantId"), 1L, Long::sum);
                    }
                } else {
                    throw new IllegalStateException("a praise item with status '" + status + "': " + pk);
                }
            }
        }
        return new ScannedPraise(Set.copyOf(confirmed), unconfirmed, Map.copyOf(counted), Map.copyOf(moderation), slots);
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.s() == null ? "" : value.s();
    }

    private static String number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? "" : value.n();
    }
}
