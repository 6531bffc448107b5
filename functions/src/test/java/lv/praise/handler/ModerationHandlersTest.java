package lv.praise.handler;

import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.SITE;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import lv.praise.domain.Campaign;
import lv.praise.domain.Channel;
import lv.praise.domain.intake.ConfirmPraise;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.Lang;
import lv.praise.domain.intake.PraiseSubmission;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.domain.moderation.EnterPraise;
import lv.praise.domain.moderation.ModeratePraise;
import lv.praise.domain.moderation.PraiseWall;
import lv.praise.testkit.Events;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.RecordingMailer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The moderation routes over the in-memory store, from the sample events of events/. */
class ModerationHandlersTest {
    private final InMemoryStore store = new InMemoryStore();
    private final RecordingMailer mailer = new RecordingMailer();
    private final MutableClock clock = new MutableClock(DURING_WINDOW);
    private final SubmitPraise submit = new SubmitPraise(YEAR, store, mailer, new KeyedHasher(EMAIL_KEY), SITE, clock);
    private final ConfirmPraise confirm = new ConfirmPraise(store, store, clock);
    private final ModeratePraise moderation = new ModeratePraise(YEAR, store, store, clock);
    private final ModerationQueueHandler queue = new ModerationQueueHandler(moderation);
    private final ModerationDecisionsHandler decisions = new ModerationDecisionsHandler(moderation);
    private final EnterPraiseHandler enter = new EnterPraiseHandler(new EnterPraise(YEAR, store, store, store, clock));
    private final GetPraiseWallHandler wall = new GetPraiseWallHandler(new PraiseWall(YEAR, store, store, store));
    private int people;

    @BeforeEach
    void participant() {
        store.save(LIBRARY);
    }

    private String confirmed(String employee, String text) {
        clock.advance(Duration.ofMinutes(1));
        submit.submit(new PraiseSubmission(LIBRARY.id(), "Preiļi", employee, 5, List.of("speed"), text, Channel.BRANCH,
                "person" + (++people) + "@example.lv", Lang.LV));
        String token = mailer.lastToken();
        confirm.confirm(token);
        return token.substring(0, token.indexOf('.'));
    }

    private static APIGatewayV2HTTPEvent decide(String... idsAndDecisions) {
        return Events.withBody("moderation-decisions.json", body -> {
            var list = body.putArray("decisions");
            for (int i = 0; i < idsAndDecisions.length; i += 2) {
                ObjectNode d = list.addObject().put("praiseId", idsAndDecisions[i]);
                String[] decision = idsAndDecisions[i + 1].split(":");
                d.put("decision", decision[0]);
                if (decision.length > 1) {
                    d.put("reason", decision[1]);
                }
            }
        });
    }

    private static APIGatewayV2HTTPEvent withQuery(String name, Map<String, String> query) {
        APIGatewayV2HTTPEvent event = Events.load(name);
        event.setQueryStringParameters(new HashMap<>(query));
        return event;
    }

