package lv.praise.handler;

import static lv.praise.testkit.Fixtures.BAKERY;
import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.SITE;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import java.util.List;
import lv.praise.domain.Channel;
import lv.praise.domain.intake.ConfirmPraise;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.Lang;
import lv.praise.domain.Praise;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.intake.PraiseSubmission;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.domain.erasure.OrganiserErasure;
import lv.praise.testkit.Events;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.RecordingMailer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class ErasePraiseHandlerTest {
    private final InMemoryStore store = new InMemoryStore();
    private final RecordingMailer mailer = new RecordingMailer();
    private final MutableClock clock = new MutableClock(DURING_WINDOW);
    private final KeyedHasher hasher = new KeyedHasher(EMAIL_KEY);
    private final SubmitPraise submit = new SubmitPraise(YEAR, store, mailer, hasher, SITE, clock);
    private final ErasePraiseHandler handler = new ErasePraiseHandler(new OrganiserErasure(YEAR, store, hasher, clock));

    @BeforeEach
    void participants() {
        store.save(LIBRARY);
        store.save(BAKERY);
    }

    /** A confirmed praise from this address; its id. */
    private String confirmed(String participantId, String email) {
        submit.submit(new PraiseSubmission(participantId, null, "Ilze", 5, List.of(), "Paldies!", Channel.ONLINE, email,
                Lang.LV));
        String token = mailer.lastToken();
        new ConfirmPraise(store, store, clock).confirm(token);
        return token.substring(0, token.indexOf('.'));
    }

    @ParameterizedTest
    @Event(value = "../events/erase-praise.json", type = APIGatewayV2HTTPEvent.class)
    void everyPraiseOfTheSamplesMailboxIsErasedHoweverTheAddressWasWritten(APIGatewayV2HTTPEvent event) {
        // The sample's address, written otherwise at submission: one canonical mailbox, one person.
        String toLibrary = confirmed(LIBRARY.id(), "Anna.Berzina@Example.LV");
        String toBakery = confirmed(BAKERY.id(), "anna.berzina@example.lv");
        String someoneElse = confirmed(BAKERY.id(), "juris@example.lv");
        assertEquals(2, store.slotsOf(YEAR, hasher.hash("anna.berzina@example.lv")).size());

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(2, Events.body(response).path("erased").asInt());
        for (String id : List.of(toLibrary, toBakery)) {
            Praise p = praise(id);
            assertEquals(PraiseStatus.ERASED, p.status());
            assertNull(p.text());
            assertNull(p.employee());
        }
        assertEquals(PraiseStatus.CONFIRMED, praise(someoneElse).status());
        assertEquals(0, store.find(YEAR, LIBRARY.id()).orElseThrow().confirmedPraiseCount());
        assertEquals(1, store.find(YEAR, BAKERY.id()).orElseThrow().confirmedPraiseCount());
        assertTrue(store.slotsOf(YEAR, hasher.hash("anna.berzina@example.lv")).isEmpty(), "the slots are gone");

        APIGatewayV2HTTPResponse again = handler.handleRequest(event, null);
        assertEquals(200, again.getStatusCode());
        assertEquals(0, Events.body(again).path("erased").asInt());
    }

    @Test
    void onePraiseById() {
        String id = confirmed(LIBRARY.id(), "anna@example.lv");
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                Events.withBody("erase-praise.json", b -> b.removeAll().put("praiseId", id)), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(1, Events.body(response).path("erased").asInt());
        assertEquals(PraiseStatus.ERASED, praise(id).status());

        APIGatewayV2HTTPResponse unknown = handler.handleRequest(
                Events.withBody("erase-praise.json", b -> b.removeAll().put("praiseId", "Tm9TdWNoUHJhaXNlSWQwMA")), null);
        assertEquals(404, unknown.getStatusCode());
        assertEquals("praiseId", Events.body(unknown).path("error").path("field").asText());
    }

    @Test
    void exactlyOneOfIdAndAddressAndTheErrorNamesTheField() {
        String id = confirmed(LIBRARY.id(), "anna.berzina@example.lv");
        assertField("email", Events.withBody("erase-praise.json", b -> b.put("praiseId", id)));
        assertField("praiseId", Events.withBody("erase-praise.json", b -> b.removeAll()));
        assertField("email", Events.withBody("erase-praise.json", b -> b.put("email", "not an address")));
        assertEquals(PraiseStatus.CONFIRMED, praise(id).status(), "nothing was erased");
    }

    @Test
    void organisersOnly() {
        assertEquals(401, handler.handleRequest(Events.anonymous("erase-praise.json"), null).getStatusCode());
        assertEquals(403, handler.handleRequest(Events.outsider("erase-praise.json"), null).getStatusCode());
    }

    private void assertField(String field, APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals(field, Events.body(response).path("error").path("field").asText(), response.getBody());
    }

    private Praise praise(String id) {
        return store.praises().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
