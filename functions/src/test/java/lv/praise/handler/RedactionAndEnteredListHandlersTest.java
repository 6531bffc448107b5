package lv.praise.handler;

import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.SITE;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.Channel;
import lv.praise.domain.intake.ConfirmPraise;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.Lang;
import lv.praise.domain.intake.PraiseSubmission;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.domain.erasure.OrganiserErasure;
import lv.praise.domain.moderation.EnterPraise;
import lv.praise.domain.moderation.ModeratePraise;
import lv.praise.domain.moderation.PraiseWall;
import lv.praise.domain.moderation.RedactPraise;
import lv.praise.testkit.Events;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.RecordingMailer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Redaction of a praise's text and the list of entered praise, over the in-memory store, from events/. */
class RedactionAndEnteredListHandlersTest {
    private static final String PHONE = "+371 29 123 456";
    private static final String TEXT = "Ļoti laipni palīdzēja! Zvaniet man: " + PHONE + ", paldies.";

    private final InMemoryStore store = new InMemoryStore();
    private final RecordingMailer mailer = new RecordingMailer();
    private final MutableClock clock = new MutableClock(DURING_WINDOW);
    private final SubmitPraise submit = new SubmitPraise(YEAR, store, mailer, new KeyedHasher(EMAIL_KEY), SITE, clock);
    private final ConfirmPraise confirm = new ConfirmPraise(store, store, clock);
    private final ModeratePraise moderation = new ModeratePraise(YEAR, store, store, clock);
    private final ModerationQueueHandler queue = new ModerationQueueHandler(moderation);
    private final ModerationDecisionsHandler decisions = new ModerationDecisionsHandler(moderation);
    private final RedactPraiseHandler redact = new RedactPraiseHandler(new RedactPraise(YEAR, store, store, lv.praise.domain.HashRetention.DEFAULT, clock));
    private final EnterPraise enterPraise = new EnterPraise(YEAR, store, store, store, clock);
    private final EnterPraiseHandler enter = new EnterPraiseHandler(enterPraise);
    private final ListEnteredPraiseHandler entered = new ListEnteredPraiseHandler(enterPraise);
    private final GetPraiseWallHandler wall = new GetPraiseWallHandler(new PraiseWall(YEAR, store, store, store));
    private int people;

    @BeforeEach
    void participant() {
        store.save(LIBRARY);
    }

    private String confirmed(String text) {
        clock.advance(Duration.ofMinutes(1));
        submit.submit(new PraiseSubmission(LIBRARY.id(), null, null, 5, List.of("speed"), text, Channel.ONLINE,
                "person" + (++people) + "@example.lv", Lang.LV));
        String token = mailer.lastToken();
        confirm.confirm(token);
        return token.substring(0, token.indexOf('.'));
    }

    private static APIGatewayV2HTTPEvent redaction(String praiseId, String part) {
        return Events.withBody("redact-praise.json", body -> {
            body.put("praiseId", praiseId);
            body.put("part", part);
        });
    }

