package lv.praise.adapter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import lv.praise.domain.visits.Criterion;
import lv.praise.domain.visits.CriterionResultStore;
import lv.praise.domain.visits.CriterionResults;
import lv.praise.domain.visits.Questionnaire;
import lv.praise.domain.visits.QuestionnaireStore;
import lv.praise.domain.visits.SubmissionVersion;
import lv.praise.domain.visits.Visit;
import lv.praise.domain.visits.VisitStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Visits, their kept submissions, the questionnaire versions and the per-criterion results, all in the campaign's
 * partition (docs/data-model.md, "Visits"). Every move of a visit is one transaction conditional on the visit's
 * state as read and on its participant not being frozen for publication; a submission also freezes the
 * questionnaire version it was scored on, conditional on that version being unchanged.
 */
public final class DynamoVisitStore implements VisitStore, QuestionnaireStore, CriterionResultStore {
    static final int CHUNK = 25;

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    public DynamoVisitStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    // --- questionnaire -------------------------------------------------------------------------------------

    @Override
    public Questionnaire current(int year) {
        var items = dynamo.query(r -> r.tableName(table).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.campaignPartition(year)),
                        ":prefix", AttributeValue.fromS(Keys.QUESTIONNAIRE_PREFIX)))
                .scanIndexForward(false).limit(1)).items();
        return items.isEmpty() ? Questionnaire.defaults(year) : questionnaire(year, items.get(0));
    }

    @Override
    public Optional<Questionnaire> version(int year, int version) {
        var item = dynamo.getItem(r -> r.tableName(table).consistentRead(true).key(Keys.questionnaire(year, version))).item();
        if (item == null || item.isEmpty()) {
            return version == 1 ? Optional.of(Questionnaire.defaults(year)) : Optional.empty();
        }
        return Optional.of(questionnaire(year, item));
    }

    @Override
    public Questionnaire save(Questionnaire current, List<Criterion> criteria) {
        int year = current.year();
        String revision = UUID.randomUUID().toString();
        int version;
        String condition;
        Map<String, AttributeValue> values = new HashMap<>();
        if (current.revision() == null) {
            // The unstored defaults: store version 1 as given, unless a submission or a save stored it meanwhile.
            version = current.version();
            condition = "attribute_not_exists(PK)";
        } else if (!current.frozen()) {
            version = current.version();
            condition = "revision = :rev AND attribute_not_exists(frozenAt)";
            values.put(":rev", AttributeValue.fromS(current.revision()));
        } else {
            version = current.version() + 1;
            condition = "attribute_not_exists(PK)";
        }
        Map<String, AttributeValue> item = questionnaireItem(year, version, criteria, revision);
        try {
            dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression(condition)
                    .expressionAttributeValues(values.isEmpty() ? null : values));
        } catch (ConditionalCheckFailedException e) {
            throw new Moved("questionnaire version " + version + " changed while it was saved");
        }
        return new Questionnaire(year, version, false, criteria, revision);
    }

    private Map<String, AttributeValue> questionnaireItem(int year, int version, List<Criterion> criteria, String revision) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.questionnaire(year, version));
        item.put("type", AttributeValue.fromS("QUESTIONNAIRE"));
        item.put("version", Attributes.number(version));
        item.put("criteria", AttributeValue.fromS(VisitItems.criteria(criteria)));
        item.put("revision", AttributeValue.fromS(revision));
        item.put("savedAt", AttributeValue.fromS(clock.instant().toString()));
        return item;
    }

    private static Questionnaire questionnaire(int year, Map<String, AttributeValue> item) {
        return new Questionnaire(year, (int) Attributes.number(item, "version"), item.containsKey("frozenAt"),
                VisitItems.criteria(Attributes.string(item, "criteria")), Attributes.string(item, "revision"));
    }

    // --- visits --------------------------------------------------------------------------------------------

    /** Visits per transaction: each is 3 items (its plan key, the visit, its reference), at most 100 a transaction. */
    static final int PLAN_CHUNK = 33;

    /**
     * Transactions of up to 33 visits, each visit with its plan key item ({@code VISITKEY#}, conditional on not
     * existing) and its reference item: a visit whose key is taken – planned before, by a double click or by a
     * plan sent again after a failure half-way – is left out of its chunk, which is sent again without it. Not
     * one transaction for the whole plan (2 000 visits are 6 000 items), so a failure half-way leaves some
     * planned: the answer is a 500, and sending the same plan again plans the rest and nothing twice.
     */
    @Override
    public Map<String, String> plan(Collection<Visit> visits) {
        Map<String, String> taken = new HashMap<>();
        List<Visit> all = new ArrayList<>(visits);
        for (int from = 0; from < all.size(); from += PLAN_CHUNK) {
            List<Visit> chunk = new ArrayList<>(all.subList(from, Math.min(from + PLAN_CHUNK, all.size())));
            while (!chunk.isEmpty()) {
                List<TransactWriteItem> items = new ArrayList<>();
                for (Visit v : chunk) {
                    Map<String, AttributeValue> key = new HashMap<>(Keys.visitKey(v.year(), v.planKey()));
                    key.put("type", AttributeValue.fromS("VISITKEY"));
                    key.put("visitId", AttributeValue.fromS(v.id()));
                    items.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(key)
                            .conditionExpression("attribute_not_exists(PK)")
                            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build());
                    items.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(VisitItems.visit(v))
                            .conditionExpression("attribute_not_exists(PK)")).build());
                    Map<String, AttributeValue> ref = new HashMap<>(Keys.visitRef(v.year(), v.id()));
                    ref.put("type", AttributeValue.fromS("VISITREF"));
                    ref.put("evaluator", AttributeValue.fromS(v.evaluator()));
                    items.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(ref)
                            .conditionExpression("attribute_not_exists(PK)")).build());
                }
                try {
                    Transactions.write(dynamo, items);
                    chunk.clear();
                } catch (TransactionCanceledException e) {
                    List<Visit> rest = new ArrayList<>();
                    for (int i = 0; i < chunk.size(); i++) {
                        if (Transactions.conditionFailed(e, 3 * i)) {
                            var reason = e.cancellationReasons().get(3 * i);
                            String earlier = reason.hasItem() && reason.item().containsKey("visitId")
                                    ? Attributes.string(reason.item(), "visitId") : null;
                            if (earlier == null) {
                                throw new IllegalStateException("a visit's plan key was taken but not returned", e);
                            }
                            taken.put(chunk.get(i).id(), earlier);
                        } else if (Transactions.conditionFailed(e, 3 * i + 1) || Transactions.conditionFailed(e, 3 * i + 2)) {
                            throw new IllegalStateException("a fresh visit id exists already: " + chunk.get(i).id(), e);
                        } else {
                            rest.add(chunk.get(i));
                        }
                    }
                    if (rest.size() == chunk.size()) {
                        throw e;
                    }
                    chunk = rest;
                }
            }
        }
        return taken;
    }

    /** The visit, its reference and its plan key, while it is planned and never submitted and not frozen. */
    @Override
    public void cancel(Visit planned) {
        // The participant's check at index 2, where write() looks for it.
        write(List.of(
                TransactWriteItem.builder().delete(d -> d.tableName(table)
                        .key(Keys.visit(planned.year(), planned.evaluator(), planned.id()))
                        .conditionExpression("#status = :planned AND versions = :none")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(":planned", AttributeValue.fromS("planned"),
                                ":none", Attributes.number(0)))).build(),
                TransactWriteItem.builder().delete(d -> d.tableName(table)
                        .key(Keys.visitRef(planned.year(), planned.id()))).build(),
                notFrozen(planned),
                // A visit planned before plan keys existed has none: deleting nothing is fine.
                TransactWriteItem.builder().delete(d -> d.tableName(table)
                        .key(Keys.visitKey(planned.year(), planned.planKey()))
                        .conditionExpression("attribute_not_exists(PK) OR visitId = :id")
                        .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(planned.id())))).build()));
    }

    @Override
    public Optional<Visit> find(int year, String evaluator, String id) {
        var item = dynamo.getItem(r -> r.tableName(table).consistentRead(true).key(Keys.visit(year, evaluator, id))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(VisitItems.visit(item));
    }

    @Override
    public Optional<Visit> find(int year, String id) {
        var ref = dynamo.getItem(r -> r.tableName(table).consistentRead(true).key(Keys.visitRef(year, id))).item();
        if (ref == null || ref.isEmpty()) {
            return Optional.empty();
        }
        return find(year, Attributes.string(ref, "evaluator"), id);
    }

    @Override
    public List<Visit> all(int year) {
        return query(year, Keys.VISIT_PREFIX);
    }

    @Override
    public List<Visit> ofEvaluator(int year, String evaluator) {
        return query(year, Keys.visitsOf(evaluator));
    }

    private List<Visit> query(int year, String prefix) {
        List<Visit> found = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.campaignPartition(year)),
                                ":prefix", AttributeValue.fromS(prefix))))
                .items().forEach(item -> found.add(VisitItems.visit(item)));
        return found;
    }

    @Override
    public void submit(Visit before, Visit after, Questionnaire questionnaire) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(moveVisit(before, after));
        items.add(TransactWriteItem.builder().put(p -> p.tableName(table)
                .item(VisitItems.version(after.year(), after.id(), after.latest()))
                .conditionExpression("attribute_not_exists(PK)")).build());
        items.add(notFrozen(after));
        if (before.questionnaireVersion() == null) {
            items.add(freeze(questionnaire));
        }
        write(items);
    }

    @Override
    public void review(Visit before, Visit after) {
        write(List.of(moveVisit(before, after), notFrozen(after)));
    }

    @Override
    public List<SubmissionVersion> versions(int year, String id) {
        List<SubmissionVersion> found = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.campaignPartition(year)),
                                ":prefix", AttributeValue.fromS(Keys.VISIT_VERSION_PREFIX + id + "#"))))
                .items().forEach(item -> found.add(VisitItems.version(item)));
        return found;
    }

    /** The whole visit item rewritten, only while it is still in the state (and version) the move started from. */
    private TransactWriteItem moveVisit(Visit before, Visit after) {
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(VisitItems.visit(after))
                .conditionExpression("#status = :status AND versions = :versions")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":status", AttributeValue.fromS(before.status().code()),
                        ":versions", Attributes.number(before.versions())))).build();
    }

    /** The participant exists and is not frozen for publication (nothing changes after it). */
    private TransactWriteItem notFrozen(Visit visit) {
        return TransactWriteItem.builder().conditionCheck(c -> c.tableName(table)
                .key(Keys.participant(visit.year(), visit.participantId()))
                .conditionExpression("attribute_exists(PK) AND attribute_not_exists(frozenAt)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
    }

    /**
     * Freezes the version scored on: written whole when it is the unstored default (unless stored meanwhile),
     * else marked frozen while its revision is the one read (a save replacing it meanwhile moves the visit's
     * scoring back to a fresh read).
     */
    private TransactWriteItem freeze(Questionnaire q) {
        String now = clock.instant().toString();
        if (q.revision() == null) {
            Map<String, AttributeValue> item = questionnaireItem(q.year(), q.version(), q.criteria(), UUID.randomUUID().toString());
            item.put("frozenAt", AttributeValue.fromS(now));
            return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(PK)")).build();
        }
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.questionnaire(q.year(), q.version()))
                .updateExpression("SET frozenAt = if_not_exists(frozenAt, :now)")
                .conditionExpression("revision = :rev")
                .expressionAttributeValues(Map.of(":now", AttributeValue.fromS(now),
                        ":rev", AttributeValue.fromS(q.revision())))).build();
    }

    /** Index 2 is always the participant's check: a failure there on an existing item means frozen. */
    private void write(List<TransactWriteItem> items) {
        try {
            Transactions.write(dynamo, items);
        } catch (TransactionCanceledException e) {
            if (Transactions.conditionFailed(e, items.size() == 2 ? 1 : 2)) {
                int at = items.size() == 2 ? 1 : 2;
                if (Transactions.failedOnExistingItem(e, at)) {
                    throw new Frozen("the participant is frozen for publication");
                }
                throw new IllegalStateException("the visit's participant is missing");
            }
            for (int i = 0; i < items.size(); i++) {
                if (Transactions.conditionFailed(e, i)) {
                    throw new Moved("the visit or its questionnaire changed meanwhile");
                }
            }
            throw e;
        }
    }

    // --- per-criterion results -----------------------------------------------------------------------------

    @Override
    public void keep(int year, Map<String, CriterionResults> results) {
        Map<String, CriterionResults> stored = results(year);
        List<WriteRequest> requests = new ArrayList<>();
        results.forEach((participantId, r) -> {
            Map<String, AttributeValue> item = new HashMap<>(Keys.criterionResults(year, participantId));
            item.put("type", AttributeValue.fromS("CRITERIA"));
            item.put("participantId", AttributeValue.fromS(participantId));
            item.put("results", AttributeValue.fromS(VisitItems.criterionResults(r)));
            requests.add(put(item));
        });
        for (String gone : stored.keySet()) {
            if (!results.containsKey(gone)) {
                requests.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder()
                        .key(Keys.criterionResults(year, gone)).build()).build());
            }
        }
        for (int from = 0; from < requests.size(); from += CHUNK) {
            batch(requests.subList(from, Math.min(from + CHUNK, requests.size())));
        }
    }

    @Override
    public Map<String, CriterionResults> results(int year) {
        Map<String, CriterionResults> found = new TreeMap<>();
        dynamo.queryPaginator(r -> r.tableName(table)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.campaignPartition(year)),
                                ":prefix", AttributeValue.fromS(Keys.CRITERIA_PREFIX))))
                .items().forEach(item -> found.put(Attributes.string(item, "participantId"),
                        VisitItems.criterionResults(Attributes.string(item, "results"))));
        return found;
    }

    private static WriteRequest put(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
    }

    private void batch(List<WriteRequest> chunk) {
        Retries.batchWrite(dynamo, table, chunk, "visit items", Retries.SLEEP);
    }
}
