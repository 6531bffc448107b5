package lv.praise.adapter;

import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lv.praise.domain.Channel;
import lv.praise.domain.Lang;
import lv.praise.domain.Participant;
import lv.praise.domain.Praise;
import lv.praise.domain.moderation.ModeratedPraise;
import lv.praise.domain.moderation.ModerationCounts;
import lv.praise.domain.moderation.ModerationStatus;
import lv.praise.domain.moderation.ModerationStore;
import lv.praise.domain.moderation.Position;
import lv.praise.domain.moderation.RejectReason;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The review queue over the sharded index: praise of many participants, spread over the shards, read
 * page by page in the queue's order – exactly the order one partition would give, every praise once –
 * for each state and for one participant; the counts are the participants' counters summed.
 */
class DynamoModerationQueueIT {
    private static final int PARTICIPANTS = 24;

    private final DynamoDbClient dynamo = LocalDynamoDb.shared().client();
    private String table;
    private DynamoPraiseStore praises;
    private DynamoModerationStore store;
    private final List<ModeratedPraise> confirmed = new ArrayList<>();

    @BeforeEach
    void praiseOfManyParticipants() {
        table = LocalDynamoDb.shared().createFreshTable(SamTemplate.load(), "PraiseTable");
        praises = new DynamoPraiseStore(dynamo, table);
        store = new DynamoModerationStore(dynamo, table);
        DynamoParticipantStore participants = new DynamoParticipantStore(dynamo, table);
        for (int i = 0; i < PARTICIPANTS; i++) {
            participants.save(new Participant(YEAR, "p" + i, "Dalībnieks " + i, "B2C", "TRADE", "SMALL", List.of(), null, 0));
        }
        // Uneven: participant i gets i % 4 + 1 praises, 60 in all, at 31 instants out of order: most instants
        // are shared by two praises of different participants, so the id decides between them, across shards too.
        int n = 0;
        for (int i = 0; i < PARTICIPANTS; i++) {
            for (int k = 0; k <= i % 4; k++) {
                Instant at = DURING_WINDOW.plus(Duration.ofSeconds((n * 7L) % 31));
                Praise p = pending(String.format("praise-%03d", n++), "p" + i, at);
                praises.savePending(p);
                praises.confirm(p, at);
            }
        }
        confirmed.addAll(store.findConfirmed(allIds()).values());
    }

    @Test
    void thePendingQueueMergesEveryShardInOrderPageByPage() {
        Set<String> shards = new HashSet<>();
        for (ModeratedPraise m : confirmed) {
            shards.add(dynamo.getItem(r -> r.tableName(table).key(Keys.praise(m.id()))).item().get("moderationKey").s());
        }
        assertTrue(shards.size() > 4, "the praise is spread over shards: " + shards);

        List<ModeratedPraise> expected = sorted(confirmed, true);
        for (int limit : List.of(1, 5, 7, 100)) {
            assertEquals(ids(expected), ids(readAll(ModerationStatus.PENDING, null, limit)), "pages of " + limit);
        }
    }

    @Test
    void decidedQueuesAreNewestFirstAndOneParticipantsQueueIsItsShard() {
        List<ModeratedPraise> toApprove = new ArrayList<>();
        List<ModeratedPraise> toReject = new ArrayList<>();
        for (int i = 0; i < confirmed.size(); i++) {
            (i % 3 == 0 ? toReject : toApprove).add(confirmed.get(i));
        }
        Instant now = DURING_WINDOW.plus(Duration.ofDays(1));
        toApprove.forEach(m -> assertEquals(ModerationStore.DecideOutcome.CHANGED,
                store.decide(m, m.decided(ModerationStatus.APPROVED, null, lv.praise.testkit.Fixtures.organiser("anna@example.lv"), now))));
        toReject.forEach(m -> assertEquals(ModerationStore.DecideOutcome.CHANGED,
                store.decide(m, m.decided(ModerationStatus.REJECTED, RejectReason.SPAM, lv.praise.testkit.Fixtures.organiser("anna@example.lv"), now))));

        assertEquals(ids(sorted(toApprove, false)), ids(readAll(ModerationStatus.APPROVED, null, 4)));
        assertEquals(ids(sorted(toReject, false)), ids(readAll(ModerationStatus.REJECTED, null, 3)));
        assertTrue(readAll(ModerationStatus.PENDING, null, 5).isEmpty());

        String participant = "p7";
        List<ModeratedPraise> own = toApprove.stream().filter(m -> m.praise().participantId().equals(participant)).toList();
        assertFalse(own.isEmpty());
        assertEquals(ids(sorted(own, false)), ids(readAll(ModerationStatus.APPROVED, participant, 1)));
        assertEquals(new ModerationCounts(0, toApprove.size(), toReject.size()), store.counts(YEAR));
    }