    @ParameterizedTest
    @Event(value = "../events/moderation-queue.json", type = APIGatewayV2HTTPEvent.class)
    void theQueueListsConfirmedPraiseWithItsReviewState(APIGatewayV2HTTPEvent event) {
        String id = confirmed("Ilze Kalniņa", "Ļoti laipni!");
        APIGatewayV2HTTPResponse response = queue.handleRequest(event, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode body = Events.body(response);
        assertEquals(1, body.path("counts").path("pending").asInt());
        assertEquals(0, body.path("counts").path("approved").asInt());
        JsonNode item = body.path("items").get(0);
        assertEquals(id, item.path("praiseId").asText());
        assertEquals("Ilze Kalniņa", item.path("employee").asText(), "organisers see what was written");
        assertEquals("branch", item.path("channel").asText());
        assertEquals("pending", item.path("moderation").path("status").asText());
        assertEquals("form", item.path("source").asText());
        assertTrue(item.path("enteredBy").isNull());
        assertTrue(item.path("moderation").path("reason").isNull());
        assertFalse(response.getBody().contains("emailHash") || response.getBody().contains("tokenHash"));
        assertTrue(body.path("nextCursor").isNull());
    }

    @Test
    void theQueuesParametersAreCheckedByName() {
        for (Map.Entry<String, String> bad : Map.of("status", "all", "limit", "0", "participant", "Bad Id!",
                "cursor", "%%%").entrySet()) {
            APIGatewayV2HTTPResponse response = queue.handleRequest(withQuery("moderation-queue.json",
                    Map.of(bad.getKey(), bad.getValue())), null);
            assertEquals(400, response.getStatusCode(), bad.toString());
            assertEquals(bad.getKey(), Events.body(response).path("error").path("field").asText());
        }
        APIGatewayV2HTTPResponse limit = queue.handleRequest(withQuery("moderation-queue.json", Map.of("limit", "ten")), null);
        assertEquals("limit", Events.body(limit).path("error").path("field").asText());
    }

    @ParameterizedTest
    @Event(value = "../events/moderation-decisions.json", type = APIGatewayV2HTTPEvent.class)
    void theSampleDecisionsNameUnknownPraiseAndChangeNothing(APIGatewayV2HTTPEvent event) {
        confirmed(null, "A");
        APIGatewayV2HTTPResponse response = decisions.handleRequest(event, null);
        assertEquals(404, response.getStatusCode());
        assertEquals("decisions[0].praiseId", Events.body(response).path("error").path("field").asText());
        assertEquals(0, store.moderationWrites());
    }

    @Test
    void approvingAndRejectingAnswersEachResultAndTheCounts() {
        String a = confirmed("Ilze Kalniņa", "Laba");
        String b = confirmed(null, "Reklāma");
        APIGatewayV2HTTPResponse response = decisions.handleRequest(decide(a, "approve", b, "reject:spam"), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode body = Events.body(response);
        assertEquals(a, body.path("results").get(0).path("praiseId").asText());
        assertEquals("approved", body.path("results").get(0).path("status").asText());
        assertTrue(body.path("results").get(0).path("changed").asBoolean());
        assertEquals("rejected", body.path("results").get(1).path("status").asText());
        assertEquals(0, body.path("counts").path("pending").asInt());
        assertEquals(1, body.path("counts").path("approved").asInt());
        assertEquals(1, body.path("counts").path("rejected").asInt());
        assertEquals(1, store.find(YEAR, LIBRARY.id()).orElseThrow().confirmedPraiseCount());

        JsonNode again = Events.body(decisions.handleRequest(decide(b, "reject:spam"), null));
        assertFalse(again.path("results").get(0).path("changed").asBoolean());

        APIGatewayV2HTTPResponse rejected = queue.handleRequest(withQuery("moderation-queue.json",
                Map.of("status", "rejected")), null);
        JsonNode item = Events.body(rejected).path("items").get(0);
        assertEquals("spam", item.path("moderation").path("reason").asText());
        assertEquals(Events.ORGANISER_SUB, item.path("moderation").path("by").asText());
        assertEquals("organiser@example.lv", item.path("moderation").path("byEmail").asText());
    }

    static Stream<Arguments> badDecisions() {
        return Stream.of(
                Arguments.of((Consumer<ObjectNode>) b -> b.remove("decisions"), "decisions"),
                Arguments.of((Consumer<ObjectNode>) b -> b.putArray("decisions"), "decisions"),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("decisions", "approve all"), "decisions"),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("extra", 1), "extra"),
                Arguments.of((Consumer<ObjectNode>) b -> ((com.fasterxml.jackson.databind.node.ArrayNode) b.get("decisions")).add("x"), "decisions[2]"),
                Arguments.of((Consumer<ObjectNode>) b -> ((ObjectNode) b.get("decisions").get(1)).put("note", "x"), "decisions[1].note"),
                Arguments.of((Consumer<ObjectNode>) b -> ((ObjectNode) b.get("decisions").get(1)).put("reason", 5), "decisions[1].reason"),
                Arguments.of((Consumer<ObjectNode>) b -> ((ObjectNode) b.get("decisions").get(1)).remove("reason"), "decisions[1].reason"),
                Arguments.of((Consumer<ObjectNode>) b -> ((ObjectNode) b.get("decisions").get(1)).put("reason", "boring"), "decisions[1].reason"),
                Arguments.of((Consumer<ObjectNode>) b -> ((ObjectNode) b.get("decisions").get(0)).put("reason", "spam"), "decisions[0].reason"),
                Arguments.of((Consumer<ObjectNode>) b -> ((ObjectNode) b.get("decisions").get(0)).put("decision", "hide"), "decisions[0].decision"),
                Arguments.of((Consumer<ObjectNode>) b -> ((ObjectNode) b.get("decisions").get(0)).remove("decision"), "decisions[0].decision"),
                Arguments.of((Consumer<ObjectNode>) b -> ((ObjectNode) b.get("decisions").get(0)).putNull("praiseId"), "decisions[0].praiseId"),
                Arguments.of((Consumer<ObjectNode>) b -> ((ObjectNode) b.get("decisions").get(0)).put("praiseId", 7), "decisions[0].praiseId"));
    }

