package lv.praise.adapter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lv.praise.domain.Participant;
import lv.praise.domain.ParticipantStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

public final class DynamoParticipantStore implements ParticipantStore {
    /** Parallel writes of {@link #freezeCounts}: a campaign's few thousand participants in a few seconds. */
    static final int FREEZE_WRITERS = 16;
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoParticipantStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<Participant> find(int campaignYear, String id) {
        var response = dynamo.getItem(r -> r.tableName(table).key(Keys.participant(campaignYear, id)));
        return response.hasItem() ? Optional.of(ParticipantItems.fromItem(response.item())) : Optional.empty();
    }

    @Override
    public List<Participant> all(int campaignYear) {
        List<Participant> all = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(Keys.campaignPartition(campaignYear)),
                                ":prefix", AttributeValue.fromS(Keys.PARTICIPANT_PREFIX))))
                .items().forEach(item -> all.add(ParticipantItems.fromItem(item)));
        return all;
    }

    @Override
    public boolean create(Participant participant) {
        Map<String, AttributeValue> item = new HashMap<>(ParticipantItems.profile(participant));
        item.put(ParticipantItems.CONFIRMED_COUNT, Attributes.number(0));
        try {
            dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"));
            return true;
        } catch (software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Upserts the profile; the praise counter is left as it is. */
    @Override
    public void save(Participant participant) {
        Map<String, AttributeValue> profile = ParticipantItems.profile(participant);
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> assignments = new ArrayList<>();
        int i = 0;
        for (var entry : profile.entrySet()) {
            if (entry.getKey().equals(Keys.PK) || entry.getKey().equals(Keys.SK)) {
                continue;
            }
            names.put("#a" + i, entry.getKey());
            values.put(":v" + i, entry.getValue());
            assignments.add("#a" + i + " = :v" + i);
            i++;
        }
        if (participant.contactEmail() == null) {
            names.put("#mail", "contactEmail");
        }
        String update = "SET " + String.join(", ", assignments)
                + (participant.contactEmail() == null ? " REMOVE #mail" : "");
        // Confirmations hold the participant's item for a moment: an edit waits for it rather than failing.
        Transactions.single(() -> dynamo.updateItem(r -> r.tableName(table)
                .key(Keys.participant(participant.campaignYear(), participant.id()))
                .updateExpression(update)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)));
    }

    /**
     * One conditional UpdateItem per participant ({@code SET frozenAt} if absent), {@link #FREEZE_WRITERS}
     * at a time: a few thousand writes once per campaign. A participant item held by a confirmation in
     * flight is written after it (that confirmation is then counted); one confirming later is refused.
     */
    @Override
    public void freezeCounts(int campaignYear, Instant at) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .projectionExpression("#pk, #sk")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(Keys.campaignPartition(campaignYear)),
                                ":prefix", AttributeValue.fromS(Keys.PARTICIPANT_PREFIX))))
                .items().forEach(keys::add);
        ExecutorService pool = Executors.newFixedThreadPool(FREEZE_WRITERS, task -> {
            Thread thread = new Thread(task, "freeze-counts");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletableFuture.allOf(keys.stream().map(key -> CompletableFuture.runAsync(() -> Transactions.single(() ->
                    dynamo.updateItem(r -> r.tableName(table)
                            .key(key)
                            .updateExpression("SET #frozen = if_not_exists(#frozen, :at)")
                            .conditionExpression("attribute_exists(PK)")
                            .expressionAttributeNames(Map.of("#frozen", ParticipantItems.FROZEN_AT))
                            .expressionAttributeValues(Map.of(":at", AttributeValue.fromS(at.toString()))))), pool))
                    .toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            pool.shutdownNow();
        }
    }
}
