package lv.praise.adapter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import lv.praise.domain.Participant;
import lv.praise.domain.Praise;
import lv.praise.domain.insight.BenchmarkAggregate;
import lv.praise.domain.insight.EmployeeMerges;
import lv.praise.domain.insight.InsightCounts;
import lv.praise.domain.insight.InsightStore;
import lv.praise.domain.moderation.ModeratedPraise;
import lv.praise.domain.moderation.ModerationStore;
import lv.praise.domain.visits.CriterionResults;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The items of a participant's insight (docs/insight.md, docs/data-model.md): {@code INSIGHT}, {@code MERGES},
 * {@code BENCHMARK} and the history's {@code INSIGHT#{year}}; the praise page from ByWall. A page load is: the
 * participant's item, its {@code INSIGHT}, {@code MERGES} and {@code CRITERIA} items (GetItem each), one ByWall
 * Query page, one Query of its history partition, one BatchGetItem of at most three {@code BENCHMARK} items.
 */
public final class DynamoInsightStore implements InsightStore {
    /** A rebuild read again this many times at most when decisions keep moving the version under it. */
    static final int REBUILD_ATTEMPTS = 10;
    private static final int BATCH_WRITE = 25;
    /** DynamoDB's 100 actions to a transaction, less the check of the INSIGHT item's version. */
    private static final int PARTS_PER_TRANSACTION = 99;
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoInsightStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<Participant> participant(int year, String participantId) {
        return new DynamoParticipantStore(dynamo, table).find(year, participantId);
    }

    @Override
    public InsightCounts counts(int year, String participantId) {
        return InsightItems.fromItems(get(Keys.insight(year, participantId), true), participantId,
                parts(year, participantId));
    }

