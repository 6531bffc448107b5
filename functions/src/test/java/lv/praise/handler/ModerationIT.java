package lv.praise.handler;

import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lv.praise.adapter.DynamoCampaignStore;
import lv.praise.adapter.DynamoEvaluationStore;
import lv.praise.adapter.DynamoModerationStore;
import lv.praise.adapter.DynamoParticipantStore;
import lv.praise.adapter.DynamoPraiseStore;
import lv.praise.adapter.DynamoScoringSource;
import lv.praise.adapter.DynamoStandingsStore;
import lv.praise.domain.Campaign;
import lv.praise.domain.Channel;
import lv.praise.domain.Lang;
import lv.praise.domain.Praise;
import lv.praise.domain.moderation.EnterPraise;
import lv.praise.domain.moderation.ModeratePraise;
import lv.praise.domain.moderation.ModerationCounts;
import lv.praise.domain.moderation.ModerationStatus;
import lv.praise.domain.moderation.PraiseWall;
import lv.praise.domain.scoring.Standings;
import lv.praise.domain.standings.RecalculateStandings;
import lv.praise.testkit.Events;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Moderation on DynamoDB Local, through the real adapters and handlers, on a table made from the
 * template (its two sparse indexes included): confirmation queues a praise as pending; decisions move
 * it, the participant's count and the per-state counts exactly once; the wall shows approved praise
 * only; a rejected praise drops out of the recalculation.
 */
class ModerationIT {
    private final DynamoDbClient dynamo = LocalDynamoDb.shared().client();
    private final MutableClock clock = new MutableClock(DURING_WINDOW);
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private String table;
    private DynamoPraiseStore praiseStore;
    private DynamoParticipantStore participants;
    private DynamoModerationStore moderationStore;
    private ModeratePraise moderation;
    private ModerationQueueHandler queue;
    private ModerationDecisionsHandler decisions;
    private GetPraiseWallHandler wall;
    private EnterPraiseHandler enter;
    private int seq;

