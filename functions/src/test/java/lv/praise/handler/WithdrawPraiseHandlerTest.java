package lv.praise.handler;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.praise.domain.intake.ConfirmPraise;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.domain.erasure.WithdrawPraise;
import lv.praise.testkit.Events;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.RecordingMailer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class WithdrawPraiseHandlerTest {
    private final InMemoryStore store = new InMemoryStore();
    private final RecordingMailer mailer = new RecordingMailer();
    private final MutableClock clock = new MutableClock(DURING_WINDOW);
    private final SubmitPraiseHandler submit = new SubmitPraiseHandler(
            new SubmitPraise(YEAR, store, mailer, new KeyedHasher(EMAIL_KEY), SITE, clock));
    private final WithdrawPraiseHandler handler = new WithdrawPraiseHandler(new WithdrawPraise(store, store, clock));

    @BeforeEach
    void participant() {
        store.save(LIBRARY);
    }

    @ParameterizedTest
    @Event(value = "../events/withdraw-praise.json", type = APIGatewayV2HTTPEvent.class)
    void theSampleTokenIsWellFormedButUnknown(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals("invalid_token", Events.body(response).path("error").path("code").asText());
    }

    @Test
    void aConfirmedPraiseIsWithdrawnOnceAndASecondClickSaysSo() {
        assertEquals(202, submit.handleRequest(Events.load("submit-praise.json"), null).getStatusCode());
        Matcher link = Pattern.compile("/withdraw\\.html\\?token=([A-Za-z0-9_.-]+)").matcher(mailer.last().text());
        assertTrue(link.find(), mailer.last().text());
        new ConfirmPraise(store, store, clock).confirm(mailer.lastToken());
        assertEquals(1, store.find(YEAR, LIBRARY.id()).orElseThrow().confirmedPraiseCount());
        APIGatewayV2HTTPEvent event = Events.withBody("withdraw-praise.json", b -> b.put("token", link.group(1)));

        APIGatewayV2HTTPResponse first = handler.handleRequest(event, null);
        assertEquals(200, first.getStatusCode(), first.getBody());
        assertEquals("withdrawn", Events.body(first).path("status").asText());
        assertEquals(LIBRARY.name(), Events.body(first).path("participantName").asText());
        assertEquals(0, store.find(YEAR, LIBRARY.id()).orElseThrow().confirmedPraiseCount());
        assertNull(store.praises().get(0).text());

        APIGatewayV2HTTPResponse second = handler.handleRequest(event, null);
        assertEquals(200, second.getStatusCode());
        assertEquals("already_withdrawn", Events.body(second).path("status").asText());
    }

    @Test
    void aBodyWithoutATokenNamesTheField() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                Events.withBody("withdraw-praise.json", b -> b.remove("token")), null);
        assertEquals(400, response.getStatusCode());
        assertEquals("token", Events.body(response).path("error").path("field").asText());
    }
}
