package lv.praise.handler;

import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static lv.praise.testkit.Fixtures.SITE;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.Lang;
import lv.praise.domain.intake.LimitPolicy;
import lv.praise.domain.intake.SubmissionGate;
import lv.praise.domain.nominations.Nominations;
import lv.praise.testkit.Events;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryNominations;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.InMemorySubmissionLimits;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.RecordingMailer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** POST /api/nominations, POST /api/nominations/confirm and GET /api/admin/nominations, fed by events/ over fakes. */
class NominationHandlersTest {
    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryNominations nominationStore = new InMemoryNominations();
    private final RecordingMailer mailer = new RecordingMailer();
    private final MutableClock clock = new MutableClock(Fixtures.DURING_WINDOW);
    private final InMemorySubmissionLimits counters = new InMemorySubmissionLimits();
    private final KeyedHasher hasher = new KeyedHasher(EMAIL_KEY);
    private final Nominations nominations = new Nominations(YEAR, store, nominationStore, hasher, mailer, SITE,
            new SubmissionGate(LimitPolicy.of(60, 3, 60), counters, hasher), clock);
    private final SubmitNominationHandler submit = new SubmitNominationHandler(nominations);
    private final ConfirmNominationHandler confirm = new ConfirmNominationHandler(nominations);

    private APIGatewayV2HTTPResponse nominate(String email, String name, String text) {
        return submit.handleRequest(Events.withBody("submit-nomination.json", b -> {
            b.put("email", email).put("name", name);
            if (text == null) {
                b.remove("text");
            } else {
                b.put("text", text);
            }
        }), null);
    }

    private APIGatewayV2HTTPResponse confirmLast() {
        return confirm.handleRequest(Events.withBody("confirm-nomination.json", b -> b.put("token", mailer.lastToken())), null);
    }

    private JsonNode list() {
        return Events.body(new ListNominationsHandler(nominations).handleRequest(Events.load("list-nominations.json"), null));
    }

    @ParameterizedTest
    @Event(value = "../events/submit-nomination.json", type = APIGatewayV2HTTPEvent.class)
    void aNominationWaitsForItsLinkAndCountsOnceConfirmed(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse sent = submit.handleRequest(event, null);
        assertEquals(202, sent.getStatusCode(), sent.getBody());
        assertEquals("pending_confirmation", Events.body(sent).path("status").asText());
        assertEquals(0, list().path("items").size(), "not counted before its link is opened");
        assertEquals("anna@example.lv", mailer.last().to(), "sent to the address as typed");
        assertEquals(Lang.LV, mailer.last().lang());
        assertTrue(mailer.last().subject().contains("Ziedu veikals Magnolija"), mailer.last().subject());
        assertTrue(mailer.last().text().contains(SITE + "/confirm.html?token=" + mailer.lastToken() + "&kind=nomination"),
                mailer.last().text());

        JsonNode first = Events.body(confirmLast());
        assertEquals("confirmed", first.path("status").asText());
        assertEquals("Ziedu veikals Magnolija", first.path("name").asText());
        JsonNode again = Events.body(confirmLast());
        assertEquals("already_confirmed", again.path("status").asText(), "a second click changes nothing");
        JsonNode listed = list();
        assertEquals(1, listed.path("items").get(0).path("count").asInt());
        assertFalse(listed.toString().contains("@"), "no addresses");
        assertFalse(listed.toString().contains(hasher.hash("anna@example.lv")), "no hashes");
    }

    @Test
    void spellingsOfOneNameAreOneNominationCountedOncePerPersonWithReasonsNewestFirst() {
        record Sent(String email, String name, String text) {
        }
        List<Sent> all = List.of(
                new Sent("anna@example.lv", "Kafejnīca \"Pie Tirgus\", SIA", "Laipni!"),
                new Sent("janis@example.lv", "SIA „Kafejnīca Pie Tirgus”", null),
                new Sent("ilze@example.lv", "kafejnica pie tirgus", "Garšīga kafija."),
                new Sent("anna@example.lv", "KAFEJNĪCA PIE TIRGUS", "Vēlreiz"),
                new Sent("ilze@example.lv", "Autoserviss Rats", "Ātri."));
        for (Sent s : all) {
            assertEquals(202, nominate(s.email(), s.name(), s.text()).getStatusCode());
            clock.advance(Duration.ofMinutes(1));
            APIGatewayV2HTTPResponse confirmed = confirmLast();
            if (s.name().equals("KAFEJNĪCA PIE TIRGUS")) {
                assertEquals(409, confirmed.getStatusCode(), "anna named it before, in another spelling");
                assertEquals("already_praised", Events.body(confirmed).path("error").path("code").asText());
            } else {
                assertEquals(200, confirmed.getStatusCode(), confirmed.getBody());
            }
        }
        JsonNode items = list().path("items");
        assertEquals(2, items.size());
        JsonNode cafe = items.get(0);
        assertEquals(3, cafe.path("count").asInt(), "three people, one of them twice");
        assertEquals(List.of("Kafejnīca \"Pie Tirgus\", SIA", "SIA „Kafejnīca Pie Tirgus”", "kafejnica pie tirgus"),
                texts(cafe.path("spellings")));
        assertEquals("Kafejnīca \"Pie Tirgus\", SIA", cafe.path("name").asText(), "equal use: the first written");
        assertEquals(List.of("Garšīga kafija.", "Laipni!"), texts(cafe.path("reasons"), "text"), "newest first, none blank");
        assertEquals("kafejnica pie tirgus", cafe.path("reasons").get(0).path("name").asText());
        assertTrue(Instant.parse(cafe.path("reasons").get(0).path("at").asText())
                .isAfter(Instant.parse(cafe.path("reasons").get(1).path("at").asText())));
        assertEquals("Autoserviss Rats", items.get(1).path("name").asText());
    }

