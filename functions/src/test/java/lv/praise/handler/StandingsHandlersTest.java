package lv.praise.handler;

import static lv.praise.testkit.Fixtures.BAKERY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import lv.praise.domain.Channel;
import lv.praise.domain.ReadParticipant;
import lv.praise.domain.standings.RecalculateStandings;
import lv.praise.domain.standings.ReadStandings;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.Events;
import lv.praise.testkit.InMemoryEvaluations;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.StandingsFakes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class StandingsHandlersTest {
    /** 02:00 in Riga on 5 March 2027, as in events/nightly-recalculation.json. */
    private static final Instant NIGHT = Instant.parse("2027-03-05T00:00:00Z");

    private final InMemoryStore store = new InMemoryStore();
    private final StandingsFakes.Praises praises = new StandingsFakes.Praises(store);
    private final InMemoryEvaluations evaluations = new InMemoryEvaluations();
    private final StandingsFakes.Snapshots snapshots = new StandingsFakes.Snapshots();
    private final MutableClock clock = new MutableClock(NIGHT);
    private final RecalculateStandings recalculate =
            new RecalculateStandings(YEAR, store, store, evaluations, praises, snapshots, clock);
    private final GetStandingsHandler standings = new GetStandingsHandler(new ReadStandings(YEAR, snapshots));

    StandingsHandlersTest() {
        store.save(Fixtures.firstFormulaCampaign());
        store.save(LIBRARY);
        store.save(BAKERY);
        for (int i = 0; i < 5; i++) {
            praises.add(YEAR, LIBRARY.id(), Channel.ONLINE, 4, true);
            praises.add(YEAR, LIBRARY.id(), Channel.BRANCH, 4, true);
        }
        praises.add(YEAR, BAKERY.id(), Channel.ONLINE, 5, true);
        praises.add(YEAR, BAKERY.id(), Channel.ONLINE, 5, false);
        // Means: online 25/6, branch 4. LIBRARY: online 20·(5·25/6 + 20)/10 = 81.666…, branch 80,
        // mystery 80 → total (30·245/3 + 30·80 + 40·80)/100 = 80.50. BAKERY: below the threshold.
        StandingsFakes.evaluate(evaluations, YEAR, LIBRARY.id(), 79, 81);
        StandingsFakes.evaluate(evaluations, YEAR, BAKERY.id(), 60);
    }

    @ParameterizedTest
    @Event(value = "../events/recalculate-scores.json", type = APIGatewayV2HTTPEvent.class)
    void anOrganiserRecalculatesNow(APIGatewayV2HTTPEvent event) {
        clock.set(Instant.parse("2027-03-06T09:00:00Z"));
        APIGatewayV2HTTPResponse response = new RecalculateScoresHandler(recalculate).handleRequest(event, null);
        assertEquals(200, response.getStatusCode());
        JsonNode body = Events.body(response);
        assertEquals("2027-03-06", body.path("date").asText());
        assertEquals(2, body.path("participants").asInt());
        assertEquals(12, body.path("praisesRead").asInt());
        assertEquals(11, body.path("countedPraise").asInt());
        assertTrue(body.path("eligible").isInt());
        assertTrue(body.path("durationMs").isNumber());
        assertTrue(body.path("latest").asBoolean());
        assertEquals("2027-03-06", snapshots.latest(YEAR).orElseThrow().date().toString());
    }

    @Test
    void recalculatingNeedsAnOrganiser() {
        RecalculateScoresHandler handler = new RecalculateScoresHandler(recalculate);
        APIGatewayV2HTTPEvent anonymous = Events.load("recalculate-scores.json");
        anonymous.getRequestContext().setAuthorizer(null);
        APIGatewayV2HTTPResponse refused = handler.handleRequest(anonymous, null);
        assertEquals(401, refused.getStatusCode());
        assertEquals("unauthorized", Events.body(refused).path("error").path("code").asText());

        APIGatewayV2HTTPEvent outsider = Events.load("recalculate-scores.json");
        outsider.getRequestContext().getAuthorizer().getJwt().setClaims(Map.of("sub", "x", "email", "a@example.lv",
                "cognito:groups", "[editors]"));
        APIGatewayV2HTTPResponse forbidden = handler.handleRequest(outsider, null);
        assertEquals(403, forbidden.getStatusCode());
        assertEquals("forbidden", Events.body(forbidden).path("error").path("code").asText());
        assertFalse(snapshots.latest(YEAR).isPresent(), "nothing was calculated");
    }

    @ParameterizedTest
    @Event(value = "../events/get-standings.json", type = APIGatewayV2HTTPEvent.class)
    void theLatestStandingsWithComponentsTotalsEligibilityAndRanks(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse none = standings.handleRequest(event, null);
        assertEquals(404, none.getStatusCode());
        assertEquals("not_found", Events.body(none).path("error").path("code").asText());
        assertEquals("date", Events.body(none).path("error").path("field").asText());

        recalculate.run();
        APIGatewayV2HTTPResponse response = standings.handleRequest(event, null);
        assertEquals(200, response.getStatusCode());
        JsonNode body = Events.body(response);
        assertEquals("2027-03-05", body.path("date").asText());
        assertEquals(NIGHT.toString(), body.path("generatedAt").asText());
        assertEquals("2027.1", body.path("formulaVersion").asText());
        assertEquals(2, body.path("counts").path("participants").asInt());
        assertEquals(1, body.path("counts").path("ignoredUnconfirmed").asInt());
        assertEquals(6, body.path("campaignMeans").path("online").path("n").asInt());
        assertEquals(25, body.path("campaignMeans").path("online").path("S").asInt());

        JsonNode library = body.path("rows").get(0);
        assertEquals(LIBRARY.id(), library.path("id").asText());
        assertEquals("STATE", library.path("category").asText());
        assertEquals(5, library.path("components").path("online").path("n").asInt());
        assertEquals(20, library.path("components").path("online").path("S").asInt());
        assertEquals(2, library.path("components").path("mystery").path("n").asInt());
        assertEquals(10, library.path("confirmedPraiseCount").asInt());
        assertTrue(library.path("eligible").asBoolean());
        assertTrue(library.path("reason").isNull());
        assertEquals(1, library.path("ranks").path("overall").asInt());
        assertEquals(1, library.path("ranks").path("categoryAndSize").asInt());

        JsonNode bakery = body.path("rows").get(1);
        assertTrue(bakery.path("components").path("branch").isNull(), "no branches, no branch component");
        assertFalse(bakery.path("eligible").asBoolean());
        assertEquals("below_threshold", bakery.path("reason").asText());
        assertTrue(bakery.path("ranks").path("overall").isNull());

        // Exact figures with their two decimals, as JSON numbers.
        String raw = response.getBody();
        assertTrue(raw.contains("\"mystery\":{\"n\":2,\"score\":80.00}"), raw);
        assertTrue(raw.contains("\"online\":{\"n\":5,\"S\":20,\"score\":81.67}"), raw);
        assertTrue(raw.contains("\"branch\":{\"n\":5,\"S\":20,\"score\":80.00}"), raw);
        assertTrue(raw.contains("\"total\":80.50,"), raw);
        assertTrue(raw.contains("\"qualityThreshold\":80.0"), raw);
        assertFalse(raw.contains("@"), "no contact e-mail in the standings");
    }

    @Test
    void anEarlierDayByDateAndABadDate() {
        recalculate.run();
        praises.add(YEAR, BAKERY.id(), Channel.ONLINE, 5, true);
        clock.set(NIGHT.plusSeconds(24 * 3600));
        recalculate.run();

        APIGatewayV2HTTPEvent event = Events.load("get-standings.json");
        assertEquals("2027-03-06", Events.body(standings.handleRequest(event, null)).path("date").asText());

        event.setQueryStringParameters(Map.of("date", "2027-03-05"));
        JsonNode earlier = Events.body(standings.handleRequest(event, null));
        assertEquals("2027-03-05", earlier.path("date").asText());
        assertEquals(1, earlier.path("rows").get(1).path("confirmedPraiseCount").asInt());

        event.setQueryStringParameters(Map.of("date", "2027-03-04"));
        APIGatewayV2HTTPResponse missing = standings.handleRequest(event, null);
        assertEquals(404, missing.getStatusCode());
        assertEquals("date", Events.body(missing).path("error").path("field").asText());

        for (String bad : new String[] {"5.3.2027", "2027-02-30", "yesterday", ""}) {
            event.setQueryStringParameters(Map.of("date", bad));
            APIGatewayV2HTTPResponse refused = standings.handleRequest(event, null);
            assertEquals(400, refused.getStatusCode(), bad);
            assertEquals("date", Events.body(refused).path("error").path("field").asText());
        }
    }

    @Test
    void standingsNeedAnOrganiser() {
        recalculate.run();
        APIGatewayV2HTTPEvent anonymous = Events.load("get-standings.json");
        anonymous.getRequestContext().getAuthorizer().getJwt().setClaims(Map.of());
        assertEquals(401, standings.handleRequest(anonymous, null).getStatusCode());
        APIGatewayV2HTTPEvent outsider = Events.load("get-standings.json");
        outsider.getRequestContext().getAuthorizer().getJwt().setClaims(Map.of("sub", "x", "cognito:groups", "[]"));
        APIGatewayV2HTTPResponse forbidden = standings.handleRequest(outsider, null);
        assertEquals(403, forbidden.getStatusCode());
        assertFalse(forbidden.getBody().contains("rows"));
    }

    @Test
    void thePublicCardStillShowsOnlyThePraiseCount() {
        recalculate.run();
        APIGatewayV2HTTPResponse card = new GetParticipantHandler(new ReadParticipant(YEAR, store))
                .handleRequest(Events.load("get-participant.json"), null);
        JsonNode body = Events.body(card);
        assertEquals(10, body.path("confirmedPraiseCount").asInt());
        for (String hidden : new String[] {"rank", "total", "eligible", "score", "components"}) {
            assertFalse(card.getBody().contains(hidden), hidden);
        }
    }

    @ParameterizedTest
    @Event(value = "../events/nightly-recalculation.json", type = Map.class)
    void theScheduleRecalculatesTheNight(Map<String, Object> event) {
        assertEquals("aws.scheduler", event.get("source"));
        Map<String, Object> result = new NightlyRecalculationHandler(recalculate).handleRequest(new HashMap<>(event), null);
        assertEquals("2027-03-05", result.get("date"));
        assertEquals(2, result.get("participants"));
        assertEquals(12L, result.get("praisesRead"));
        assertTrue(result.containsKey("durationMs"));
        assertEquals("2027-03-05", snapshots.latest(YEAR).orElseThrow().date().toString());
    }

    @Test
    void aFailedNightIsThrownSoTheSchedulerRetries() {
        IllegalStateException failure = new IllegalStateException("DynamoDB unavailable");
        snapshots.failNextSave(failure);
        Map<String, Object> event = EventLoader.loadEvent("../events/nightly-recalculation.json", Map.class);
        NightlyRecalculationHandler handler = new NightlyRecalculationHandler(recalculate);
        assertSame(failure, assertThrows(IllegalStateException.class, () -> handler.handleRequest(event, null)));
        assertFalse(snapshots.latest(YEAR).isPresent());
        handler.handleRequest(event, null);
        assertTrue(snapshots.latest(YEAR).isPresent(), "the retry succeeds");
    }
}