    @BeforeEach
    void freshTable() {
        table = LocalDynamoDb.shared().createFreshTable(SamTemplate.load(), "PraiseTable");
        praiseStore = new DynamoPraiseStore(dynamo, table);
        participants = new DynamoParticipantStore(dynamo, table);
        moderationStore = new DynamoModerationStore(dynamo, table);
        DynamoCampaignStore campaigns = new DynamoCampaignStore(dynamo, table);
        campaigns.save(Campaign.defaults(YEAR));
        participants.save(LIBRARY);
        moderation = new ModeratePraise(YEAR, campaigns, moderationStore, clock);
        queue = new ModerationQueueHandler(moderation);
        decisions = new ModerationDecisionsHandler(moderation);
        wall = new GetPraiseWallHandler(new PraiseWall(YEAR, campaigns, participants, moderationStore));
        enter = new EnterPraiseHandler(new EnterPraise(YEAR, campaigns, participants, moderationStore, clock));
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** A praise submitted and confirmed (a minute after the previous one) through the real confirmation transaction. */
    private String confirmed(Channel channel, int stars, String text) {
        String id = String.format("praise-%04d", ++seq);
        Instant at = DURING_WINDOW.plus(Duration.ofMinutes(seq));
        Praise pending = Praise.pending(id, YEAR, LIBRARY.name(),
                new Praise.Content(LIBRARY.id(), channel == Channel.BRANCH ? "Preiļi" : null, "Ilze Kalniņa", stars,
                        List.of("speed"), text, channel, Lang.LV),
                "hash-" + id, "token-" + id, at, at.plus(Duration.ofDays(3)));
        praiseStore.savePending(pending);
        praiseStore.confirm(pending, at.plusSeconds(30));
        return id;
    }

    private long count() {
        return participants.find(YEAR, LIBRARY.id()).orElseThrow().confirmedPraiseCount();
    }

    private JsonNode decide(String praiseId, String decision, String reason) {
        APIGatewayV2HTTPResponse response = decisions.handleRequest(Events.withBody("moderation-decisions.json", body -> {
            var d = body.putArray("decisions").addObject().put("praiseId", praiseId).put("decision", decision);
            if (reason != null) {
                d.put("reason", reason);
            }
        }), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        return Events.body(response);
    }

    private JsonNode get(AdminHandler handler, String event, Map<String, String> query) {
        APIGatewayV2HTTPEvent e = Events.load(event);
        e.setQueryStringParameters(new HashMap<>(query));
        APIGatewayV2HTTPResponse response = handler.handleRequest(e, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        return Events.body(response);
    }

    private JsonNode wallPage(Map<String, String> query) {
        APIGatewayV2HTTPEvent e = Events.load("get-praise-wall.json");
        e.setQueryStringParameters(new HashMap<>(query));
        APIGatewayV2HTTPResponse response = wall.handleRequest(e, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        return Events.body(response);
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.path("praiseId").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode items) {
        List<String> texts = new ArrayList<>();
        items.forEach(i -> texts.add(i.path("text").asText()));
        return texts;
    }

    @Test
    void confirmationQueuesThePraiseAsPending() {
        String first = confirmed(Channel.ONLINE, 5, "Pirmā");
        String second = confirmed(Channel.BRANCH, 4, "Otrā");
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(Map.of("PK", AttributeValue.fromS("PRAISE#" + first), "SK", AttributeValue.fromS("PRAISE")))).item();
        assertEquals("PENDING", item.get("moderation").s());
        // The pending queue is spread over shards by participant (docs/data-model.md), not one partition.
        assertTrue(item.get("moderationKey").s().matches(YEAR + "#PENDING#[0-7]"), item.get("moderationKey").s());
        assertFalse(item.containsKey("wallKey"), "not on the wall before approval");

        JsonNode body = get(queue, "moderation-queue.json", Map.of("status", "pending"));
        assertEquals(List.of(first, second), ids(body.path("items")), "oldest first");
        assertEquals(2, body.path("counts").path("pending").asInt());
        assertEquals(0, body.path("counts").path("approved").asInt());
        assertEquals(0, body.path("counts").path("rejected").asInt());
        assertEquals("Ilze Kalniņa", body.path("items").get(0).path("employee").asText());
        assertFalse(body.toString().contains("hash-"), "no hashes in the organisers' view either");
        assertEquals(2, count());
        assertEquals(0, wallPage(Map.of()).path("items").size());
    }

    @Test
    void approveRejectAndApproveAgainMoveEveryCountExactlyOnce() {
        String id = confirmed(Channel.ONLINE, 5, "Laba");
        confirmed(Channel.ONLINE, 4, "Cita");
        assertEquals(2, count());

        JsonNode approved = decide(id, "approve", null);
        assertTrue(approved.path("results").get(0).path("changed").asBoolean());
        assertEquals(counts(1, 1, 0), counts(approved));
        assertEquals(2, count(), "approving a pending praise doesn't change the count");
        assertEquals(List.of("Laba"), texts(wallPage(Map.of()).path("items")));

        JsonNode rejected = decide(id, "reject", "not_about_service");
        assertEquals(counts(1, 0, 1), counts(rejected));
        assertEquals(1, count());
        assertEquals(0, wallPage(Map.of()).path("items").size());
        JsonNode twice = decide(id, "reject", "not_about_service");
        assertFalse(twice.path("results").get(0).path("changed").asBoolean());
        assertEquals(1, count());

        JsonNode rejectedQueue = get(queue, "moderation-queue.json", Map.of("status", "rejected"));
        JsonNode verdict = rejectedQueue.path("items").get(0).path("moderation");
        assertEquals("not_about_service", verdict.path("reason").asText());
        assertEquals(Events.ORGANISER_SUB, verdict.path("by").asText());
        assertEquals("organiser@example.lv", verdict.path("byEmail").asText());
        assertEquals(clock.instant().toString(), verdict.path("at").asText());

        JsonNode again = decide(id, "approve", null);
        assertEquals(counts(1, 1, 0), counts(again));
        assertEquals(2, count());
        assertEquals(List.of("Laba"), texts(wallPage(Map.of()).path("items")));
        assertEquals(counts(1, 1, 0), new ModerationCountsView(moderationStore.counts(YEAR)).node());
    }

    @Test
    void twoConcurrentRejectsOfOnePraiseCountOnce() throws Exception {
        String id = confirmed(Channel.ONLINE, 5, "Divi klikšķi");
        for (int round = 0; round < 3; round++) {
            String reason = round % 2 == 0 ? "spam" : null;
            String decision = reason == null ? "approve" : "reject";
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ModeratePraise.Outcome>> racing = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                racing.add(pool.submit(() -> {
                    start.await();
                    return moderation.decide(List.of(new ModeratePraise.DecisionRequest(id, decision, reason)),
                            lv.praise.testkit.Fixtures.organiser("organiser@example.lv"));
                }));
            }
            start.countDown();
            int changed = 0;
            for (Future<ModeratePraise.Outcome> f : racing) {
                changed += f.get().results().get(0).changed() ? 1 : 0;
            }
            assertEquals(1, changed, "one of the two changed it, round " + round);
            assertEquals(reason == null ? 1 : 0, count(), "round " + round);
            ModerationCounts expected = reason == null ? new ModerationCounts(0, 1, 0) : new ModerationCounts(0, 0, 1);
            assertEquals(expected, moderationStore.counts(YEAR));
        }
    }

    @Test
    void theWallShowsApprovedPraiseNewestFirstAPageAtATime() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(confirmed(i % 2 == 0 ? Channel.ONLINE : Channel.BRANCH, 5, "Nr. " + i));
        }
        for (int i = 0; i < 7; i++) {
            if (i == 3) {
                decide(ids.get(i), "reject", "spam");
            } else if (i != 5) {
                decide(ids.get(i), "approve", null);
            }
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = wallPage(cursor == null ? Map.of("limit", "2") : Map.of("limit", "2", "cursor", cursor));
            seen.addAll(texts(page.path("items")));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
            pages++;
        } while (cursor != null);
        assertEquals(List.of("Nr. 6", "Nr. 4", "Nr. 2", "Nr. 1", "Nr. 0"), seen, "approved only, newest first");
        assertEquals(3, pages);
        JsonNode first = wallPage(Map.of("limit", "1")).path("items").get(0);
        assertEquals("Ilze", first.path("employee").asText());
        assertEquals("2027-03-05", first.path("date").asText());
        assertFalse(first.has("praiseId") || first.toString().contains("hash-"));

        JsonNode approvedNewestFirst = get(queue, "moderation-queue.json", Map.of("status", "approved", "limit", "3"));
        assertEquals(List.of(ids.get(6), ids.get(4), ids.get(2)), ids(approvedNewestFirst.path("items")));
        JsonNode rest = get(queue, "moderation-queue.json", Map.of("status", "approved", "limit", "3",
                "cursor", approvedNewestFirst.path("nextCursor").asText()));
        assertEquals(List.of(ids.get(1), ids.get(0)), ids(rest.path("items")));
        assertTrue(rest.path("nextCursor").isNull());
    }

