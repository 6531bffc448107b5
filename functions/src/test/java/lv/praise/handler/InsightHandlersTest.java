package lv.praise.handler;

import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import lv.praise.domain.Channel;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.Lang;
import lv.praise.domain.Praise;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.contacts.Contact;
import lv.praise.domain.contacts.ContactStore;
import lv.praise.domain.contacts.ParticipantAccess;
import lv.praise.domain.insight.MergeEmployees;
import lv.praise.domain.insight.ReadInsight;
import lv.praise.testkit.Events;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryInsight;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.FixedContacts;
import org.junit.jupiter.api.Test;

/** GET /api/my/participants/{id} and POST .../employees, both routes of each, fed by events/. */
class InsightHandlersTest {
    private static final String CONTACT = "vaditaja@preili.example.lv";
    private final KeyedHasher hasher = new KeyedHasher(EMAIL_KEY);
    private final InMemoryStore campaigns = new InMemoryStore();
    private final InMemoryInsight store = new InMemoryInsight();
    private final ReadInsight reader = new ReadInsight(campaigns, store, Fixtures.clockAt(Fixtures.DURING_WINDOW));
    /** The library's one contact is the sample events' contact. */
    private final ContactStore contacts = new FixedContacts(id -> id.equals(LIBRARY.id())
            ? List.of(new Contact(LIBRARY.id(), CONTACT, hasher.hash(CONTACT), true, Fixtures.DURING_WINDOW)) : List.of());
    private final ParticipantAccess access = new ParticipantAccess(contacts, hasher);
    private final GetInsightHandler get = new GetInsightHandler(access, () -> YEAR, reader, contacts);
    private final MergeEmployeesHandler merge = new MergeEmployeesHandler(access, () -> YEAR, new MergeEmployees(store, reader));

    InsightHandlersTest() {
        campaigns.save(Fixtures.campaign());
        store.add(LIBRARY);
        store.approve(praise("p1", "Anna Bērziņa", 5));
        store.approve(praise("p2", "Ane Bērziņa", 4));
    }

    private static Praise praise(String id, String employee, int stars) {
        Instant at = Instant.parse("2027-03-03T09:00:00Z");
        return Praise.of(id, YEAR, LIBRARY.name(),
                new Praise.Content(LIBRARY.id(), null, employee, stars, List.of("speed"), "Paldies!", Channel.ONLINE,
                        Lang.LV),
                new Praise.State(PraiseStatus.CONFIRMED, null, null, at, null, at));
    }

    @Test
    void aContactReadsItsParticipantsInsightAsTheContractsJson() {
        APIGatewayV2HTTPResponse response = get.handleRequest(Events.load("get-insight.json"), null);
        assertEquals(200, response.getStatusCode());
        assertEquals("private, no-store", response.getHeaders().get("Cache-Control"));
        JsonNode body = Events.body(response);
        assertEquals(LIBRARY.id(), body.path("participant").path("id").asText());
        assertEquals("open", body.path("campaignState").asText());
        assertEquals(2, body.path("praise").path("approved").asInt());
        assertEquals("4.50", body.path("praise").path("meanStars").asText(), "decimals as two-place strings");
        assertTrue(body.path("praise").path("meanStars").isTextual());
        assertEquals(2, body.path("employees").size());
        assertFalse(body.path("viewer").path("organiser").asBoolean());
        assertFalse(body.path("viewer").path("digest").asBoolean(), "this contact opted out");
        assertTrue(body.path("score").path("rankOverall").isNull());
        for (String field : List.of("participant", "campaignYear", "campaignState", "praise", "texts", "moreTexts", "employees",
                "benchmarks", "mystery", "score", "years", "computedAt", "viewer")) {
            assertTrue(body.has(field), field);
        }
    }

    @Test
    void anOrganiserReadsItThroughTheAdminTwin() {
        JsonNode body = Events.body(get.handleRequest(Events.load("get-insight-admin.json"), null));
        assertTrue(body.path("viewer").path("organiser").asBoolean());
        assertTrue(body.path("viewer").path("digest").isNull());
    }

    @Test
    void anotherParticipantsIdIsNotFoundForAContact() {
        APIGatewayV2HTTPEvent event = Events.load("get-insight.json");
        event.setPathParameters(java.util.Map.of("id", Fixtures.BAKERY.id()));
        event.setRawPath("/api/my/participants/" + Fixtures.BAKERY.id());
        APIGatewayV2HTTPResponse response = get.handleRequest(event, null);
        assertEquals(404, response.getStatusCode());
        assertEquals("id", Events.body(response).path("error").path("field").asText());
    }

    @Test
    void aContactTokenWhoseAddressIsNotVerifiedIsRefused() {
        // A contact who changed its address with its own token has not confirmed the new one: nobody's address.
        APIGatewayV2HTTPEvent event = Events.load("get-insight.json");
        var claims = new java.util.HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
        claims.put("email_verified", "false");
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        APIGatewayV2HTTPResponse response = get.handleRequest(event, null);
        assertEquals(403, response.getStatusCode());
        claims.remove("email_verified");
        assertEquals(403, get.handleRequest(event, null).getStatusCode());
    }

    @Test
    void aContactMergesTwoSpellingsAndAnOrganiserUndoesIt() {
        JsonNode merged = Events.body(merge.handleRequest(Events.load("merge-employees.json"), null));
        assertEquals(1, merged.path("employees").size());
        assertEquals("anna berzina", merged.path("employees").path(0).path("key").asText());
        assertEquals(2, merged.path("employees").path(0).path("count").asInt());

        JsonNode undone = Events.body(merge.handleRequest(Events.load("merge-employees-admin.json"), null));
        assertEquals(2, undone.path("employees").size());
    }

    @Test
    void badMergeInputIsRefusedNamingTheFieldAndWritesNothing() {
        for (var c : List.of(
                new String[] {"{\"merge\": \"Anna\", \"into\": \"anna berzina\"}", "merge"},
                new String[] {"{\"merge\": \"ane berzina\"}", "into"},
                new String[] {"{\"merge\": \"ane berzina\", \"into\": \"ane berzina\"}", "into"},
                new String[] {"{\"unmerge\": \"ane berzina\", \"into\": \"x\"}", "into"},
                new String[] {"{\"merge\": 3, \"into\": \"anna berzina\"}", "merge"},
                new String[] {"{\"unmerge\": \"ane berzina\"}", "unmerge"},
                new String[] {"{\"mrege\": \"ane berzina\"}", "mrege"})) {
            APIGatewayV2HTTPEvent event = Events.load("merge-employees.json");
            event.setBody(c[0]);
            APIGatewayV2HTTPResponse response = merge.handleRequest(event, null);
            assertEquals(400, response.getStatusCode(), c[0]);
            assertEquals(c[1], Events.body(response).path("error").path("field").asText(), c[0]);
        }
        assertEquals(0, store.merges(YEAR, LIBRARY.id()).version(), "nothing written");
        assertEquals(Set.of(), store.merges(YEAR, LIBRARY.id()).merges().keySet());
    }
}
