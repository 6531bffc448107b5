package lv.praise.handler;

import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.SITE;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.intake.LimitPolicy;
import lv.praise.domain.RefusedException;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.domain.moderation.ModeratePraise;
import lv.praise.testkit.Events;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.InMemorySubmissionLimits;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.RecordingMailer;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.Test;

/** Only CloudFront may call the functions: its origin header, checked before anything else. */
class EdgeOriginTest {
    private final InMemoryStore store = new InMemoryStore();
    private final RecordingMailer mailer = new RecordingMailer();
    private final InMemorySubmissionLimits counters = new InMemorySubmissionLimits();
    private final SubmitPraiseHandler submit = new SubmitPraiseHandler(new SubmitPraise(YEAR, store, mailer,
            new KeyedHasher(EMAIL_KEY), SITE, new MutableClock(DURING_WINDOW), LimitPolicy.of(60, 20, 60), counters));

    EdgeOriginTest() {
        store.save(LIBRARY);
    }

    /** The check lives in ApiHandler's final handleRequest: no route's handler can leave it out. */
    @Test
    void everyRouteOfTheTemplateIsAnApiHandlerAndNoHandlerCanSkipTheCheck() throws Exception {
        List<String> routed = new ArrayList<>();
        for (SamTemplate.Function function : SamTemplate.load().functions()) {
            Class<?> handler = Class.forName(function.handlerClass());
            if (!function.routes().isEmpty()) {
                assertTrue(ApiHandler.class.isAssignableFrom(handler), function.logicalId() + " is not an ApiHandler");
                routed.add(function.logicalId());
            }
        }
        assertTrue(routed.size() >= 30, routed.toString());
        assertTrue(Modifier.isFinal(ApiHandler.class.getMethod("handleRequest", APIGatewayV2HTTPEvent.class, Context.class)
                .getModifiers()));
    }

    @Test
    void withoutTheOriginHeaderOrWithAWrongOneTheAnswerIs403AndNothingIsDone() {
        String wrong = Events.ORIGIN_SECRET.substring(0, Events.ORIGIN_SECRET.length() - 1) + "X";
        for (String header : new String[] {null, "", wrong, Events.ORIGIN_SECRET + "0", Events.ORIGIN_SECRET.toUpperCase()}) {
            APIGatewayV2HTTPResponse response = submit.handleRequest(
                    Events.withOriginHeader(Events.load("submit-praise.json"), header), null);
            assertEquals(403, response.getStatusCode(), String.valueOf(header));
            JsonNode error = Events.body(response).path("error");
            assertEquals("edge_required", error.path("code").asText());
            assertEquals("origin", error.path("field").asText());
            assertFalse(response.getBody().contains(Events.ORIGIN_SECRET), "the answer never echoes the secret");
        }
        assertEquals(0, store.praises().size());
        assertEquals(0, mailer.sent().size());
        assertEquals(0, counters.calls().size(), "a refused call is not even counted");

        assertEquals(202, submit.handleRequest(Events.load("submit-praise.json"), null).getStatusCode(),
                "the sample event, which carries the secret, passes");
    }

    @Test
    void theOriginIsCheckedBeforeTheOrganisersToken() {
        var queue = new ModerationQueueHandler(new ModeratePraise(YEAR, store, store, new MutableClock(DURING_WINDOW)));
        APIGatewayV2HTTPEvent event = Events.withOriginHeader(Events.load("moderation-queue.json"), null);
        assertEquals("edge_required", Events.body(queue.handleRequest(event, null)).path("error").path("code").asText());
        assertEquals(200, queue.handleRequest(Events.load("moderation-queue.json"), null).getStatusCode());
    }

    @Test
    void theViewerHeaderIsNotReadOnARefusedCall() {
        // A direct call that names a viewer of its choosing is refused before any limit reads it.
        APIGatewayV2HTTPEvent event = Events.withOriginHeader(
                Events.fromViewer(Events.load("submit-praise.json"), "198.51.100.99"), null);
        assertEquals(403, submit.handleRequest(event, null).getStatusCode());
        assertEquals(0, counters.calls().size());
    }

    @Test
    void aFunctionWithoutASecretOfItsOwnRefusesEveryRequest() {
        for (String secret : new String[] {null, "", "too-short-a-secret"}) {
            RefusedException e = assertThrows(RefusedException.class,
                    () -> new EdgeOrigin(secret).require(Events.load("get-campaign.json")));
            assertEquals(ErrorCode.NOT_CONFIGURED, e.code());
            assertEquals(503, Responses.status(e.code()));
        }
        new EdgeOrigin(Events.ORIGIN_SECRET).require(Events.load("get-campaign.json"));
    }
}
