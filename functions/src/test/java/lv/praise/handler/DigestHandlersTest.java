package lv.praise.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Campaign;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.Lang;
import lv.praise.domain.SiteUrl;
import lv.praise.domain.digest.DigestOptOut;
import lv.praise.domain.digest.DigestOptOutToken;
import lv.praise.domain.digest.WeeklyDigest;
import lv.praise.domain.moderation.ModerationStatus;
import lv.praise.domain.digest.WeeklyDigestTestPraise;
import lv.praise.testkit.Events;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryDigestStore;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.RecordingMailer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** The digest's two functions fed by events/: the Monday schedule and the opt-out route. */
class DigestHandlersTest {
    private static final String LIBRARY = "preilu-galvena-biblioteka";
    private static final String BAKERY = "maiznica-rudzupuke";
    private final KeyedHasher hasher = new KeyedHasher(Fixtures.EMAIL_KEY);
    private final InMemoryDigestStore store = new InMemoryDigestStore();
    private final RecordingMailer mailer = new RecordingMailer();
    /** 09:00 in Riga on Monday 8 March 2027, as in events/weekly-digest.json. */
    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-08T07:00:00Z"));
    private final DigestOptOutHandler optOut = new DigestOptOutHandler(new DigestOptOut(store, hasher, clock));
    private final String anna = hasher.hash("anna@preili.example.lv");

    DigestHandlersTest() {
        store.contact(LIBRARY, "anna@preili.example.lv", anna, Lang.LV);
        store.contact(BAKERY, "anna@preili.example.lv", anna, Lang.LV);
    }

    private APIGatewayV2HTTPResponse optOut(String token) {
        return optOut.handleRequest(Events.withBody("digest-opt-out.json", b -> b.put("token", token)), null);
    }

    @Test
    void aContactsTokenOptsItOutOnceAndASecondPressChangesNothing() {
        String token = new DigestOptOutToken(2027, LIBRARY, anna).encode(hasher);
        APIGatewayV2HTTPResponse done = optOut(token);
        assertEquals(200, done.getStatusCode(), done.getBody());
        assertTrue(Events.body(done).path("optedOut").asBoolean());
        Instant first = store.optedOutAt(LIBRARY, anna).orElseThrow();
        clock.advance(java.time.Duration.ofDays(1));
        assertEquals(200, optOut(token).getStatusCode());
        assertEquals(first, store.optedOutAt(LIBRARY, anna).orElseThrow(), "the first instant is kept");
        assertFalse(store.optedOutAt(BAKERY, anna).isPresent(), "the same address at another participant is untouched");
    }

    @Test
    void aTokenOfOneParticipantEditedIntoAnotherIsRefusedAndWritesNothing() {
        String token = new DigestOptOutToken(2027, LIBRARY, anna).encode(hasher);
        String edited = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("2027." + BAKERY + "." + anna).getBytes(StandardCharsets.UTF_8)) + token.substring(token.indexOf('.'));
        for (String bad : List.of(edited, token.substring(1), token + "0", "", "   ")) {
            APIGatewayV2HTTPResponse refused = optOut(bad);
            assertEquals(400, refused.getStatusCode(), bad);
            assertEquals("token", Events.body(refused).path("error").path("field").asText());
        }
        assertEquals("invalid_token", Events.body(optOut(edited)).path("error").path("code").asText());
        assertEquals(0, store.writes(), "nothing written for a refused token");
        APIGatewayV2HTTPResponse unknownField = optOut.handleRequest(Events.withBody("digest-opt-out.json",
                b -> b.put("participantId", BAKERY)), null);
        assertEquals(400, unknownField.getStatusCode());
        assertEquals(0, store.writes());
    }

    @ParameterizedTest
    @Event(value = "../events/digest-opt-out.json", type = APIGatewayV2HTTPEvent.class)
    void theSampleTokenIsWellFormedButNotSignedByUs(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = optOut.handleRequest(event, null);
        assertEquals(400, response.getStatusCode());
        assertEquals("invalid_token", Events.body(response).path("error").path("code").asText());
        assertEquals("token", Events.body(response).path("error").path("field").asText());
    }

    @Test
    void withoutTheEdgesHeaderTheRouteIsRefused() {
        APIGatewayV2HTTPEvent direct = Events.withOriginHeader(Events.load("digest-opt-out.json"), null);
        assertEquals(403, optOut.handleRequest(direct, null).getStatusCode());
    }

    @ParameterizedTest
    @Event(value = "../events/weekly-digest.json", type = Map.class)
    void theMondayScheduleSendsLastWeeksDigestAndARetrySendsNothingNew(Map<String, Object> event) {
        assertEquals("aws.scheduler", event.get("source"));
        store.add(WeeklyDigestTestPraise.of("p1", LIBRARY, "2027-03-03T10:00:00Z", 5, "Anna", "Paldies!",
                ModerationStatus.APPROVED));
        store.add(WeeklyDigestTestPraise.of("p2", BAKERY, "2027-03-03T10:00:00Z", 1, null, "Noraidīts.",
                ModerationStatus.REJECTED));
        WeeklyDigestHandler handler = new WeeklyDigestHandler(new WeeklyDigest(() -> Campaign.defaults(2027), store,
                mailer, hasher, SiteUrl.of(Fixtures.SITE), clock, clock));
        Map<String, Object> result = new HashMap<>();
        List<String> lines = lv.praise.testkit.LogFilterPattern.linesLoggedBy(
                () -> result.putAll(handler.handleRequest(new HashMap<>(event), null)));
        assertTrue(lines.stream().anyMatch(l -> l.contains("weekly_digest_sent") && l.contains("2027-W09")), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains("@") || l.contains("Paldies") || l.contains("Anna")),
                "no address, text or name in the log: " + lines);
        assertEquals("2027-W09", result.get("week"));
        assertEquals(1, result.get("sent"));
        assertEquals(1, result.get("mails"));
        assertEquals(true, result.get("finished"));
        assertEquals(1, mailer.sent().size());
        Map<String, Object> retry = handler.handleRequest(new HashMap<>(event), null);
        assertEquals(0, retry.get("sent"));
        assertEquals(1, retry.get("alreadySent"));
        assertEquals(1, mailer.sent().size());
    }

    @Test
    void aFailedSendIsThrownSoLambdaRetries() {
        store.add(WeeklyDigestTestPraise.of("p1", LIBRARY, "2027-03-03T10:00:00Z", 5, null, "Paldies!",
                ModerationStatus.APPROVED));
        mailer.failing(true);
        Map<String, Object> event = EventLoader.loadEvent("../events/weekly-digest.json", Map.class);
        WeeklyDigestHandler handler = new WeeklyDigestHandler(new WeeklyDigest(() -> Campaign.defaults(2027), store,
                mailer, hasher, SiteUrl.of(Fixtures.SITE), clock, clock));
        assertThrows(IllegalStateException.class, () -> handler.handleRequest(event, null));
    }
}