    private void approve(String id) {
        APIGatewayV2HTTPResponse response = decisions.handleRequest(Events.withBody("moderation-decisions.json", body -> {
            body.putArray("decisions").addObject().put("praiseId", id).put("decision", "approve");
        }), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
    }

    @Test
    void aRedactedPartIsGoneFromTheWallAndTheConsoleAndKeptOnlyInTheAuditRecord() {
        String id = confirmed(TEXT);
        List<String> log = new ArrayList<>();
        APIGatewayV2HTTPResponse response;
        try (JsonLog.Invocation ignored = JsonLog.record(log::add)) {
            response = redact.handleRequest(redaction(id, PHONE), null);
        }
        assertEquals(200, response.getStatusCode(), response.getBody());
        String redacted = "Ļoti laipni palīdzēja! Zvaniet man: […], paldies.";
        assertEquals(redacted, Events.body(response).path("text").asText());
        assertEquals(1, Events.body(response).path("replaced").asInt());

        approve(id);
        String shown = wall.handleRequest(Events.load("get-praise-wall.json"), null).getBody();
        assertTrue(shown.contains("Zvaniet man: […], paldies."), shown);
        assertFalse(shown.contains("29 123 456"), "the wall shows the redacted text only");
        String console = queue.handleRequest(withQuery(Map.of("status", "approved")), null).getBody();
        assertTrue(console.contains("[…]"), console);
        assertFalse(console.contains("29 123 456"), "the console's queue too");
        assertTrue(store.praises().stream().noneMatch(p -> p.text() != null && p.text().contains(PHONE)),
                "the stored praise holds no phone number");
        assertEquals(TEXT, store.originalText(id), "the original is in the audit record");
        assertEquals(store.findOrDefault(YEAR).awardsAt().plus(java.time.Duration.ofDays(lv.praise.domain.HashRetention.DEFAULT_DAYS)),
                store.auditPurgeAt(id), "and expires with the other retained data: awards + HashRetentionDays");

        String logged = String.join("\n", log);
        assertTrue(logged.contains("praise_redacted"), logged);
        assertTrue(logged.contains(Events.ORGANISER_SUB), "the actor is logged: " + logged);
        assertFalse(logged.contains("29 123 456") || logged.contains("laipni"), "no words of the praise in the log");
    }

    @Test
    void redactingTwiceKeepsTheFirstOriginalAndEveryOccurrenceIsHidden() {
        String id = confirmed("Ilze (tālr. 20000000) un Jānis (tālr. 20000000) – abi lieliski, Ilze Kalniņa.");
        JsonNode first = Events.body(redact.handleRequest(redaction(id, "20000000"), null));
        assertEquals(2, first.path("replaced").asInt());
        JsonNode second = Events.body(redact.handleRequest(redaction(id, "Ilze Kalniņa"), null));
        assertEquals("Ilze (tālr. […]) un Jānis (tālr. […]) – abi lieliski, […].", second.path("text").asText());
        assertEquals("Ilze (tālr. 20000000) un Jānis (tālr. 20000000) – abi lieliski, Ilze Kalniņa.",
                store.originalText(id));
    }

    @Test
    void erasingARedactedPraiseDropsTheOriginalFromTheAuditRecordToo() {
        String id = confirmed(TEXT);
        assertEquals(200, redact.handleRequest(redaction(id, PHONE), null).getStatusCode());
        new OrganiserErasure(YEAR, store, new KeyedHasher(EMAIL_KEY), clock).erase(id, null, lv.praise.domain.Actor.SCHEDULE);
        assertNull(store.originalText(id));
    }

    @Test
    void rejectingARedactedPraiseForPersonalDataDropsTheOriginalToo() {
        String id = confirmed(TEXT);
        assertEquals(200, redact.handleRequest(redaction(id, PHONE), null).getStatusCode());
        decisions.handleRequest(Events.withBody("moderation-decisions.json", body -> body.putArray("decisions")
                .addObject().put("praiseId", id).put("decision", "reject").put("reason", "personal_data")), null);
        assertNull(store.originalText(id));
    }

    static Stream<Arguments> badRedactions() {
        return Stream.of(
                Arguments.of((Consumer<ObjectNode>) b -> b.remove("praiseId"), "praiseId", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("praiseId", 7), "praiseId", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("praiseId", "AAAAAAAAAAAAAAAAAAAAAA"), "praiseId", 404),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("praiseId", "../x"), "praiseId", 404),
                Arguments.of((Consumer<ObjectNode>) b -> b.remove("part"), "part", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("part", "   "), "part", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("part", 3), "part", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("part", "+371 99 999 999"), "part", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("part", "x".repeat(2001)), "part", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("part", "laipni\u0000"), "part", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("part", "[…]"), "part", 400),
                Arguments.of((Consumer<ObjectNode>) b -> b.put("text", "other"), "text", 400));
    }

    @ParameterizedTest
    @MethodSource("badRedactions")
    void everyBadRedactionFieldIsNamedAndNothingIsWritten(Consumer<ObjectNode> change, String field, int status) {
        String id = confirmed(TEXT);
        int writes = store.moderationWrites();
        APIGatewayV2HTTPResponse response = redact.handleRequest(Events.withBody("redact-praise.json", body -> {
            body.put("praiseId", id);
            body.put("part", PHONE);
            change.accept(body);
        }), null);
        assertEquals(status, response.getStatusCode(), response.getBody());
        assertEquals(field, Events.body(response).path("error").path("field").asText());
        assertEquals(writes, store.moderationWrites(), "nothing written");
        assertNull(store.originalText(id));
        assertTrue(store.praises().stream().anyMatch(p -> TEXT.equals(p.text())));
    }

    @Test
    void aPraiseWhoseWordsWereErasedHasNothingToRedact() {
        String id = confirmed(TEXT);
        decisions.handleRequest(Events.withBody("moderation-decisions.json", body -> body.putArray("decisions")
                .addObject().put("praiseId", id).put("decision", "reject").put("reason", "personal_data")), null);
        APIGatewayV2HTTPResponse response = redact.handleRequest(redaction(id, PHONE), null);
        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals("praiseId", Events.body(response).path("error").path("field").asText());
    }

