package lv.praise.handler;

import static lv.praise.testkit.Fixtures.BAKERY;
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
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.intake.LimitPolicy;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.testkit.Events;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.InMemorySubmissionLimits;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.RecordingMailer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/praise with its abuse limits, fed by events/submit-praise.json (viewer 192.0.2.10 behind edge 203.0.113.50). */
class SubmitPraiseLimitsHandlerTest {
    private final InMemoryStore store = new InMemoryStore();
    private final RecordingMailer mailer = new RecordingMailer();
    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-05T10:40:00Z"));
    private final InMemorySubmissionLimits counters = new InMemorySubmissionLimits();
    private final SubmitPraiseHandler handler = new SubmitPraiseHandler(new SubmitPraise(YEAR, store, mailer,
            new KeyedHasher(EMAIL_KEY), SITE, clock, LimitPolicy.of(2, 3, 60), counters));

    @BeforeEach
    void participants() {
        store.save(LIBRARY);
        store.save(BAKERY);
    }

    private APIGatewayV2HTTPResponse send(String email) {
        return handler.handleRequest(Events.withBody("submit-praise.json", b -> b.put("email", email)), null);
    }

    @Test
    void overTheAddressLimitIs429NamingTheAddressWithRetryAfter() {
        assertEquals(202, send("a@example.lv").getStatusCode());
        assertEquals(202, send("b@example.lv").getStatusCode());
        APIGatewayV2HTTPResponse refused = send("c@example.lv");
        assertEquals(429, refused.getStatusCode(), refused.getBody());
        assertEquals("1200", refused.getHeaders().get("Retry-After"), "20 minutes to 11:00");
        assertEquals("application/json; charset=utf-8", refused.getHeaders().get("Content-Type"));
        JsonNode error = Events.body(refused).path("error");
        assertEquals("limit_reached", error.path("code").asText());
        assertEquals("address", error.path("field").asText());
        assertTrue(error.path("message").asText().contains("20 minutes"), error.toString());
        assertEquals(List.of("code", "field", "message"), fieldNames(error));
        assertEquals(2, store.praises().size());
        assertEquals(2, mailer.sent().size());
        assertFalse(refused.getBody().contains("192.0.2.10"), "the answer does not echo the address");
    }

    /** Behind CloudFront every viewer reaches API Gateway from an edge server's address: the viewer's is what counts. */
    @Test
    void twoViewersBehindOneEdgeAddressAreCountedApart() {
        for (String email : new String[] {"a@example.lv", "b@example.lv"}) {
            assertEquals(202, handler.handleRequest(Events.withBody("submit-praise.json", b -> b.put("email", email)), null)
                    .getStatusCode());
        }
        assertEquals(429, send("c@example.lv").getStatusCode(), "192.0.2.10 used its two");
        APIGatewayV2HTTPEvent other = Events.fromViewer(Events.withBody("submit-praise.json", b -> b.put("email", "c@example.lv")),
                "2001:db8:1:2::7");
        assertEquals("203.0.113.50", other.getRequestContext().getHttp().getSourceIp(), "the same edge address");
        assertEquals(202, handler.handleRequest(other, null).getStatusCode(), "another viewer behind the same edge");
    }

    @Test
    void overTheEmailLimitIs429NamingTheEmail() {
        for (String ip : new String[] {"198.51.100.1", "198.51.100.2", "198.51.100.3"}) {
            assertEquals(202, handler.handleRequest(from(ip, store.praises().size()), null).getStatusCode());
        }
        APIGatewayV2HTTPResponse refused = handler.handleRequest(from("198.51.100.4", 3), null);
        assertEquals(429, refused.getStatusCode(), refused.getBody());
        assertEquals("email", Events.body(refused).path("error").path("field").asText());
        assertEquals("1200", refused.getHeaders().get("Retry-After"));
    }

    /** The sample from another viewer address (behind the same edge), to the library or the bakery in turn (one praise per person each). */
    private static APIGatewayV2HTTPEvent from(String ip, int n) {
        APIGatewayV2HTTPEvent event = Events.withBody("submit-praise.json", b -> {
            b.put("participantId", n % 2 == 0 ? LIBRARY.id() : BAKERY.id());
            b.remove("branch");
            b.put("channel", "online");
            b.put("email", "same@example.lv");
            b.put("text", "Praise number " + n);
        });
        return Events.fromViewer(event, ip);
    }

    @Test
    void badRequestsNeverTouchTheCounters() {
        for (int i = 0; i < 50; i++) {
            int n = i;
            APIGatewayV2HTTPResponse response = handler.handleRequest(Events.withBody("submit-praise.json", b -> {
                if (n % 2 == 0) {
                    b.put("stars", 9);
                } else {
                    b.put("participantId", "nobody");
                }
            }), null);
            assertTrue(response.getStatusCode() == 400 || response.getStatusCode() == 404, response.getBody());
        }
        APIGatewayV2HTTPEvent honeypot = Events.withBody("submit-praise.json", b -> b.put("website", "x"));
        assertEquals(202, handler.handleRequest(honeypot, null).getStatusCode());
        assertTrue(counters.calls().isEmpty(), counters.calls().toString());
        assertEquals(0, counters.counters());
        assertEquals(202, send("a@example.lv").getStatusCode(), "the limit is still whole");
    }

    @Test
    void theNextWindowAcceptsAgain() {
        send("a@example.lv");
        send("b@example.lv");
        assertEquals(429, send("c@example.lv").getStatusCode());
        clock.advance(Duration.ofMinutes(20));
        APIGatewayV2HTTPResponse accepted = send("c@example.lv");
        assertEquals(202, accepted.getStatusCode(), accepted.getBody());
        assertNull(accepted.getHeaders().get("Retry-After"));
    }

    @Test
    void aFailingCounterStoreIsABare500() {
        counters.failWith(new IllegalStateException("ProvisionedThroughputExceeded on LIMIT#address#..."));
        APIGatewayV2HTTPResponse response = send("a@example.lv");
        assertEquals(500, response.getStatusCode());
        assertEquals("internal", Events.body(response).path("error").path("code").asText());
        assertFalse(response.getBody().contains("LIMIT#"), "no internals in the answer");
        assertNull(response.getHeaders().get("Retry-After"));
        assertTrue(store.praises().isEmpty());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
