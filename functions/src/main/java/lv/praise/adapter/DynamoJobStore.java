package lv.praise.adapter;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import lv.praise.domain.Actor;
import lv.praise.domain.jobs.Job;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.JobState;
import lv.praise.domain.jobs.JobStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The job items, {@code CAMPAIGN#{year}} / {@code JOB#{KIND}}: one per campaign and kind, every write
 * conditional on the run it belongs to. Times are epoch milliseconds (numbers), so that the lease's
 * condition compares them as numbers.
 */
public final class DynamoJobStore implements JobStore {
    private static final String ACTIVE = "#state IN (:queued, :running)";
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoJobStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<Job> find(int campaignYear, JobKind kind) {
        var response = dynamo.getItem(r -> r.tableName(table).key(key(campaignYear, kind)).consistentRead(true));
        return response.hasItem() ? Optional.of(fromItem(campaignYear, kind, response.item())) : Optional.empty();
    }

    @Override
    public boolean start(Job job, Instant staleBefore) {
        Map<String, AttributeValue> item = new HashMap<>(key(job.campaignYear(), job.kind()));
        item.put("type", AttributeValue.fromS("job"));
        item.put("runId", AttributeValue.fromS(job.runId()));
        item.put("state", AttributeValue.fromS(job.state().name()));
        if (job.startedBy() != null) {
            // As every audit field: the immutable sub, with the e-mail beside it for reading only.
            item.put("startedBy", AttributeValue.fromS(job.startedBy().id()));
            Attributes.putString(item, "startedByEmail", job.startedBy().email());
        }
        item.put("startedAt", millis(job.startedAt()));
        item.put("updatedAt", millis(job.updatedAt()));
        item.put("attempts", Attributes.number(job.attempts()));
        item.put("step", AttributeValue.fromS(job.step()));
        item.put("done", Attributes.number(job.done()));
        item.put("total", Attributes.number(job.total()));
        try {
            dynamo.putItem(r -> r.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(PK) OR #state IN (:done, :failed) OR updatedAt < :stale")
                    .expressionAttributeNames(Map.of("#state", "state"))
                    .expressionAttributeValues(Map.of(
                            ":done", AttributeValue.fromS(JobState.DONE.name()),
                            ":failed", AttributeValue.fromS(JobState.FAILED.name()),
                            ":stale", millis(staleBefore))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public Optional<Job> claim(int campaignYear, JobKind kind, String runId, Instant now) {
        Map<String, AttributeValue> values = active(runId);
        values.put(":runningNow", AttributeValue.fromS(JobState.RUNNING.name()));
        values.put(":now", millis(now));
        values.put(":one", Attributes.number(1));
        try {
            var response = dynamo.updateItem(r -> r.tableName(table).key(key(campaignYear, kind))
                    .updateExpression("SET #state = :runningNow, updatedAt = :now ADD attempts :one")
                    .conditionExpression("runId = :run AND " + ACTIVE)
                    .expressionAttributeNames(Map.of("#state", "state"))
                    .expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_NEW));
            return Optional.of(fromItem(campaignYear, kind, response.attributes()));
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean progress(int campaignYear, JobKind kind, String runId, String step, int done, int total, Instant now) {
        Map<String, AttributeValue> values = active(runId);
        values.put(":step", AttributeValue.fromS(step));
        values.put(":done", Attributes.number(done));
        values.put(":total", Attributes.number(total));
        values.put(":now", millis(now));
        return update(campaignYear, kind, "SET step = :step, #done = :done, #total = :total, updatedAt = :now", values);
    }

    @Override
    public boolean failedAttempt(int campaignYear, JobKind kind, String runId, String error, Instant now) {
        Map<String, AttributeValue> values = active(runId);
        values.put(":error", AttributeValue.fromS(error));
        values.put(":now", millis(now));
        return update(campaignYear, kind, "SET #error = :error, updatedAt = :now", values);
    }

    @Override
    public boolean finish(int campaignYear, JobKind kind, String runId, JobState state, String error,
                          Map<String, String> result, Instant now) {
        Map<String, AttributeValue> values = active(runId);
        values.put(":final", AttributeValue.fromS(state.name()));
        values.put(":now", millis(now));
        Map<String, AttributeValue> resultMap = new LinkedHashMap<>();
        result.forEach((k, v) -> resultMap.put(k, AttributeValue.fromS(v)));
        values.put(":result", AttributeValue.fromM(resultMap));
        String set = "SET #state = :final, updatedAt = :now, #result = :result";
        if (error != null) {
            values.put(":error", AttributeValue.fromS(error));
            return update(campaignYear, kind, set + ", #error = :error", values);
        }
        return update(campaignYear, kind, set + " REMOVE #error", values);
    }

    private boolean update(int campaignYear, JobKind kind, String expression, Map<String, AttributeValue> values) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(key(campaignYear, kind))
                    .updateExpression(expression)
                    .conditionExpression("runId = :run AND " + ACTIVE)
                    .expressionAttributeNames(names(expression))
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** The reserved words among the job's attributes, as far as the expression names them. */
    private static Map<String, String> names(String expression) {
        Map<String, String> names = new HashMap<>();
        names.put("#state", "state");
        for (String word : new String[] {"done", "total", "error", "result"}) {
            if (expression.contains("#" + word)) {
                names.put("#" + word, word);
            }
        }
        return names;
    }

    private static Map<String, AttributeValue> active(String runId) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":run", AttributeValue.fromS(runId));
        values.put(":queued", AttributeValue.fromS(JobState.QUEUED.name()));
        values.put(":running", AttributeValue.fromS(JobState.RUNNING.name()));
        return values;
    }

    static Map<String, AttributeValue> key(int campaignYear, JobKind kind) {
        return Map.of(Keys.PK, AttributeValue.fromS(Keys.campaignPartition(campaignYear)),
                Keys.SK, AttributeValue.fromS("JOB#" + kind.name()));
    }

    private static AttributeValue millis(Instant instant) {
        return Attributes.number(instant.toEpochMilli());
    }

    private static Job fromItem(int campaignYear, JobKind kind, Map<String, AttributeValue> item) {
        Map<String, String> result = new LinkedHashMap<>();
        AttributeValue stored = item.get("result");
        if (stored != null && stored.hasM()) {
            stored.m().forEach((k, v) -> result.put(k, v.s()));
        }
        return new Job(campaignYear, kind, Attributes.string(item, "runId"),
                JobState.valueOf(Attributes.string(item, "state")), startedBy(item),
                Instant.ofEpochMilli(Attributes.number(item, "startedAt")),
                Instant.ofEpochMilli(Attributes.number(item, "updatedAt")),
                (int) Attributes.number(item, "attempts"), Attributes.string(item, "step"),
                (int) Attributes.number(item, "done"), (int) Attributes.number(item, "total"),
                Attributes.string(item, "error"), result);
    }

    private static Actor startedBy(Map<String, AttributeValue> item) {
        String id = Attributes.string(item, "startedBy");
        return id == null ? null : new Actor(id, Attributes.string(item, "startedByEmail"));
    }
}