    @ParameterizedTest
    @Event(value = "../events/redact-praise.json", type = APIGatewayV2HTTPEvent.class)
    void theSampleRedactionNamesAnUnknownPraiseAndWritesNothing(APIGatewayV2HTTPEvent event) {
        confirmed(TEXT);
        APIGatewayV2HTTPResponse response = redact.handleRequest(event, null);
        assertEquals(404, response.getStatusCode(), response.getBody());
        assertEquals("praiseId", Events.body(response).path("error").path("field").asText());
        assertEquals(0, store.moderationWrites());
    }

    @Test
    void bothRoutesNeedAnOrganiser() {
        Map<String, AdminHandler> routes = Map.of("redact-praise.json", redact, "list-entered-praise.json", entered);
        routes.forEach((name, handler) -> {
            assertEquals(401, handler.handleRequest(Events.anonymous(name), null).getStatusCode(), name);
            assertEquals(403, handler.handleRequest(Events.outsider(name), null).getStatusCode(), name);
        });
    }

    @ParameterizedTest
    @Event(value = "../events/list-entered-praise.json", type = APIGatewayV2HTTPEvent.class)
    void theEnteredListShowsWhoEnteredWhatWhenAndItsStateNewestFirst(APIGatewayV2HTTPEvent event) {
        confirmed("Not entered: from the form");
        assertEquals(201, enter.handleRequest(Events.load("enter-praise.json"), null).getStatusCode());
        clock.advance(Duration.ofMinutes(5));
        APIGatewayV2HTTPResponse second = enter.handleRequest(Events.withBody("enter-praise.json",
                b -> b.put("channel", "paper")), null);
        String secondId = Events.body(second).path("praiseId").asText();
        decisions.handleRequest(Events.withBody("moderation-decisions.json", body -> body.putArray("decisions")
                .addObject().put("praiseId", secondId).put("decision", "reject").put("reason", "spam")), null);

        APIGatewayV2HTTPResponse response = entered.handleRequest(event, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode items = Events.body(response).path("items");
        assertEquals(2, items.size(), "only entered praise: " + items);
        JsonNode newest = items.get(0);
        assertEquals(secondId, newest.path("praiseId").asText());
        assertEquals("paper", newest.path("channel").asText());
        assertEquals("rejected", newest.path("status").asText(), "its review state now");
        assertEquals(LIBRARY.name(), newest.path("participantName").asText());
        assertEquals(Events.ORGANISER_SUB, newest.path("enteredBy").asText());
        assertEquals("organiser@example.lv", newest.path("enteredByEmail").asText());
        assertEquals(DURING_WINDOW.plus(Duration.ofMinutes(6)).toString(), newest.path("enteredAt").asText());
        assertEquals("phone", items.get(1).path("channel").asText());
        assertEquals("approved", items.get(1).path("status").asText());
        assertFalse(response.getBody().contains("\"text\""), "no praise text on the list");
    }

    @Test
    void theEnteredListPagesWithACursorAndNamesBadParameters() {
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertEquals(201, enter.handleRequest(Events.load("enter-praise.json"), null).getStatusCode());
        }
        JsonNode first = Events.body(entered.handleRequest(withList(Map.of("limit", "2")), null));
        assertEquals(2, first.path("items").size());
        String cursor = first.path("nextCursor").asText();
        JsonNode rest = Events.body(entered.handleRequest(withList(Map.of("limit", "2", "cursor", cursor)), null));
        assertEquals(1, rest.path("items").size());
        assertTrue(rest.path("nextCursor").isNull());
        List<String> ids = new ArrayList<>();
        first.path("items").forEach(i -> ids.add(i.path("praiseId").asText()));
        rest.path("items").forEach(i -> ids.add(i.path("praiseId").asText()));
        assertEquals(3, ids.stream().distinct().count());

        for (Map.Entry<String, String> bad : Map.of("limit", "0", "cursor", "bm90IGEgY3Vyc29y", "status", "x").entrySet()) {
            APIGatewayV2HTTPResponse response = entered.handleRequest(withList(Map.of(bad.getKey(), bad.getValue())), null);
            assertEquals(400, response.getStatusCode(), bad.toString());
            assertEquals(bad.getKey(), Events.body(response).path("error").path("field").asText());
        }
    }

    private static APIGatewayV2HTTPEvent withQuery(Map<String, String> query) {
        APIGatewayV2HTTPEvent event = Events.load("moderation-queue.json");
        event.setQueryStringParameters(new HashMap<>(query));
        return event;
    }

    private static APIGatewayV2HTTPEvent withList(Map<String, String> query) {
        APIGatewayV2HTTPEvent event = Events.load("list-entered-praise.json");
        event.setQueryStringParameters(new HashMap<>(query));
        return event;
    }
}