    @ParameterizedTest
    @MethodSource("badDecisions")
    void everyBadDecisionFieldIsNamedAndNothingIsWritten(Consumer<ObjectNode> change, String field) {
        String a = confirmed(null, "A");
        String b = confirmed(null, "B");
        APIGatewayV2HTTPEvent event = Events.withBody("moderation-decisions.json", body -> {
            ((ObjectNode) body.get("decisions").get(0)).put("praiseId", a);
            ((ObjectNode) body.get("decisions").get(1)).put("praiseId", b);
            change.accept(body);
        });
        APIGatewayV2HTTPResponse response = decisions.handleRequest(event, null);
        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals(field, Events.body(response).path("error").path("field").asText());
        assertEquals(0, store.moderationWrites());
        assertEquals(2, store.counts(YEAR).pending());
    }

    @Test
    void decisionsAreRefusedOncePublished() {
        String a = confirmed(null, "A");
        store.save(Campaign.defaults(YEAR).published(clock.instant(), lv.praise.domain.Actor.SCHEDULE));
        APIGatewayV2HTTPResponse response = decisions.handleRequest(decide(a, "approve"), null);
        assertEquals(409, response.getStatusCode());
        assertEquals("closed", Events.body(response).path("error").path("code").asText());
    }

    @ParameterizedTest
    @Event(value = "../events/enter-praise.json", type = APIGatewayV2HTTPEvent.class)
    void anOrganiserEntersPhonePraiseAndGetsItsPublicFields(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = enter.handleRequest(event, null);
        assertEquals(201, response.getStatusCode(), response.getBody());
        JsonNode body = Events.body(response);
        assertEquals("phone", body.path("channel").asText());
        assertEquals("Ilze", body.path("employee").asText());
        assertEquals("Aizkalne", body.path("branch").asText());
        assertEquals("approved", body.path("moderation").asText());
        assertEquals("2027-03-05", body.path("date").asText(), "the day in Riga");
        assertTrue(body.path("praiseId").isTextual(), "the organiser gets the id, to find it in the queue");
        assertFalse(response.getBody().contains("organiser@example.lv"), "who entered it is kept, not shown");
        assertEquals(1, store.find(YEAR, LIBRARY.id()).orElseThrow().confirmedPraiseCount());

        JsonNode shown = Events.body(wall.handleRequest(Events.load("get-praise-wall.json"), null));
        assertEquals(1, shown.path("items").size());
        assertEquals("phone", shown.path("items").get(0).path("channel").asText());
    }

    static Stream<Arguments> badEntries() {
        return Stream.of(
                Arguments.of((Consumer<ObjectNode>) b -> b.put("channel", "online"), "channel", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("channel", "branch"), "channel", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("channel", "fax"), "channel", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.remove("channel"), "channel", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("stars", 0), "stars", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.remove("stars"), "stars", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("stars", "5"), "stars", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("text", " "), "text", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("text", "x".repeat(2001)), "text", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.putArray("aspects").add("charm"), "aspects", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("employee", "x".repeat(101)), "employee", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("branch", "Rīga"), "branch", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("lang", "de"), "lang", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("email", "a@example.lv"), "email", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("participantId", "nobody"), "participantId", 404),
                Arguments.of((Consumer<ObjectNode>) b -> b.remove("participantId"), "participantId", 400));
    }