    @Test
    void aFilteredQueueFillsItsPagesAndAForgedCursorIsRefused() {
        participants.save(new lv.praise.domain.Participant(YEAR, "cits", "Cits", "B2C", "TRADE", "SMALL", List.of(), null, 0));
        List<String> library = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            library.add(confirmed(Channel.ONLINE, 5, "L" + i));
            Praise other = Praise.pending("other-" + i, YEAR, "Cits",
                    new Praise.Content("cits", null, null, 3, List.of(), "C" + i, Channel.ONLINE, Lang.LV),
                    "hash-o" + i, "token-o" + i, DURING_WINDOW, DURING_WINDOW.plus(Duration.ofDays(3)));
            praiseStore.savePending(other);
            praiseStore.confirm(other, DURING_WINDOW.plus(Duration.ofMinutes(seq)).plusSeconds(45));
        }
        JsonNode first = get(queue, "moderation-queue.json", Map.of("participant", LIBRARY.id(), "limit", "4"));
        assertEquals(library.subList(0, 4), ids(first.path("items")));
        JsonNode second = get(queue, "moderation-queue.json", Map.of("participant", LIBRARY.id(), "limit", "4",
                "cursor", first.path("nextCursor").asText()));
        assertEquals(library.subList(4, 6), ids(second.path("items")));
        assertTrue(second.path("nextCursor").isNull());
        assertEquals(12, second.path("counts").path("pending").asInt());

