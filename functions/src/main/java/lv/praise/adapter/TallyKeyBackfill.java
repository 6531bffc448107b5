package lv.praise.adapter;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import lv.praise.domain.PraiseStatus;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The one-off back-fill of index ByTally's key on a deployed table (docs/data-model.md, "Deploying the
 * indexes"): praise confirmed before the index existed has no {@code tallyKey}, so the recalculation would
 * not see it. This sets the key on every confirmed praise of one campaign that lacks it, and on nothing else.
 *
 * <ul>
 *   <li><b>Idempotent</b>: the Scan's filter skips praise that has its key, and each write is conditional on
 *       the praise being confirmed and still without one ({@code attribute_not_exists}); run it twice, and the
 *       second run writes nothing.</li>
 *   <li><b>Resumable</b>: it works a number of Scan pages at a time and returns where to go on
 *       ({@link Progress#resumeToken()}); a run stopped anywhere is continued from its last token, or simply
 *       started again (it then only reads again what it had done).</li>
 *   <li><b>Safe beside live traffic</b>: a confirmation sets the key itself; a praise being confirmed or
 *       decided on in a transaction at that moment is written again after a back-off
 *       ({@link Transactions#single}), and a lost race (the key already there) is counted, not an error.</li>
 * </ul>
 *
 * Cost: one read of the whole table (once), and one write of each praise that lacked the key.
 */
public final class TallyKeyBackfill {
    /**
     * What one call did.
     *
     * @param scanned      items the Scan read (the whole table, over all calls)
     * @param updated      praise given its key by this call
     * @param alreadySet   praise found without a key whose key was set meanwhile (by a confirmation or another run)
     * @param resumeToken  where the next call goes on; null when the table has been read to its end
     */
    public record Progress(long scanned, long updated, long alreadySet, String resumeToken) {
        public boolean done() {
            return resumeToken == null;
        }
    }

    private final DynamoDbClient dynamo;
    private final String table;

    public TallyKeyBackfill(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /**
     * Works through up to {@code pages} Scan pages, starting at {@code resumeToken} (null: the table's start).
     *
     * @throws IllegalArgumentException when the token is not one this class returned
     */
    public Progress run(int campaignYear, String resumeToken, int pages) {
        return run(campaignYear, resumeToken, pages, 0);
    }

    /** As {@link #run(int, String, int)}, with pages of at most {@code itemsPerPage} items read (0: DynamoDB's 1 MB). */
    public Progress run(int campaignYear, String resumeToken, int pages, int itemsPerPage) {
        if (pages < 1 || itemsPerPage < 0) {
            throw new IllegalArgumentException("pages must be at least 1, items per page at least 0");
        }
        Map<String, AttributeValue> start = resumeToken == null ? null : decode(resumeToken);
        long scanned = 0;
        long updated = 0;
        long alreadySet = 0;
        for (int page = 0; page < pages; page++) {
            Map<String, AttributeValue> from = start;
            ScanResponse response = dynamo.scan(r -> r.tableName(table)
                    .exclusiveStartKey(from)
                    .limit(itemsPerPage == 0 ? null : itemsPerPage)
                    .projectionExpression("#pk, #sk")
                    .filterExpression("#type = :praise AND #year = :year AND #status = :confirmed"
                            + " AND attribute_not_exists(#tally)")
                    .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK, "#type", "type",
                            "#year", "campaignYear", "#status", PraiseItems.STATUS, "#tally", PraiseItems.TALLY_KEY))
                    .expressionAttributeValues(Map.of(":praise", AttributeValue.fromS("PRAISE"),
                            ":year", Attributes.number(campaignYear),
                            ":confirmed", AttributeValue.fromS(PraiseStatus.CONFIRMED.name()))));
            scanned += response.scannedCount() == null ? 0 : response.scannedCount();
            for (Map<String, AttributeValue> item : response.items()) {
                if (setKey(campaignYear, item)) {
                    updated++;
                } else {
                    alreadySet++;
                }
            }
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
            if (start == null) {
                break;
            }
        }
        return new Progress(scanned, updated, alreadySet, start == null ? null : encode(start));
    }

    /** Sets the key of one confirmed praise; false when it had one by the time of the write. */
    private boolean setKey(int campaignYear, Map<String, AttributeValue> item) {
        // The praise's id is its key's (Keys.praise), whatever else an old item holds.
        String id = item.get(Keys.PK).s().substring(Keys.PRAISE_PREFIX.length());
        try {
            return Transactions.single(() -> {
                dynamo.updateItem(r -> r.tableName(table)
                        .key(Map.of(Keys.PK, item.get(Keys.PK), Keys.SK, item.get(Keys.SK)))
                        .updateExpression("SET #tally = :tally")
                        .conditionExpression("#status = :confirmed AND attribute_not_exists(#tally)")
                        .expressionAttributeNames(Map.of("#tally", PraiseItems.TALLY_KEY, "#status", PraiseItems.STATUS))
                        .expressionAttributeValues(Map.of(":tally", AttributeValue.fromS(Keys.tallyKey(campaignYear, id)),
                                ":confirmed", AttributeValue.fromS(PraiseStatus.CONFIRMED.name()))));
                return true;
            });
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** The table's key (PK and SK, both strings) as one opaque token: base64url of {@code PK \n SK}. */
    private static String encode(Map<String, AttributeValue> key) {
        String text = key.get(Keys.PK).s() + "\n" + key.get(Keys.SK).s();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, AttributeValue> decode(String token) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a resume token of this back-fill: " + token, e);
        }
        int cut = text.indexOf('\n');
        if (cut <= 0 || cut == text.length() - 1 || text.indexOf('\n', cut + 1) >= 0) {
            throw new IllegalArgumentException("not a resume token of this back-fill: " + token);
        }
        return Map.of(Keys.PK, AttributeValue.fromS(text.substring(0, cut)),
                Keys.SK, AttributeValue.fromS(text.substring(cut + 1)));
    }
}