    @ParameterizedTest
    @MethodSource("badEntries")
    void everyBadEntryFieldIsNamedAndNothingIsWritten(Consumer<ObjectNode> change, String field, int status) {
        APIGatewayV2HTTPResponse response = enter.handleRequest(Events.withBody("enter-praise.json", change), null);
        assertEquals(status, response.getStatusCode(), response.getBody());
        assertEquals(field, Events.body(response).path("error").path("field").asText());
        assertEquals(0, store.moderationWrites());
        assertEquals(0, store.find(YEAR, LIBRARY.id()).orElseThrow().confirmedPraiseCount());
    }

    @Test
    void enteringIsRefusedAfterTheWindow() {
        clock.set(DURING_WINDOW.plus(Duration.ofDays(40)));
        APIGatewayV2HTTPResponse response = enter.handleRequest(Events.load("enter-praise.json"), null);
        assertEquals(409, response.getStatusCode());
        assertEquals("closed", Events.body(response).path("error").path("code").asText());
    }

    @Test
    void everyModerationRouteNeedsAnOrganiser() {
        Map<String, AdminHandler> routes = Map.of("moderation-queue.json", queue, "moderation-decisions.json", decisions,
                "enter-praise.json", enter);
        routes.forEach((name, handler) -> {
            APIGatewayV2HTTPEvent anonymous = Events.load(name);
            anonymous.getRequestContext().setAuthorizer(null);
            assertEquals(401, handler.handleRequest(anonymous, null).getStatusCode(), name);
            APIGatewayV2HTTPEvent outsider = Events.load(name);
            outsider.getRequestContext().getAuthorizer().getJwt().setClaims(Map.of("sub", "x", "email", "a@example.lv",
                    "cognito:groups", "[editors]"));
            APIGatewayV2HTTPResponse forbidden = handler.handleRequest(outsider, null);
            assertEquals(403, forbidden.getStatusCode(), name);
            assertEquals("authorization", Events.body(forbidden).path("error").path("field").asText());
        });
        assertEquals(0, store.moderationWrites());
    }

    @ParameterizedTest
    @Event(value = "../events/get-praise-wall.json", type = APIGatewayV2HTTPEvent.class)
    void theWallShowsApprovedPraiseOnlyWithNothingPrivate(APIGatewayV2HTTPEvent event) {
        String shown = confirmed("Ilze Kalniņa", "Parādīta");
        String hidden = confirmed(null, "Noraidīta");
        confirmed(null, "Gaida");
        decisions.handleRequest(decide(shown, "approve", hidden, "reject:abusive"), null);
        APIGatewayV2HTTPResponse response = wall.handleRequest(event, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode body = Events.body(response);
        assertEquals(1, body.path("items").size());
        JsonNode item = body.path("items").get(0);
        assertEquals("Parādīta", item.path("text").asText());
        assertEquals("Ilze", item.path("employee").asText());
        assertEquals("branch", item.path("channel").asText());
        assertEquals("Preiļi", item.path("branch").asText());
        assertEquals("2027-03-05", item.path("date").asText());
        assertEquals(List.of("stars", "aspects", "text", "channel", "employee", "branch", "date"),
                iterable(item.fieldNames()));
        assertFalse(response.getBody().contains(shown), "no praise id");
        assertTrue(body.path("nextCursor").isNull());
    }

    @Test
    void theWallNamesItsBadParameters() {
        APIGatewayV2HTTPEvent unknown = Events.load("get-praise-wall.json");
        unknown.setPathParameters(Map.of("id", "nobody"));
        APIGatewayV2HTTPResponse notFound = wall.handleRequest(unknown, null);
        assertEquals(404, notFound.getStatusCode());
        assertEquals("id", Events.body(notFound).path("error").path("field").asText());
        APIGatewayV2HTTPEvent malformed = Events.load("get-praise-wall.json");
        malformed.setPathParameters(Map.of("id", "../x"));
        assertEquals(404, wall.handleRequest(malformed, null).getStatusCode());
        for (Map.Entry<String, String> bad : Map.of("limit", "51", "cursor", "bm90IGEgY3Vyc29y").entrySet()) {
            APIGatewayV2HTTPEvent event = Events.load("get-praise-wall.json");
            event.setQueryStringParameters(Map.of(bad.getKey(), bad.getValue()));
            APIGatewayV2HTTPResponse response = wall.handleRequest(event, null);
            assertEquals(400, response.getStatusCode(), bad.toString());
            assertEquals(bad.getKey(), Events.body(response).path("error").path("field").asText());
        }
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