    /** The participant's insight parts (its employees' and branches' counters): one Query, strongly consistent. */
    private List<Map<String, AttributeValue>> parts(int year, String participantId) {
        List<Map<String, AttributeValue>> parts = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :parts)")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.campaignPartition(year)),
                                ":parts", AttributeValue.fromS(Keys.insightParts(participantId)))))
                .items().forEach(parts::add);
        return parts;
    }

    @Override
    public EmployeeMerges merges(int year, String participantId) {
        Map<String, AttributeValue> item = get(Keys.merges(year, participantId), true);
        if (item == null) {
            return EmployeeMerges.NONE;
        }
        Map<String, String> merges = new TreeMap<>();
        if (item.containsKey("merges") && item.get("merges").hasM()) {
            item.get("merges").m().forEach((k, v) -> merges.put(k, v.s()));
        }
        return new EmployeeMerges(merges, Attributes.number(item, InsightItems.VERSION));
    }

    @Override
    public Optional<CriterionResults> criteria(int year, String participantId) {
        Map<String, AttributeValue> item = get(Keys.criterionResults(year, participantId), false);
        return item == null ? Optional.empty()
                : Optional.of(VisitItems.criterionResults(Attributes.string(item, "results")));
    }

    @Override
    public Texts approvedTexts(int year, String participantId, int limit) {
        ModerationStore.Page page = new DynamoModerationStore(dynamo, table).wall(year, participantId, limit, null);
        return new Texts(page.items().stream().map(ModeratedPraise::praise).toList(), page.more());
    }

    @Override
    public List<PastYear> history(String participantId, int beforeYear) {
        Map<Integer, Map<String, AttributeValue>> awards = new HashMap<>();
        Map<Integer, Map<String, AttributeValue>> figures = new HashMap<>();
        dynamo.queryPaginator(r -> r.tableName(table)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", Keys.PK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.historyPartition(participantId)))))
                .items().forEach(item -> {
                    String sk = Attributes.string(item, Keys.SK);
                    if (sk.startsWith(Keys.AWARD_PREFIX)) {
                        awards.put(Integer.parseInt(sk.substring(Keys.AWARD_PREFIX.length())), item);
                    } else if (sk.startsWith(Keys.INSIGHT_PREFIX)) {
                        figures.put(Integer.parseInt(sk.substring(Keys.INSIGHT_PREFIX.length())), item);
                    }
                });
        TreeMap<Integer, PastYear> years = new TreeMap<>(Comparator.reverseOrder());
        for (int year : figures.keySet()) {
            if (year < beforeYear) {
                years.put(year, null);
            }
        }
        for (int year : awards.keySet()) {
            if (year < beforeYear) {
                years.put(year, null);
            }
        }
        List<PastYear> out = new ArrayList<>();
        for (int year : years.keySet()) {
            Map<String, AttributeValue> f = figures.getOrDefault(year, Map.of());
            Map<String, AttributeValue> a = awards.get(year);
            Integer rank = a != null ? Integer.valueOf((int) Attributes.number(a, "rank")) : Attributes.optionalInt(f, "rank");
            out.add(new PastYear(year, f.containsKey("approved") ? Attributes.number(f, "approved") : 0,
                    f.containsKey("starsSum") ? Attributes.number(f, "starsSum") : 0,
                    f.containsKey("total") ? new BigDecimal(Attributes.string(f, "total")) : null, rank,
                    a == null ? null : Attributes.string(a, "qualityMarkTitle"),
                    a == null ? null : Attributes.string(a, "certificateCode")));
        }
        return out;
    }

    @Override
    public List<BenchmarkAggregate> benchmarks(int year, List<Group> groups) {
        List<Map<String, AttributeValue>> keys = groups.stream().map(g -> Keys.benchmark(year, g.group(), g.code())).toList();
        List<BenchmarkAggregate> found = new ArrayList<>();
        Retries.batchGet(dynamo, table, KeysAndAttributes.builder().keys(keys).build(), "benchmark items", Retries.SLEEP)
                .forEach(item -> found.add(benchmark(item)));
        return found;
    }

    private static BenchmarkAggregate benchmark(Map<String, AttributeValue> item) {
        Map<String, Long> aspects = new TreeMap<>();
        item.forEach((name, value) -> {
            if (name.startsWith(InsightCounts.ASPECT) && value.n() != null) {
                aspects.put(name.substring(InsightCounts.ASPECT.length()), Long.parseLong(value.n()));
            }
        });
        Map<String, BigDecimal> criteria = new TreeMap<>();
        if (item.containsKey("criteria")) {
            VisitItemsJson.decimals(Attributes.string(item, "criteria")).forEach(criteria::put);
        }
        return new BenchmarkAggregate(Attributes.string(item, "group"), Attributes.string(item, "code"),
                (int) Attributes.number(item, "participants"), Attributes.number(item, "approved"),
                Attributes.number(item, "starsSum"), aspects, (int) Attributes.number(item, "evaluated"), criteria,
                Attributes.instant(item, "computedAt"),
                item.containsKey("criteriaWording") ? VisitItemsJson.wording(Attributes.string(item, "criteriaWording")) : Map.of(),
                item.containsKey("channels") ? VisitItemsJson.decimals(Attributes.string(item, "channels")) : Map.of(),
                channelsEvaluated(item));
    }

    private static Map<String, Integer> channelsEvaluated(Map<String, AttributeValue> item) {
        Map<String, Integer> out = new TreeMap<>();
        if (item.containsKey("channelsEvaluated")) {
            VisitItemsJson.decimals(Attributes.string(item, "channelsEvaluated")).forEach((k, v) -> out.put(k, v.intValueExact()));
        }
        return out;
    }

    @Override
    public boolean saveMerges(int year, String participantId, EmployeeMerges merges) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.merges(year, participantId));
        item.put("type", AttributeValue.fromS("MERGES"));
        item.put("participantId", AttributeValue.fromS(participantId));
        Map<String, AttributeValue> map = new HashMap<>();
        merges.merges().forEach((k, v) -> map.put(k, AttributeValue.fromS(v)));
        item.put("merges", AttributeValue.fromM(map));
        item.put(InsightItems.VERSION, Attributes.number(merges.version() + 1));
        try {
            dynamo.putItem(r -> r.tableName(table).item(item)
                    .conditionExpression(merges.version() == 0 ? "attribute_not_exists(PK)" : "#version = :read")
                    .expressionAttributeNames(merges.version() == 0 ? null : Map.of("#version", InsightItems.VERSION))
                    .expressionAttributeValues(merges.version() == 0 ? null
                            : Map.of(":read", Attributes.number(merges.version()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public InsightCounts rebuild(int year, String participantId, Function<List<Praise>, InsightCounts> count) {
        // What the first read found (the item's version, the counters counted from ByWall) and whether any re-read
        // found something else: an index that lags is one still moving; one that says the same every time is right.
        long firstVersion = -1;
        Map<String, Long> firstCounted = null;
        boolean moved = false;
        for (int attempt = 1; ; attempt++) {
            // The item first, then the praise: a decision after this read moves the version, and the write fails.
            Map<String, AttributeValue> storedItem = get(Keys.insight(year, participantId), true);
            List<Map<String, AttributeValue>> storedParts = parts(year, participantId);
            InsightCounts stored = InsightItems.fromItems(storedItem, participantId, storedParts);
            long read = stored.version();
            InsightCounts counts = count.apply(allApproved(year, participantId));
            if (firstCounted == null) {
                firstVersion = read;
                firstCounted = counts.counters();
            } else if (read != firstVersion || !firstCounted.equals(counts.counters())) {
                moved = true;
            }
            if (InsightCounts.behind(stored, counts)) {
                // ByWall is eventually consistent: a praise decided a moment ago may be missing from it (or still
                // on it). The version can't tell (the decision moved it before the read), the item's own counter can.
                if (attempt < REBUILD_ATTEMPTS) {
                    Transactions.backOff(attempt);
                    continue;
                }
                if (moved) {
                    // Still behind and still moving: the decisions' counters stay; the standings line and the notes
                    // are written. The next night counts again.
                    JsonLog.warn("insight_index_behind", Map.of("year", year, "participantId", participantId,
                            "counted", counts.get(InsightCounts.APPROVED), "approved", stored.get(InsightCounts.APPROVED)));
                    return keepCounters(year, participantId, stored, counts);
                }
                // The same answer on every read, seconds apart, and no decision in between: no lag lasts that
                // still. The counter is what's wrong (an earlier version's, or counted before the parts existed),
                // so what was read replaces it – on the version read, like any rebuild.
                JsonLog.warn("insight_counters_repaired", Map.of("year", year, "participantId", participantId,
                        "counted", counts.get(InsightCounts.APPROVED), "approved", stored.get(InsightCounts.APPROVED)));
            }
            Map<String, AttributeValue> item = InsightItems.toItem(year, participantId, counts, read + 1);
            try {
                writeParts(year, participantId, read, storedParts, InsightItems.parts(year, participantId, counts));
                Transactions.single(() -> dynamo.putItem(r -> r.tableName(table).item(item)
                        .conditionExpression("attribute_not_exists(PK) OR #version = :read")
                        .expressionAttributeNames(Map.of("#version", InsightItems.VERSION))
                        .expressionAttributeValues(Map.of(":read", Attributes.number(read)))));
                return new InsightCounts(counts.counters(), counts.names(), counts.score(), read + 1, counts.rebuiltAt(),
                        counts.notes());
            } catch (ConditionalCheckFailedException | TransactionCanceledException e) {
                if (e instanceof TransactionCanceledException t && !Transactions.conditionFailed(t, 0)) {
                    throw t;
                }
                if (attempt >= REBUILD_ATTEMPTS) {
                    throw e;
                }
                Transactions.backOff(attempt);
            }
        }
    }

    /**
     * The parts that differ from the rebuild's: put (count or name changed) or deleted (no approved praise names
     * that employee or branch now), at most 99 to a transaction whose first action checks that the INSIGHT item's
     * version is still the one read – a decision in between moves it, and the rebuild reads again. Parts already
     * right are not written, so a quiet night writes none.
     */
    private void writeParts(int year, String participantId, long read, List<Map<String, AttributeValue>> stored,
                            Map<String, Map<String, AttributeValue>> wanted) {
        Map<String, Map<String, AttributeValue>> had = new TreeMap<>();
        stored.forEach(part -> had.put(Attributes.string(part, Keys.SK), part));
        List<TransactWriteItem> changes = new ArrayList<>();
        wanted.forEach((sk, part) -> {
            Map<String, AttributeValue> before = had.get(sk);
            if (before == null || !same(before, part)) {
                changes.add(TransactWriteItem.builder().put(x -> x.tableName(table).item(part)).build());
            }
        });
        had.forEach((sk, part) -> {
            if (!wanted.containsKey(sk)) {
                changes.add(TransactWriteItem.builder().delete(d -> d.tableName(table)
                        .key(Map.of(Keys.PK, part.get(Keys.PK), Keys.SK, part.get(Keys.SK)))).build());
            }
        });
        TransactWriteItem unmoved = TransactWriteItem.builder().conditionCheck(c -> c.tableName(table)
                .key(Keys.insight(year, participantId))
                .conditionExpression("attribute_not_exists(PK) OR #version = :read")
                .expressionAttributeNames(Map.of("#version", InsightItems.VERSION))
                .expressionAttributeValues(Map.of(":read", Attributes.number(read)))).build();
        for (int from = 0; from < changes.size(); from += PARTS_PER_TRANSACTION) {
            List<TransactWriteItem> writes = new ArrayList<>(List.of(unmoved));
            writes.addAll(changes.subList(from, Math.min(from + PARTS_PER_TRANSACTION, changes.size())));
            Transactions.write(dynamo, writes);
        }
    }

    private static boolean same(Map<String, AttributeValue> a, Map<String, AttributeValue> b) {
        return java.util.Objects.equals(a.get(InsightItems.COUNT), b.get(InsightItems.COUNT))
                && java.util.Objects.equals(a.get(InsightItems.NAME), b.get(InsightItems.NAME));
    }

    /**
     * The rebuild of a participant whose index is behind: its counters (the decisions') untouched, its standings
     * line, notes and rebuild time set. No version condition: a decision moves counters only, never these.
     */
    private InsightCounts keepCounters(int year, String participantId, InsightCounts stored, InsightCounts rebuilt) {
        Map<String, String> names = new HashMap<>(Map.of("#at", InsightItems.REBUILT_AT, "#score", InsightItems.SCORE,
                "#notes", InsightItems.NOTES));
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> set = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        if (rebuilt.rebuiltAt() != null) {
            set.add("#at = :at");
            values.put(":at", AttributeValue.fromS(rebuilt.rebuiltAt().toString()));
        } else {
            names.remove("#at");
        }
        if (rebuilt.score() != null) {
            set.add("#score = :score");
            values.put(":score", ScoreItems.toMap(rebuilt.score()));
        } else {
            remove.add("#score");
        }
        if (!rebuilt.notes().isEmpty()) {
            set.add("#notes = :notes");
            values.put(":notes", Attributes.stringList(rebuilt.notes()));
        } else {
            remove.add("#notes");
        }
        String update = (set.isEmpty() ? "" : "SET " + String.join(", ", set))
                + (remove.isEmpty() ? "" : " REMOVE " + String.join(", ", remove));
        Transactions.single(() -> dynamo.updateItem(r -> r.tableName(table).key(Keys.insight(year, participantId))
                .updateExpression(update.strip())
                .expressionAttributeNames(names)
                .expressionAttributeValues(values.isEmpty() ? null : values)));
        return stored.keeping(rebuilt);
    }

    @Override
    public List<Praise> approved(int year, String participantId) {
        return allApproved(year, participantId);
    }

    /** Every approved praise of the participant, newest first: ByWall, a page of DynamoDB at a time. */
    List<Praise> allApproved(int year, String participantId) {
        List<Praise> all = new ArrayList<>();
        QueryRequest.Builder request = QueryRequest.builder().tableName(table).indexName(DynamoModerationStore.BY_WALL)
                .scanIndexForward(false)
                .keyConditionExpression("#key = :key")
                .expressionAttributeNames(Map.of("#key", PraiseItems.WALL_KEY))
                .expressionAttributeValues(Map.of(":key", AttributeValue.fromS(Keys.wallKey(year, participantId))));
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse response = dynamo.query(request.exclusiveStartKey(start).build());
            response.items().forEach(item -> all.add(PraiseItems.moderatedFromItem(item).praise()));
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return all;
    }

    @Override
    public void saveBenchmarks(int year, List<BenchmarkAggregate> groups) {
        List<WriteRequest> requests = new ArrayList<>();
        for (BenchmarkAggregate a : groups) {
            Map<String, AttributeValue> item = new HashMap<>(Keys.benchmark(year, a.group(), a.code()));
            item.put("type", AttributeValue.fromS("BENCHMARK"));
            item.put("group", AttributeValue.fromS(a.group()));
            item.put("code", AttributeValue.fromS(a.code()));
            item.put("participants", Attributes.number(a.participants()));
            item.put("approved", Attributes.number(a.approved()));
            item.put("starsSum", Attributes.number(a.starsSum()));
            a.aspects().forEach((k, v) -> item.put(InsightCounts.ASPECT + k, Attributes.number(v)));
            item.put("evaluated", Attributes.number(a.evaluated()));
            item.put("criteria", AttributeValue.fromS(VisitItemsJson.decimals(a.criteria())));
            item.put("channels", AttributeValue.fromS(VisitItemsJson.decimals(a.channels())));
            Map<String, BigDecimal> evaluatedPerChannel = new TreeMap<>();
            a.channelsEvaluated().forEach((k, v) -> evaluatedPerChannel.put(k, BigDecimal.valueOf(v)));
            item.put("channelsEvaluated", AttributeValue.fromS(VisitItemsJson.decimals(evaluatedPerChannel)));
            if (!a.criteriaWording().isEmpty()) {
                item.put("criteriaWording", AttributeValue.fromS(VisitItemsJson.wording(a.criteriaWording())));
            }
            if (a.computedAt() != null) {
                item.put("computedAt", AttributeValue.fromS(a.computedAt().toString()));
            }
            requests.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        }
        for (int from = 0; from < requests.size(); from += BATCH_WRITE) {
            Retries.batchWrite(dynamo, table, requests.subList(from, Math.min(from + BATCH_WRITE, requests.size())),
                    "benchmark items", Retries.SLEEP);
        }
    }

    @Override
    public void keepYear(String participantId, PastYear year) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.historyInsight(participantId, year.year()));
        item.put("type", AttributeValue.fromS("INSIGHT_HISTORY"));
        item.put("participantId", AttributeValue.fromS(participantId));
        item.put("campaignYear", Attributes.number(year.year()));
        item.put("approved", Attributes.number(year.approved()));
        item.put("starsSum", Attributes.number(year.starsSum()));
        if (year.total() != null) {
            item.put("total", AttributeValue.fromS(year.total().toPlainString()));
        }
        if (year.rank() != null) {
            item.put("rank", Attributes.number(year.rank()));
        }
        dynamo.putItem(r -> r.tableName(table).item(item));
    }

    private Map<String, AttributeValue> get(Map<String, AttributeValue> key, boolean consistent) {
        var response = dynamo.getItem(r -> r.tableName(table).key(key).consistentRead(consistent));
        return response.hasItem() && !response.item().isEmpty() ? response.item() : null;
    }
}