        java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
        List<String> forged = List.of("!!", first.path("nextCursor").asText().substring(3),
                base64.encodeToString("1|q#pending#|yesterday|praise-0001".getBytes()),
                base64.encodeToString("1|q#pending#|1|praise 0001\"}".getBytes()),
                base64.encodeToString("2|q#pending#|1|praise-0001".getBytes()),
                // A cursor of the participant's filtered queue, replayed on the whole queue.
                first.path("nextCursor").asText());
        for (String cursor : forged) {
            APIGatewayV2HTTPEvent e = Events.load("moderation-queue.json");
            e.setQueryStringParameters(Map.of("cursor", cursor));
            APIGatewayV2HTTPResponse response = queue.handleRequest(e, null);
            assertEquals(400, response.getStatusCode(), cursor + " → " + response.getBody());
            assertEquals("cursor", Events.body(response).path("error").path("field").asText());
        }
    }

    @Test
    void aRejectedPraiseDropsOutOfTheRecalculationAndEnteredPhonePraiseCountsOnline() {
        String bad = confirmed(Channel.ONLINE, 1, "Reklāma");
        confirmed(Channel.ONLINE, 5, "Laba");
        APIGatewayV2HTTPResponse entered = enter.handleRequest(Events.load("enter-praise.json"), null);
        assertEquals(201, entered.getStatusCode(), entered.getBody());
        assertEquals(3, count());

        Standings before = recalculate();
        assertEquals(0, before.counts().ignoredRejected());
        assertEquals(3, before.find(LIBRARY.id()).orElseThrow().online().praiseCount(), "phone feeds the online component");

        decide(bad, "reject", "spam");
        assertEquals(2, count());
        Standings after = recalculate();
        assertEquals(1, after.counts().ignoredRejected());
        assertEquals(2, after.find(LIBRARY.id()).orElseThrow().online().praiseCount());
        assertEquals(10, after.find(LIBRARY.id()).orElseThrow().online().starSum());
        assertEquals(2, after.find(LIBRARY.id()).orElseThrow().confirmedPraiseCount());
        assertEquals(counts(1, 1, 1), new ModerationCountsView(moderationStore.counts(YEAR)).node());

        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(Map.of(
                "PK", AttributeValue.fromS("PRAISE#" + Events.body(entered).path("praiseId").asText()),
                "SK", AttributeValue.fromS("PRAISE")))).item();
        assertEquals(Events.ORGANISER_SUB, item.get("enteredBy").s(), "the record holds the sub");
        assertEquals("organiser@example.lv", item.get("enteredByEmail").s(), "and the e-mail beside it");
        assertEquals("organiser", item.get("source").s());
        JsonNode listed = get(queue, "moderation-queue.json", Map.of("status", "approved")).path("items").get(0);
        assertEquals("organiser", listed.path("source").asText());
        assertEquals(Events.ORGANISER_SUB, listed.path("enteredBy").asText());
        assertEquals("organiser@example.lv", listed.path("enteredByEmail").asText());
        assertEquals("phone", listed.path("channel").asText());
        assertNull(item.get("emailHash"), "no e-mail, so no one-per-person slot");
    }

    @Test
    void decisionsAreRefusedOnceTheCampaignIsPublished() {
        String id = confirmed(Channel.ONLINE, 5, "Laba");
        new DynamoCampaignStore(dynamo, table).freeze(Campaign.defaults(YEAR), clock.instant(), lv.praise.domain.Actor.SCHEDULE);
        APIGatewayV2HTTPResponse response = decisions.handleRequest(Events.withBody("moderation-decisions.json",
                body -> body.putArray("decisions").addObject().put("praiseId", id).put("decision", "reject")
                        .put("reason", "spam")), null);
        assertEquals(409, response.getStatusCode());
        assertEquals("closed", Events.body(response).path("error").path("code").asText());
        assertEquals(1, count());
        assertEquals(ModerationStatus.PENDING, moderationStore.findConfirmed(id).orElseThrow().status());
    }

    private Standings recalculate() {
        new RecalculateStandings(YEAR, new DynamoCampaignStore(dynamo, table), participants,
                new DynamoEvaluationStore(dynamo, table), new DynamoScoringSource(dynamo, table, 2),
                new DynamoStandingsStore(dynamo, table, clock), clock).run();
        clock.advance(Duration.ofSeconds(1));
        return new DynamoStandingsStore(dynamo, table, clock).latest(YEAR).orElseThrow().standings();
    }

    private static String counts(JsonNode body) {
        return body.path("counts").toString();
    }

    private static String counts(long pending, long approved, long rejected) {
        return new ModerationCountsView(new ModerationCounts(pending, approved, rejected)).node();
    }

    /** The counts as the routes answer them, to compare with an answer's {@code counts}. */
    private record ModerationCountsView(ModerationCounts counts) {
        String node() {
            return Events.JSON.valueToTree(ModerationView.counts(counts)).toString();
        }
    }
}
