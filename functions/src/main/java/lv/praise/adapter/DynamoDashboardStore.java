package lv.praise.adapter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import lv.praise.domain.dashboard.DashboardStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The dashboard's reads (docs/data-model.md, pattern 28): one {@code Query} per counter shard
 * ({@code STATS#{year}#{shard}}, an item per day of ~80 bytes: the whole campaign is one page of each), and the
 * latest standings pointer and its header (two {@code GetItem}s). No praise, participant or standings row is read.
 */
public final class DynamoDashboardStore implements DashboardStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDashboardStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public List<DayCount> days(int year) {
        List<CompletableFuture<List<Map<String, AttributeValue>>>> shards = new ArrayList<>();
        for (int shard = 0; shard < Keys.TALLY_SHARDS; shard++) {
            String partition = Keys.statsPartition(year, shard);
            shards.add(CompletableFuture.supplyAsync(() -> {
                List<Map<String, AttributeValue>> items = new ArrayList<>();
                // Strongly consistent: a praise confirmed a moment ago is counted in the view that follows.
                dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :day)")
                                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition),
                                        ":day", AttributeValue.fromS(Keys.STATS_DAY_PREFIX))))
                        .items().forEach(items::add);
                return items;
            }));
        }
        Map<LocalDate, long[]> sums = new TreeMap<>();
        for (CompletableFuture<List<Map<String, AttributeValue>>> shard : shards) {
            for (Map<String, AttributeValue> item : shard.join()) {
                LocalDate day = LocalDate.parse(Attributes.string(item, Keys.SK).substring(Keys.STATS_DAY_PREFIX.length()));
                long[] s = sums.computeIfAbsent(day, d -> new long[5]);
                s[0] += Attributes.number(item, DashboardCounters.SUBMITTED);
                s[1] += Attributes.number(item, DashboardCounters.CONFIRMED);
                s[2] += Attributes.number(item, DashboardCounters.APPROVED);
                s[3] += Attributes.number(item, DashboardCounters.REJECTED);
                s[4] += Attributes.number(item, DashboardCounters.ERASED);
            }
        }
        List<DayCount> days = new ArrayList<>();
        sums.forEach((day, s) -> days.add(new DayCount(day, s[0], s[1], s[2], s[3], s[4])));
        return days;
    }

    @Override
    public Optional<Recalculation> latestRecalculation(int year) {
        var pointer = dynamo.getItem(r -> r.tableName(table).key(Keys.latestStandings(year)).consistentRead(true));
        if (!pointer.hasItem() || pointer.item().isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.parse(Attributes.string(pointer.item(), StandingsItems.DATE));
        String run = Attributes.string(pointer.item(), StandingsItems.RUN);
        var header = dynamo.getItem(r -> r.tableName(table).key(Keys.standingsHeader(year, date, run)).consistentRead(true));
        if (!header.hasItem() || header.item().isEmpty()) {
            // Replaced or expired meanwhile: the dashboard says "no recalculation" rather than guess.
            return Optional.empty();
        }
        Map<String, AttributeValue> h = header.item();
        Map<String, AttributeValue> counts = h.get("counts").m();
        Map<String, Long> industries = new HashMap<>();
        AttributeValue stored = h.get(StandingsItems.INDUSTRY_PRAISE);
        if (stored != null && stored.hasM()) {
            stored.m().forEach((code, n) -> industries.put(code, Long.parseLong(n.n())));
        }
        return Optional.of(new Recalculation(Attributes.instant(h, "generatedAt"), date,
                (int) Attributes.number(counts, "participants"), (int) Attributes.number(counts, "eligible"),
                (int) Attributes.number(counts, "notEvaluated"), Attributes.number(counts, "countedPraise"),
                industries));
    }
}