    @Test
    void theFormsLimitsApplyAndARefusedSubmissionSendsNothing() {
        for (int i = 0; i < 3; i++) {
            assertEquals(202, nominate("anna@example.lv", "Veikals " + (char) ('A' + i), null).getStatusCode());
        }
        APIGatewayV2HTTPResponse refused = nominate("anna@example.lv", "Veikals D", null);
        assertEquals(429, refused.getStatusCode(), refused.getBody());
        assertEquals("email", Events.body(refused).path("error").path("field").asText());
        assertTrue(refused.getHeaders().containsKey("Retry-After"));
        assertEquals(3, mailer.sent().size());
        assertEquals(3, nominationStore.submitted().size());
        assertTrue(counters.calls().stream().anyMatch(c -> c.scope().field().equals("address")), "the address counted too");
    }

    @Test
    void aLinkThatExpiredOrIsForgedOrArrivesAfterTheCloseCountsNothing() {
        assertEquals(202, nominate("anna@example.lv", "Ziedu veikals", null).getStatusCode());
        String token = mailer.lastToken();
        String forged = token.substring(0, token.indexOf('.') + 1) + "A".repeat(43);
        APIGatewayV2HTTPResponse wrong = confirm.handleRequest(Events.withBody("confirm-nomination.json", b -> b.put("token", forged)), null);
        assertEquals(400, wrong.getStatusCode());
        assertEquals("invalid_token", Events.body(wrong).path("error").path("code").asText());

        clock.advance(Duration.ofHours(73));
        APIGatewayV2HTTPResponse late = confirmLast();
        assertEquals(410, late.getStatusCode(), late.getBody());
        assertEquals(0, list().path("items").size());

        clock.set(Instant.parse("2027-03-31T20:00:00Z"));
        assertEquals(202, nominate("janis@example.lv", "Ziedu veikals", null).getStatusCode());
        clock.set(Instant.parse("2027-04-01T09:00:00Z"));
        APIGatewayV2HTTPResponse closed = confirmLast();
        assertEquals(409, closed.getStatusCode(), closed.getBody());
        assertEquals("closed", Events.body(closed).path("error").path("code").asText());
        assertEquals(0, list().path("items").size());
    }

    @ParameterizedTest
    @Event(value = "../events/confirm-nomination.json", type = APIGatewayV2HTTPEvent.class)
    void theSampleTokenIsWellFormedButUnknown(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = confirm.handleRequest(event, null);
        assertEquals(400, response.getStatusCode());
        assertEquals("invalid_token", Events.body(response).path("error").path("code").asText());
    }

    @Test
    void aFailedMailLeavesNothingThatCouldCount() {
        mailer.failing(true);
        APIGatewayV2HTTPResponse failed = nominate("anna@example.lv", "Ziedu veikals", null);
        assertEquals("mail_failed", Events.body(failed).path("error").path("code").asText());
        assertTrue(nominationStore.submitted().isEmpty());
    }

    @Test
    void aNominationNameWithoutALetterOrDigitIsRefusedAndNotStored() {
        // Found by the bad-input tier: "<>" passed (its search key was not blank) and was stored.
        for (String name : List.of("<>", "!!!", "--", "\u2026\u2026")) {
            APIGatewayV2HTTPResponse refused = nominate("anna@example.lv", name, null);
            assertEquals(400, refused.getStatusCode(), name);
            assertEquals("name", Events.body(refused).path("error").path("field").asText());
        }
        assertTrue(nominationStore.submitted().isEmpty());
        assertEquals(202, nominate("anna@example.lv", "<A1>", null).getStatusCode());
    }

    @Test
    void nominationsAreValidatedAndOnlyWhileTheWindowIsOpen() {
        for (String field : List.of("name", "email", "consent", "text", "lang")) {
            APIGatewayV2HTTPEvent bad = Events.withBody("submit-nomination.json", b -> {
                switch (field) {
                    case "name" -> b.put("name", "x");
                    case "email" -> b.put("email", "nope");
                    case "consent" -> b.put("consent", false);
                    case "text" -> b.put("text", "a".repeat(2001));
                    default -> b.put("lang", "de");
                }
            });
            APIGatewayV2HTTPResponse refused = submit.handleRequest(bad, null);
            assertEquals(400, refused.getStatusCode(), field);
            assertEquals(field, Events.body(refused).path("error").path("field").asText());
        }
        clock.set(Instant.parse("2027-04-20T09:00:00Z"));
        APIGatewayV2HTTPResponse closed = submit.handleRequest(Events.load("submit-nomination.json"), null);
        assertEquals(409, closed.getStatusCode());
        assertTrue(nominationStore.submitted().isEmpty(), "nothing was stored");
        assertTrue(mailer.sent().isEmpty());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }
}
