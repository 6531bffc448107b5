package lv.praise.handler;

import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.SITE;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import lv.praise.domain.intake.ConfirmPraise;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.testkit.Events;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.RecordingMailer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class ConfirmPraiseHandlerTest {
    private final InMemoryStore store = new InMemoryStore();
    private final RecordingMailer mailer = new RecordingMailer();
    private final MutableClock clock = new MutableClock(DURING_WINDOW);
    private final SubmitPraiseHandler submit = new SubmitPraiseHandler(
            new SubmitPraise(YEAR, store, mailer, new KeyedHasher(EMAIL_KEY), SITE, clock));
    private final ConfirmPraiseHandler handler = new ConfirmPraiseHandler(new ConfirmPraise(store, store, clock));

    @BeforeEach
    void participant() {
        store.save(LIBRARY);
    }

    @ParameterizedTest
    @Event(value = "../events/confirm-praise.json", type = APIGatewayV2HTTPEvent.class)
    void theSampleTokenIsWellFormedButUnknown(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        assertEquals(400, response.getStatusCode());
        assertEquals("invalid_token", Events.body(response).path("error").path("code").asText());
    }

    @Test
    void theLinkFromTheEmailConfirmsOnceAndNamesTheParticipant() {
        assertEquals(202, submit.handleRequest(Events.load("submit-praise.json"), null).getStatusCode());
        APIGatewayV2HTTPEvent event = Events.withBody("confirm-praise.json", b -> b.put("token", mailer.lastToken()));

        JsonNode first = Events.body(handler.handleRequest(event, null));
        assertEquals("confirmed", first.path("status").asText());
        assertEquals("Preiļu Galvenā bibliotēka", first.path("participantName").asText());
        assertEquals(LIBRARY.id(), first.path("participantId").asText());

        JsonNode second = Events.body(handler.handleRequest(event, null));
        assertEquals("already_confirmed", second.path("status").asText());
        assertEquals(1, store.find(YEAR, LIBRARY.id()).orElseThrow().confirmedPraiseCount());
    }

    @Test
    void anExpiredLinkIs410() {
        submit.handleRequest(Events.load("submit-praise.json"), null);
        clock.advance(Duration.ofDays(4));
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                Events.withBody("confirm-praise.json", b -> b.put("token", mailer.lastToken())), null);
        assertEquals(410, response.getStatusCode());
        assertEquals("token_expired", Events.body(response).path("error").path("code").asText());
    }

    @Test
    void aMissingTokenNamesTheField() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                Events.withBody("confirm-praise.json", b -> b.remove("token")), null);
        assertEquals(400, response.getStatusCode());
        assertEquals("token", Events.body(response).path("error").path("field").asText());
    }
}