    @Test
    void rejectingForPersonalDataRemovesTheTextAndEmployeeInTheSameWrite() {
        ModeratedPraise m = confirmed.get(0);
        // The fixture's praise names nobody; this one does, as the praise a reviewer would reject for it.
        dynamo.updateItem(r -> r.tableName(table).key(Keys.praise(m.id()))
                .updateExpression("SET #employee = :employee")
                .expressionAttributeNames(Map.of("#employee", "employee"))
                .expressionAttributeValues(Map.of(":employee", AttributeValue.fromS("Ilze Bērziņa"))));
        ModeratedPraise current = store.findConfirmed(m.id()).orElseThrow();
        assertEquals("Ilze Bērziņa", current.praise().employee());
        assertEquals(ModerationStore.DecideOutcome.CHANGED, store.decide(current, current.decided(ModerationStatus.REJECTED,
                RejectReason.PERSONAL_DATA, lv.praise.testkit.Fixtures.organiser("anna@example.lv"), DURING_WINDOW.plus(Duration.ofDays(1)))));

        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(Keys.praise(m.id())).consistentRead(true)).item();
        assertFalse(item.containsKey("text"), "the text is gone");
        assertFalse(item.containsKey("employee"), "the employee's name is gone");
        assertEquals("REJECTED", item.get("moderation").s());
        assertEquals("PERSONAL_DATA", item.get(PraiseItems.MODERATION_REASON).s());
        ModeratedPraise rejected = store.findConfirmed(m.id()).orElseThrow();
        assertTrue(rejected.wordsErased());
        assertEquals(new ModerationCounts(confirmed.size() - 1, 0, 1), store.counts(YEAR));

        // Another reason (spam) keeps the words: only personal data erases them.
        ModeratedPraise spam = store.findConfirmed(confirmed.get(1).id()).orElseThrow();
        store.decide(spam, spam.decided(ModerationStatus.REJECTED, RejectReason.SPAM,
                lv.praise.testkit.Fixtures.organiser("anna@example.lv"), DURING_WINDOW.plus(Duration.ofDays(1))));
        assertEquals("Paldies!", store.findConfirmed(spam.id()).orElseThrow().praise().text());
    }

    /** Every page of one queue, each starting after the last praise of the one before, as the cursor does. */
    private List<ModeratedPraise> readAll(ModerationStatus status, String participant, int limit) {
        List<ModeratedPraise> all = new ArrayList<>();
        Position after = null;
        while (true) {
            ModerationStore.Page page = store.queue(YEAR, status, participant, limit, after);
            assertTrue(page.items().size() <= limit);
            all.addAll(page.items());
            if (!page.more()) {
                return all;
            }
            assertEquals(limit, page.items().size(), "a page before the last is full");
            after = Position.of(page.items().get(page.items().size() - 1));
        }
    }

    private static List<ModeratedPraise> sorted(List<ModeratedPraise> praise, boolean oldestFirst) {
        Comparator<ModeratedPraise> order = Comparator.comparing((ModeratedPraise m) -> m.praise().confirmedAt())
                .thenComparing(ModeratedPraise::id);
        return praise.stream().sorted(oldestFirst ? order : order.reversed()).toList();
    }

    private static List<String> ids(List<ModeratedPraise> praise) {
        return praise.stream().map(ModeratedPraise::id).toList();
    }

    private List<String> allIds() {
        List<String> ids = new ArrayList<>();
        dynamo.scanPaginator(r -> r.tableName(table).filterExpression("#type = :praise")
                        .expressionAttributeNames(Map.of("#type", "type"))
                        .expressionAttributeValues(Map.of(":praise", AttributeValue.fromS("PRAISE"))))
                .items().forEach(item -> ids.add(item.get("id").s()));
        return ids;
    }

    private static Praise pending(String id, String participantId, Instant at) {
        return Praise.pending(id, YEAR, "Dalībnieks",
                new Praise.Content(participantId, null, null, 4, List.of("speed"), "Paldies!", Channel.ONLINE, Lang.LV),
                "hash-" + id, "token-" + id, at.minusSeconds(60), at.plus(Duration.ofDays(3)));
    }
}
