package lv.praise.handler;

import static lv.praise.testkit.Fixtures.BAKERY;
import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.praise.domain.Participant;
import lv.praise.domain.ParticipantStore;
import lv.praise.domain.ReadCampaign;
import lv.praise.domain.ReadParticipant;
import lv.praise.domain.SearchParticipants;
import lv.praise.testkit.Events;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class ReadHandlersTest {
    private final InMemoryStore store = new InMemoryStore();

    ReadHandlersTest() {
        store.save(LIBRARY);
        store.save(BAKERY);
    }

    @ParameterizedTest
    @Event(value = "../events/get-campaign.json", type = APIGatewayV2HTTPEvent.class)
    void theCampaignIsDataWithItsStateNow(APIGatewayV2HTTPEvent event) {
        var handler = new GetCampaignHandler(new ReadCampaign(YEAR, store, Fixtures.clockAt(DURING_WINDOW)));
        JsonNode body = Events.body(handler.handleRequest(event, null));
        assertEquals(2027, body.path("year").asInt());
        assertEquals("open", body.path("state").asText());
        assertEquals("2027-03-01T00:00:00+02:00", body.path("praiseOpensAt").asText());
        assertEquals("2027-03-31T23:59:59+03:00", body.path("praiseClosesAt").asText());
        assertEquals("Europe/Riga", body.path("timeZone").asText());
        assertEquals("Klienti mūs uzslavē 2027", body.path("qualityMarkTitle").asText());
        assertEquals(4, body.path("categories").size());
        assertEquals(12, body.path("industries").size());
        assertEquals("Kompetence", body.path("aspects").get(0).path("name").path("lv").asText());
        assertEquals(2000, body.path("limits").path("text").asInt(), "the form takes its limits from the server");
        assertEquals(100, body.path("limits").path("employee").asInt());
    }

    @ParameterizedTest
    @Event(value = "../events/get-campaign.json", type = APIGatewayV2HTTPEvent.class)
    void aCampaignClosedEarlyAndPublishedSaysWhenItReallyClosedAndWasPublished(APIGatewayV2HTTPEvent event) {
        var handler = new GetCampaignHandler(new ReadCampaign(YEAR, store, Fixtures.clockAt(DURING_WINDOW)));
        JsonNode open = Events.body(handler.handleRequest(event, null));
        assertEquals("2027-03-31T23:59:59+03:00", open.path("closedAt").asText(), "open: the planned end");
        assertFalse(open.path("closedEarly").asBoolean());
        assertTrue(open.path("publishedAt").isNull());

        java.time.Instant closed = java.time.Instant.parse("2027-03-10T08:30:00.838006143Z");
        java.time.Instant published = java.time.Instant.parse("2027-03-12T10:00:00Z");
        store.closeEarly(Fixtures.campaign(), closed, lv.praise.domain.Actor.SCHEDULE);
        store.freeze(Fixtures.campaign(), published, lv.praise.domain.Actor.SCHEDULE);
        JsonNode body = Events.body(handler.handleRequest(event, null));
        assertEquals("published", body.path("state").asText());
        assertEquals("2027-03-31T23:59:59+03:00", body.path("praiseClosesAt").asText(), "the plan stays as it was");
        assertEquals("2027-03-10T10:30:00+02:00", body.path("closedAt").asText());
        assertTrue(body.path("closedEarly").asBoolean());
        assertEquals("2027-03-12T12:00:00+02:00", body.path("publishedAt").asText());
    }

    @ParameterizedTest
    @Event(value = "../events/search-participants.json", type = APIGatewayV2HTTPEvent.class)
    void searchIgnoresDiacriticsAndNeverShowsContactEmails(APIGatewayV2HTTPEvent event) {
        var handler = new SearchParticipantsHandler(new SearchParticipants(YEAR, store));
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        JsonNode found = Events.body(response).path("participants");
        assertEquals(1, found.size());
        assertEquals("Preiļu Galvenā bibliotēka", found.get(0).path("name").asText());
        assertFalse(response.getBody().contains("@"), "no e-mail address in a public answer");
    }

    @ParameterizedTest
    @Event(value = "../events/search-participants.json", type = APIGatewayV2HTTPEvent.class)
    void twoParticipantsOfTheSameNameAreMarkedSoTheirBranchesTellThemApart(APIGatewayV2HTTPEvent event) {
        store.save(new lv.praise.domain.Participant(YEAR, "preilu-galvena-biblioteka-2", "PREIĻU GALVENĀ BIBLIOTĒKA, AS",
                "STATE", "EDUCATION", "SMALL", List.of(), null, 0, "90000099999"));
        JsonNode found = Events.body(new SearchParticipantsHandler(new SearchParticipants(YEAR, store))
                .handleRequest(event, null)).path("participants");
        assertEquals(2, found.size());
        for (JsonNode p : found) {
            assertTrue(p.path("sameName").asBoolean(), p.toString());
        }
        event.setQueryStringParameters(Map.of("q", "rudzupuke"));
        JsonNode alone = Events.body(new SearchParticipantsHandler(new SearchParticipants(YEAR, store))
                .handleRequest(event, null)).path("participants");
        assertEquals(1, alone.size());
        assertFalse(alone.get(0).has("sameName"), "only namesakes carry the mark");
    }

    @ParameterizedTest
    @Event(value = "../events/search-participants.json", type = APIGatewayV2HTTPEvent.class)
    void searchIsKeptAsLongAsItsListMayBeOldAndARefusalNever(APIGatewayV2HTTPEvent event) {
        var refreshed = new SearchParticipantsHandler(new SearchParticipants(YEAR, store, java.time.Clock.systemUTC(),
                java.time.Duration.ofSeconds(45)));
        APIGatewayV2HTTPResponse found = refreshed.handleRequest(event, null);
        assertEquals(200, found.getStatusCode());
        assertEquals("public, max-age=45", found.getHeaders().get("Cache-Control"),
                "the answer is kept by CloudFront as long as the function keeps its list (SearchRefreshSeconds)");

        APIGatewayV2HTTPResponse readEveryTime = new SearchParticipantsHandler(new SearchParticipants(YEAR, store))
                .handleRequest(event, null);
        assertEquals("no-store", readEveryTime.getHeaders().get("Cache-Control"), "refresh 0: every search is fresh");

        event.setQueryStringParameters(Map.of("limit", "ten"));
        APIGatewayV2HTTPResponse refused = refreshed.handleRequest(event, null);
        assertEquals(400, refused.getStatusCode());
        assertEquals("no-store", refused.getHeaders().get("Cache-Control"));
    }

    @Test
    void searchRefusesABadLimit() {
        var handler = new SearchParticipantsHandler(new SearchParticipants(YEAR, store));
        APIGatewayV2HTTPEvent event = Events.load("search-participants.json");
        for (String limit : new String[] {"0", "51", "ten"}) {
            event.setQueryStringParameters(Map.of("limit", limit));
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
            assertEquals(400, response.getStatusCode());
            assertEquals("limit", Events.body(response).path("error").path("field").asText());
        }
    }

    @ParameterizedTest
    @Event(value = "../events/get-participant.json", type = APIGatewayV2HTTPEvent.class)
    void theCardShowsTheCountButNotTheContact(APIGatewayV2HTTPEvent event) {
        var handler = new GetParticipantHandler(new ReadParticipant(YEAR, store));
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        JsonNode card = Events.body(response);
        assertEquals(200, response.getStatusCode());
        assertEquals(0, card.path("confirmedPraiseCount").asInt());
        assertEquals("Aizkalne", card.path("branches").get(1).asText());
        assertFalse(response.getBody().contains("info@preili"));
    }

    @ParameterizedTest
    @Event(value = "../events/get-participant.json", type = APIGatewayV2HTTPEvent.class)
    void anAwardeesCardCarriesItsPlaceMarkAndCodeAndOthersNone(APIGatewayV2HTTPEvent event) {
        var award = new lv.praise.domain.awards.Award(YEAR, LIBRARY.id(), LIBRARY.name(), 3, 50, "STATE",
                "7KQ2M9XD4HTBW3ZA", java.time.LocalDate.of(YEAR, 4, 12), "Klienti mūs uzslavē 2027",
                lv.praise.domain.awards.DeliveryState.SENT, 1, null, null);
        var awards = new lv.praise.domain.awards.AwardStore() {
            public void ensure(lv.praise.domain.awards.Publication p) { throw new UnsupportedOperationException(); }
            public List<lv.praise.domain.awards.Award> all(int year) { return year == YEAR ? List.of(award) : List.of(); }
            public List<lv.praise.domain.awards.AwardMark> marks(String id) {
                // Oldest first, as the store answers; the current year's is among them.
                return id.equals(LIBRARY.id()) ? List.of(
                        new lv.praise.domain.awards.AwardMark(YEAR - 2, id, 17, 50, "STATE", "Klienti mūs uzslavē " + (YEAR - 2), "AAAABBBBCCCCDDDD"),
                        new lv.praise.domain.awards.AwardMark(YEAR - 1, id, 5, 50, "STATE", "Klienti mūs uzslavē " + (YEAR - 1), "2222333344445555"),
                        lv.praise.domain.awards.AwardMark.of(award)) : List.of();
            }
            public Optional<lv.praise.domain.awards.Award> findByCode(String code) { throw new UnsupportedOperationException(); }
            public Optional<Claim> claim(int y, String id, java.time.Instant n, java.time.Instant s) { throw new UnsupportedOperationException(); }
            public boolean markSent(int y, Claim c, java.time.Instant at) { throw new UnsupportedOperationException(); }
            public boolean markNotSent(int y, Claim c, lv.praise.domain.awards.DeliveryState s, String r) { throw new UnsupportedOperationException(); }
        };
        var handler = new GetParticipantHandler(new ReadParticipant(YEAR, store),
                new lv.praise.domain.awards.ParticipantAwards(awards));
        JsonNode card = Events.body(handler.handleRequest(event, null)).path("award");
        assertEquals(3, card.path("rank").asInt());
        assertEquals(50, card.path("topN").asInt());
        assertEquals(YEAR, card.path("campaignYear").asInt());
        assertEquals("Klienti mūs uzslavē 2027", card.path("qualityMarkTitle").asText());
        assertEquals("7KQ2-M9XD-4HTB-W3ZA", card.path("code").asText(), "as people read it, and as the badge's address takes it");

        JsonNode earlier = Events.body(handler.handleRequest(event, null)).path("earlier");
        assertEquals(2, earlier.size(), "the earlier years only, not this year's again: " + earlier);
        assertEquals(YEAR - 1, earlier.get(0).path("campaignYear").asInt(), "newest first");
        assertEquals(5, earlier.get(0).path("rank").asInt());
        assertEquals("Klienti mūs uzslavē " + (YEAR - 1), earlier.get(0).path("qualityMarkTitle").asText());
        assertEquals("2222-3333-4444-5555", earlier.get(0).path("code").asText());
        assertEquals(YEAR - 2, earlier.get(1).path("campaignYear").asInt());
        assertEquals("AAAA-BBBB-CCCC-DDDD", earlier.get(1).path("code").asText());

        event.setPathParameters(Map.of("id", BAKERY.id()));
        JsonNode bakery = Events.body(handler.handleRequest(event, null));
        assertTrue(bakery.path("award").isNull(), "no award, no mark");
        assertTrue(bakery.path("earlier").isArray() && bakery.path("earlier").isEmpty(), bakery.toString());
    }

    @Test
    void anUnknownOrHostileIdIs404() {
        var handler = new GetParticipantHandler(new ReadParticipant(YEAR, store));
        for (String id : new String[] {"nobody", "../../etc/passwd", "<script>"}) {
            APIGatewayV2HTTPEvent event = Events.load("get-participant.json");
            event.setPathParameters(Map.of("id", id));
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
            assertEquals(404, response.getStatusCode());
            assertEquals("id", Events.body(response).path("error").path("field").asText());
        }
    }

    @Test
    void anUnexpectedFailureIsABare500() {
        var handler = new GetParticipantHandler(new ReadParticipant(YEAR, new ParticipantStore() {
            @Override
            public Optional<Participant> find(int year, String id) {
                throw new IllegalStateException("secret internals");
            }

            @Override
            public void save(Participant participant) {
            }

            @Override
            public List<Participant> all(int year) {
                return List.of();
            }
        }));
        APIGatewayV2HTTPResponse response = handler.handleRequest(Events.load("get-participant.json"), null);
        assertEquals(500, response.getStatusCode());
        assertFalse(response.getBody().contains("secret internals"));
        assertEquals("internal", Events.body(response).path("error").path("code").asText());
    }
}
