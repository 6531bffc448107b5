package lv.praise.handler;

import static lv.praise.testkit.Fixtures.BAKERY;
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
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.HashKeySource;
import lv.praise.domain.RefusedException;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.testkit.Events;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.RecordingMailer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SubmitPraiseHandlerTest {
    private final InMemoryStore store = new InMemoryStore();
    private final RecordingMailer mailer = new RecordingMailer();
    private final SubmitPraiseHandler handler = new SubmitPraiseHandler(new SubmitPraise(YEAR, store, mailer,
            new KeyedHasher(EMAIL_KEY), SITE, Fixtures.clockAt(DURING_WINDOW)));

    @BeforeEach
    void participants() {
        store.save(LIBRARY);
        store.save(BAKERY);
    }

    @ParameterizedTest
    @Event(value = "../events/submit-praise.json", type = APIGatewayV2HTTPEvent.class)
    void withoutTheHashKeyAPraiseIs503NotConfiguredAndNothingIsStoredOrSent(APIGatewayV2HTTPEvent event) {
        // As SecretsManagerHashKey refuses when Secrets Manager can't be read (SecretsManagerHashKeyTest).
        HashKeySource unavailable = () -> {
            throw new RefusedException(ErrorCode.NOT_CONFIGURED, null, "the e-mail hash key could not be read");
        };
        SubmitPraiseHandler withoutKey = new SubmitPraiseHandler(new SubmitPraise(YEAR, store, mailer,
                new KeyedHasher(unavailable), SITE, Fixtures.clockAt(DURING_WINDOW)));

        APIGatewayV2HTTPResponse response = withoutKey.handleRequest(event, null);

        assertEquals(503, response.getStatusCode(), response.getBody());
        assertEquals("not_configured", Events.body(response).path("error").path("code").asText());
        assertTrue(store.praises().isEmpty(), "nothing stored");
        assertTrue(mailer.sent().isEmpty(), "nothing sent");
    }

    @ParameterizedTest
    @Event(value = "../events/submit-praise.json", type = APIGatewayV2HTTPEvent.class)
    void theSampleEventIsAcceptedAndAsksForConfirmation(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        assertEquals(202, response.getStatusCode(), response.getBody());
        assertEquals("pending_confirmation", Events.body(response).path("status").asText());
        assertEquals("application/json; charset=utf-8", response.getHeaders().get("Content-Type"));
        assertEquals(1, store.praises().size());
        assertEquals("Aizkalne", store.praises().get(0).branch());
        assertEquals("lasitajs@example.lv", mailer.last().to());
    }

    @ParameterizedTest
    @Event(value = "../events/submit-praise.json", type = APIGatewayV2HTTPEvent.class)
    void aRepeatPraiseAnswersExactlyAsAFirstOneAndItsEmailSaysItChangesNothing(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse first = handler.handleRequest(event, null);
        new lv.praise.domain.intake.ConfirmPraise(store, store, Fixtures.clockAt(DURING_WINDOW)).confirm(mailer.lastToken());
        int stored = store.praises().size();

        APIGatewayV2HTTPResponse repeat = handler.handleRequest(event, null);

        assertEquals(first.getStatusCode(), repeat.getStatusCode(), repeat.getBody());
        assertEquals(202, repeat.getStatusCode());
        assertEquals(first.getBody(), repeat.getBody(), "the same body: the answer tells nothing");
        assertEquals(first.getHeaders(), repeat.getHeaders());
        assertEquals(stored, store.praises().size(), "nothing stored that could count");
        assertEquals("lasitajs@example.lv", mailer.last().to());
        assertTrue(mailer.last().text().contains("nekas nav mainījies"), mailer.last().text());
        assertFalse(mailer.last().text().contains("token="), mailer.last().text());
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                bad("participantId", 404, "unknown_participant", b -> b.put("participantId", "no-such-participant")),
                bad("participantId", 400, "invalid", b -> b.remove("participantId")),
                bad("participantId", 400, "invalid", b -> b.put("participantId", 42)),
                bad("stars", 400, "invalid", b -> b.put("stars", 6)),
                bad("stars", 400, "invalid", b -> b.put("stars", 0)),
                bad("stars", 400, "invalid", b -> b.put("stars", "5")),
                bad("stars", 400, "invalid", b -> b.put("stars", 4.5)),
                bad("stars", 400, "invalid", b -> b.remove("stars")),
                bad("text", 400, "invalid", b -> b.put("text", "")),
                bad("text", 400, "invalid", b -> b.put("text", "x".repeat(2001))),
                bad("email", 400, "invalid", b -> b.put("email", "not an address")),
                bad("aspects", 400, "invalid", b -> b.putArray("aspects").add("price")),
                bad("aspects", 400, "invalid", b -> b.put("aspects", "speed")),
                bad("consent", 400, "invalid", b -> b.put("consent", false)),
                bad("consent", 400, "invalid", b -> b.remove("consent")),
                bad("consent", 400, "invalid", b -> b.put("consent", "yes")),
                // Phone and paper are real channels now, but only organisers enter them (POST /api/admin/praise).
                bad("channel", 400, "invalid", b -> b.put("channel", "phone")),
                bad("channel", 400, "invalid", b -> b.put("channel", "paper")),
                bad("channel", 400, "invalid", b -> b.put("channel", "fax")),
                bad("branch", 400, "invalid", b -> b.put("branch", "Daugavpils")),
                // A branch is where a person was served: "online" with a branch is refused, naming the branch.
                bad("branch", 400, "invalid", b -> b.put("channel", "online")),
                bad("lang", 400, "invalid", b -> b.put("lang", "ru")),
                bad("isAdmin", 400, "invalid", b -> b.put("isAdmin", true)));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @MethodSource("badBodies")
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten(String field, int status, String code,
                                                            Consumer<ObjectNode> change) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(Events.withBody("submit-praise.json", change), null);
        assertEquals(status, response.getStatusCode(), response.getBody());
        JsonNode error = Events.body(response).path("error");
        assertEquals(code, error.path("code").asText());
        assertEquals(field, error.path("field").asText());
        assertTrue(store.praises().isEmpty());
        assertTrue(mailer.sent().isEmpty());
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        for (String body : new String[] {"{", "[]", "\"text\"", "{} {}", "{\"stars\":5,\"stars\":4}", ""}) {
            APIGatewayV2HTTPEvent event = Events.load("submit-praise.json");
            event.setBody(body);
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
            assertEquals(400, response.getStatusCode(), body);
            assertEquals("body", Events.body(response).path("error").path("field").asText());
        }
        assertTrue(store.praises().isEmpty());
    }

    @Test
    void deeplyNestedJsonIsRefusedWithoutAStackOverflow() {
        APIGatewayV2HTTPEvent event = Events.load("submit-praise.json");
        event.setBody("{\"text\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        assertEquals(400, response.getStatusCode());
    }

    @Test
    void aBodyOver16KilobytesIsRefusedWith413() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                Events.withBody("submit-praise.json", b -> b.put("text", "x".repeat(17 * 1024))), null);
        assertEquals(413, response.getStatusCode());
        assertEquals("too_large", Events.body(response).path("error").path("code").asText());
    }

    @Test
    void onlyJsonIsAccepted() {
        APIGatewayV2HTTPEvent event = Events.load("submit-praise.json");
        event.setHeaders(Map.of("content-type", "text/plain", "x-praise-origin", Events.ORIGIN_SECRET));
        assertEquals(415, handler.handleRequest(event, null).getStatusCode());
    }

    @Test
    void aBase64BodyIsDecodedAndInvalidUtf8Refused() {
        APIGatewayV2HTTPEvent event = Events.load("submit-praise.json");
        event.setBody(Base64.getEncoder().encodeToString(event.getBody().getBytes(StandardCharsets.UTF_8)));
        event.setIsBase64Encoded(true);
        assertEquals(202, handler.handleRequest(event, null).getStatusCode());

        APIGatewayV2HTTPEvent broken = Events.load("submit-praise.json");
        broken.setBody(Base64.getEncoder().encodeToString(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        broken.setIsBase64Encoded(true);
        APIGatewayV2HTTPResponse response = handler.handleRequest(broken, null);
        assertEquals(400, response.getStatusCode());
        assertEquals("malformed_json", Events.body(response).path("error").path("code").asText());
    }

    @Test
    void aFilledHoneypotLooksAcceptedButStoresAndSendsNothing() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                Events.withBody("submit-praise.json", b -> b.put("website", "http://spam.example")), null);
        assertEquals(202, response.getStatusCode());
        assertTrue(store.praises().isEmpty());
        assertTrue(mailer.sent().isEmpty());
    }

    @Test
    void aMailFailureIs503WithoutInternals() {
        mailer.failing(true);
        APIGatewayV2HTTPResponse response = handler.handleRequest(Events.load("submit-praise.json"), null);
        assertEquals(503, response.getStatusCode());
        assertEquals("mail_failed", Events.body(response).path("error").path("code").asText());
        assertFalse(response.getBody().contains("Exception"));
        assertTrue(store.praises().isEmpty());
    }

    private static Arguments bad(String field, int status, String code, Consumer<ObjectNode> change) {
        return Arguments.of(field, status, code, change);
    }
}
