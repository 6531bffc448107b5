package lv.praise.handler;

import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.intake.LimitPolicy;
import lv.praise.domain.intake.SubmissionGate;
import lv.praise.domain.intake.SubmissionLimits;
import lv.praise.domain.contacts.StartSignIn;
import lv.praise.domain.contacts.UpdateContacts;
import lv.praise.testkit.Events;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryContactBook;
import lv.praise.testkit.InMemorySubmissionLimits;
import lv.praise.testkit.MutableClock;
import org.junit.jupiter.params.ParameterizedTest;

/** PUT /api/admin/participants/{id}/contacts and POST /api/my/signin (issue 18), fed by events/. */
class ContactHandlersTest {
    private static final String LIBRARY = "preilu-galvena-biblioteka";
    private final KeyedHasher hasher = new KeyedHasher(Fixtures.EMAIL_KEY);
    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-05T10:00:00Z"));
    private final InMemoryContactBook book = new InMemoryContactBook(Set.of(LIBRARY));
    private final UpdateContacts update = new UpdateContacts(() -> YEAR, book, book, book, hasher, clock);

    /** Body → the field its refusal names, in the order given. */
    private static Map<String, String> pairs(String... bodyThenField) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < bodyThenField.length; i += 2) {
            map.put(bodyThenField[i], bodyThenField[i + 1]);
        }
        return map;
    }

    private static APIGatewayV2HTTPEvent withBody(APIGatewayV2HTTPEvent event, String body) {
        event.setBody(body);
        event.getHeaders().remove("content-length");
        return event;
    }

    @ParameterizedTest
    @Event(value = "../events/update-contacts.json", type = APIGatewayV2HTTPEvent.class)
    void theWholeListIsStoredAndAnswered(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = new UpdateContactsHandler(update).handleRequest(event, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode contacts = Events.body(response).path("contacts");
        assertEquals(2, contacts.size());
        assertEquals("info@preili.example.lv", contacts.get(1).path("email").asText(), "stored lower case");
        assertFalse(contacts.get(0).path("digestOptOut").asBoolean());
        assertEquals(List.of(LIBRARY), book.accounts.get("direktore@preili.example.lv"));
    }

    @ParameterizedTest
    @Event(value = "../events/update-contacts.json", type = APIGatewayV2HTTPEvent.class)
    void eachContactMayHaveALanguageLatvianByDefaultAndAKeptContactKeepsItsOwnUnlessGiven(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse first = new UpdateContactsHandler(update).handleRequest(withBody(event,
                "{\"contacts\": [\"a@example.com\", {\"email\": \"b@example.com\", \"lang\": \"en\"},"
                        + " {\"email\": \"c@example.com\", \"lang\": null}]}"), null);
        assertEquals(200, first.getStatusCode(), first.getBody());
        JsonNode contacts = Events.body(first).path("contacts");
        assertEquals(List.of("lv", "en", "lv"), List.of(contacts.get(0).path("lang").asText(),
                contacts.get(1).path("lang").asText(), contacts.get(2).path("lang").asText()));
        APIGatewayV2HTTPResponse second = new UpdateContactsHandler(update).handleRequest(withBody(event,
                "{\"contacts\": [{\"email\": \"a@example.com\", \"lang\": \"et\"}, \"b@example.com\","
                        + " {\"email\": \"c@example.com\", \"lang\": \"en\"}]}"), null);
        assertEquals(200, second.getStatusCode(), second.getBody());
        assertEquals(List.of(lv.praise.domain.Lang.ET, lv.praise.domain.Lang.EN, lv.praise.domain.Lang.EN),
                book.contacts(YEAR, LIBRARY).stream().map(lv.praise.domain.contacts.Contact::lang).toList(),
                "a changed, b kept (not given), c changed");
    }

    @ParameterizedTest
    @Event(value = "../events/update-contacts.json", type = APIGatewayV2HTTPEvent.class)
    void badListsAreRefusedNamingTheItemAndWriteNothing(APIGatewayV2HTTPEvent event) {
        Map<String, String> cases = pairs(
                "{\"contacts\": [\"a@example.com\", \"nope\"]}", "contacts[1]",
                "{\"contacts\": [\"a@example.com\", 5]}", "contacts[1]",
                "{\"contacts\": \"a@example.com\"}", "contacts",
                "{}", "contacts",
                "{\"contacts\": [\"a@example.com\", \"A@example.com\"]}", "contacts[1]",
                "{\"contacts\": [\"a@example.com\"], \"contactEmail\": \"x@example.com\"}", "contactEmail",
                "{\"contacts\": [\"a@example.com\", {\"email\": \"b@example.com\", \"lang\": \"de\"}]}", "contacts[1].lang",
                "{\"contacts\": [\"a@example.com\", {\"email\": \"b@example.com\", \"lang\": 1}]}", "contacts[1].lang",
                "{\"contacts\": [\"a@example.com\", {\"lang\": \"en\"}]}", "contacts[1]",
                "{\"contacts\": [\"a@example.com\", {\"email\": \"b@example.com\", \"role\": \"x\"}]}", "contacts[1]",
                "{\"contacts\": [{\"email\": \"a@example.com\", \"lang\": \"EN\"}]}", "contacts[0].lang");
        cases.forEach((body, field) -> {
            APIGatewayV2HTTPResponse response = new UpdateContactsHandler(update).handleRequest(withBody(event, body), null);
            assertEquals(400, response.getStatusCode(), body);
            assertEquals(field, Events.body(response).path("error").path("field").asText(), body);
        });
        assertTrue(book.contacts(YEAR, LIBRARY).isEmpty());
        assertTrue(book.calls.isEmpty());
    }

    @ParameterizedTest
    @Event(value = "../events/update-contacts.json", type = APIGatewayV2HTTPEvent.class)
    void aCognitoFailureIs503AndTheSameRequestRepairs(APIGatewayV2HTTPEvent event) {
        String body = event.getBody();
        book.loginsFail = true;
        APIGatewayV2HTTPResponse failed = new UpdateContactsHandler(update).handleRequest(event, null);
        assertEquals(503, failed.getStatusCode());
        assertEquals("sign_in_unavailable", Events.body(failed).path("error").path("code").asText());
        book.loginsFail = false;
        assertEquals(200, new UpdateContactsHandler(update).handleRequest(withBody(event, body), null).getStatusCode());
        assertEquals(2, book.accounts.size());
    }

    @ParameterizedTest
    @Event(value = "../events/update-contacts.json", type = APIGatewayV2HTTPEvent.class)
    void anUnknownParticipantIs404AndANonOrganiser403(APIGatewayV2HTTPEvent event) {
        event.setPathParameters(Map.of("id", "no-such-participant"));
        assertEquals(404, new UpdateContactsHandler(update).handleRequest(event, null).getStatusCode());
        APIGatewayV2HTTPEvent outsider = Events.outsider("update-contacts.json");
        assertEquals(403, new UpdateContactsHandler(update).handleRequest(outsider, null).getStatusCode());
    }

    private StartSignInHandler start(InMemorySubmissionLimits counters) {
        return new StartSignInHandler(new StartSignIn(() -> YEAR, new SubmissionGate(LimitPolicy.of(10, 2, 15),
                SubmissionLimits.prefixed("signin", counters), hasher), book, book, hasher, clock, JsonLog::warn));
    }

    @ParameterizedTest
    @Event(value = "../events/start-signin.json", type = APIGatewayV2HTTPEvent.class)
    void everyoneGetsTheSame202AndOnlyAContactAnAccountAndNoLineNamesTheAddress(APIGatewayV2HTTPEvent event) {
        update.replace(LIBRARY, List.of("direktore@preili.example.lv"), "o");
        book.accounts.clear();
        String body = event.getBody();
        List<String> lines = new ArrayList<>();
        APIGatewayV2HTTPResponse contact;
        APIGatewayV2HTTPResponse stranger;
        InMemorySubmissionLimits counters = new InMemorySubmissionLimits();
        try (var ignored = JsonLog.record(lines::add)) {
            contact = start(counters).handleRequest(event, null);
            stranger = start(counters).handleRequest(withBody(event, "{\"email\": \"stranger@example.com\"}"), null);
        }
        assertEquals(202, contact.getStatusCode());
        assertEquals(contact.getBody(), stranger.getBody());
        assertEquals("{\"next\":\"code\"}", contact.getBody().replace(" ", ""));
        assertEquals(Set.of("direktore@preili.example.lv"), book.accounts.keySet());
        assertFalse(lines.isEmpty());
        lines.forEach(line -> assertFalse(line.contains("@"), line));

        start(counters).handleRequest(withBody(event, body), null);
        APIGatewayV2HTTPResponse third = start(counters).handleRequest(withBody(event, body), null);
        assertEquals(429, third.getStatusCode());
        assertEquals("email", Events.body(third).path("error").path("field").asText());
        assertEquals("limit_reached", Events.body(third).path("error").path("code").asText());

        APIGatewayV2HTTPResponse bad = start(counters).handleRequest(withBody(event, "{\"email\": \"nope\"}"), null);
        assertEquals(400, bad.getStatusCode());
        assertEquals("email", Events.body(bad).path("error").path("field").asText());
    }

    @ParameterizedTest
    @Event(value = "../events/start-signin.json", type = APIGatewayV2HTTPEvent.class)
    void thePagesLanguageBecomesTheAccountsLocaleAndAnUnknownOneIsRefusedNamingLang(APIGatewayV2HTTPEvent event) {
        update.replace(LIBRARY, List.of("direktore@preili.example.lv"), "o");
        book.locales.clear();
        InMemorySubmissionLimits counters = new InMemorySubmissionLimits();

        APIGatewayV2HTTPResponse english = start(counters).handleRequest(withBody(event,
                "{\"email\": \"direktore@preili.example.lv\", \"lang\": \"en\"}"), null);
        assertEquals(202, english.getStatusCode());
        assertEquals(Map.of("direktore@preili.example.lv", "en"), book.locales);

        APIGatewayV2HTTPResponse none = start(counters).handleRequest(withBody(event,
                "{\"email\": \"direktore@preili.example.lv\"}"), null);
        assertEquals(202, none.getStatusCode());
        assertEquals(Map.of("direktore@preili.example.lv", "en"), book.locales, "no lang leaves the locale as it is");

        int calls = book.calls.size();
        APIGatewayV2HTTPResponse bad = start(new InMemorySubmissionLimits()).handleRequest(withBody(event,
                "{\"email\": \"direktore@preili.example.lv\", \"lang\": \"de\"}"), null);
        assertEquals(400, bad.getStatusCode());
        assertEquals("lang", Events.body(bad).path("error").path("field").asText());
        assertEquals(calls, book.calls.size(), "a refused start touches no account");
        assertEquals(Map.of("direktore@preili.example.lv", "en"), book.locales);
    }
}
