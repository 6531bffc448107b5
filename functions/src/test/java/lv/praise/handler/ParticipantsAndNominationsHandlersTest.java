package lv.praise.handler;

import static lv.praise.testkit.Fixtures.BAKERY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import lv.praise.domain.Participant;
import lv.praise.domain.imports.ParticipantEditor;
import lv.praise.domain.nominations.Nominations;
import lv.praise.testkit.Events;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryEvaluations;
import lv.praise.testkit.InMemoryNominations;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.StandingsFakes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** The console's participant routes, fed by events/ over fakes of our ports (nominations: NominationHandlersTest). */
class ParticipantsAndNominationsHandlersTest {
    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryEvaluations evaluations = new InMemoryEvaluations();
    private final MutableClock clock = new MutableClock(Fixtures.DURING_WINDOW);
    private final ParticipantEditor editor = new ParticipantEditor(YEAR, store, store);
    private final Nominations nominations = new Nominations(YEAR, store, new InMemoryNominations(), null, null, null,
            null, clock);

    ParticipantsAndNominationsHandlersTest() {
        store.save(LIBRARY);
        store.save(BAKERY);
        StandingsFakes.evaluate(evaluations, YEAR, LIBRARY.id(), 81, 85);
    }

    @ParameterizedTest
    @Event(value = "../events/list-participants.json", type = APIGatewayV2HTTPEvent.class)
    void theListSearchesAndFilters(APIGatewayV2HTTPEvent event) {
        JsonNode body = Events.body(new ListParticipantsHandler(editor).handleRequest(event, null));
        assertEquals(1, body.path("participants").size());
        JsonNode library = body.path("participants").get(0);
        assertEquals(LIBRARY.id(), library.path("id").asText());
        assertEquals(LIBRARY.contactEmail(), library.path("contactEmail").asText(), "organisers see the contact");

        event.setQueryStringParameters(Map.of());
        JsonNode all = Events.body(new ListParticipantsHandler(editor).handleRequest(event, null));
        assertEquals(List.of(BAKERY.id(), LIBRARY.id()), ids(all), "by name in Latvian order");
        event.setQueryStringParameters(Map.of("sizeClass", "SMALL", "industry", "RESTAURANTS"));
        assertEquals(List.of(BAKERY.id()), ids(Events.body(new ListParticipantsHandler(editor).handleRequest(event, null))));
    }

    @ParameterizedTest
    @Event(value = "../events/list-participants.json", type = APIGatewayV2HTTPEvent.class)
    void aFilterThatIsNoCodeOrAParameterTheListDoesNotReadIsRefusedByName(APIGatewayV2HTTPEvent event) {
        // Found by the bad-input tier: "<script>" as a category matched nothing and answered 200.
        for (String filter : List.of("category", "industry", "sizeClass")) {
            event.setQueryStringParameters(Map.of(filter, "<script>"));
            APIGatewayV2HTTPResponse refused = new ListParticipantsHandler(editor).handleRequest(event, null);
            assertEquals(400, refused.getStatusCode(), filter);
            assertEquals(filter, Events.body(refused).path("error").path("field").asText());
        }
        event.setQueryStringParameters(Map.of("categry", "STATE"));
        APIGatewayV2HTTPResponse unknown = new ListParticipantsHandler(editor).handleRequest(event, null);
        assertEquals(400, unknown.getStatusCode());
        assertEquals("categry", Events.body(unknown).path("error").path("field").asText());
    }

    @ParameterizedTest
    @Event(value = "../events/get-participant-details.json", type = APIGatewayV2HTTPEvent.class)
    void detailsCarryTheEvaluations(APIGatewayV2HTTPEvent event) {
        JsonNode body = Events.body(new GetParticipantDetailsHandler(editor, evaluations, new lv.praise.testkit.InMemoryContactBook(java.util.Set.of())).handleRequest(event, null));
        assertEquals(2, body.path("evaluations").size());
        assertEquals(81, body.path("evaluations").get(0).path("score").asInt());
        event.setPathParameters(Map.of("id", "nobody"));
        APIGatewayV2HTTPResponse unknown = new GetParticipantDetailsHandler(editor, evaluations, new lv.praise.testkit.InMemoryContactBook(java.util.Set.of())).handleRequest(event, null);
        assertEquals(404, unknown.getStatusCode());
        assertEquals("id", Events.body(unknown).path("error").path("field").asText());
    }

    @ParameterizedTest
    @Event(value = "../events/update-participant.json", type = APIGatewayV2HTTPEvent.class)
    void anEditKeepsTheIdAndThePraiseCount(APIGatewayV2HTTPEvent event) {
        store.save(new Participant(YEAR, LIBRARY.id(), LIBRARY.name(), "STATE", "EDUCATION", "SMALL", LIBRARY.branches(),
                LIBRARY.contactEmail(), 0));
        new StandingsFakes.Praises(store).add(YEAR, LIBRARY.id(), lv.praise.domain.Channel.ONLINE, 5, true);
        APIGatewayV2HTTPResponse response = new UpdateParticipantHandler(editor).handleRequest(event, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        Participant stored = store.find(YEAR, LIBRARY.id()).orElseThrow();
        assertEquals(List.of("Preiļi", "Aizkalne", "Pelēči"), stored.branches());
        assertEquals("direktore@preili.example.lv", stored.contactEmail());
        assertEquals("90000012345", stored.registrationNumber());
        assertEquals(1, stored.confirmedPraiseCount());
    }

    @Test
    void badInputNamesItsFieldAndChangesNothing() {
        Map<String, Consumer<com.fasterxml.jackson.databind.node.ObjectNode>> cases = new HashMap<>();
        cases.put("name", b -> b.put("name", " "));
        cases.put("category", b -> b.put("category", "MINING"));
        cases.put("sizeClass", b -> b.remove("sizeClass"));
        cases.put("contactEmail", b -> b.put("contactEmail", "not an address"));
        cases.put("branches[1]", b -> b.putArray("branches").add("Preiļi").add("preili"));
        cases.put("registrationNumber", b -> b.put("registrationNumber", "x y"));
        cases.put("id", b -> b.put("id", "another-id"));
        cases.put("unknown", b -> b.put("unknown", 1));
        cases.put("branches", b -> b.put("branches", "Preiļi"));
        cases.forEach((field, change) -> {
            APIGatewayV2HTTPResponse refused = new UpdateParticipantHandler(editor)
                    .handleRequest(Events.withBody("update-participant.json", change), null);
            assertEquals(400, refused.getStatusCode(), field + ": " + refused.getBody());
            assertEquals(field, Events.body(refused).path("error").path("field").asText(), refused.getBody());
        });
        assertEquals(LIBRARY, store.find(YEAR, LIBRARY.id()).orElseThrow(), "nothing was written");

        store.save(new Participant(YEAR, "other", "Other", "B2C", "TRADE", "SMALL", List.of(), null, 0, "40003111111"));
        APIGatewayV2HTTPResponse taken = new UpdateParticipantHandler(editor).handleRequest(
                Events.withBody("update-participant.json", b -> b.put("registrationNumber", "40003111111")), null);
        assertEquals("registrationNumber", Events.body(taken).path("error").path("field").asText());
    }

    @Test
    void aLineBreakOrControlCharacterInANameIsRefusedNamingTheFieldAndNothingIsWritten() {
        Map<String, Consumer<com.fasterxml.jackson.databind.node.ObjectNode>> cases = new HashMap<>();
        cases.put("name", b -> b.put("name", "Kafejnīca\r\nŪdensroze"));
        cases.put("branches[1]", b -> b.putArray("branches").add("Rīga").add("Lie\u2029pāja"));
        cases.put("contactEmail", b -> b.put("contactEmail", "kafe@example.lv(1)"));
        cases.forEach((field, change) -> {
            APIGatewayV2HTTPResponse refused = new AddParticipantHandler(editor)
                    .handleRequest(Events.withBody("add-participant.json", change), null);
            assertEquals(400, refused.getStatusCode(), field + ": " + refused.getBody());
            assertEquals(field, Events.body(refused).path("error").path("field").asText(), refused.getBody());
            assertEquals(field.equals("contactEmail") ? "invalid" : "control_character",
                    Events.body(refused).path("error").path("code").asText(), refused.getBody());
        });
        APIGatewayV2HTTPResponse edited = new UpdateParticipantHandler(editor).handleRequest(
                Events.withBody("update-participant.json", b -> b.put("name", "Preiļu\tbibliotēka")), null);
        assertEquals("name", Events.body(edited).path("error").path("field").asText(), edited.getBody());
        assertEquals(2, store.all(YEAR).size(), "nothing was added");
        assertEquals(LIBRARY, store.find(YEAR, LIBRARY.id()).orElseThrow(), "nothing was changed");

        APIGatewayV2HTTPResponse nominated = new SubmitNominationHandler(nominations).handleRequest(Events.withBody(
                "submit-nomination.json", b -> b.put("name", "Ziedu\nveikals")), null);
        assertEquals(400, nominated.getStatusCode());
        assertEquals("name", Events.body(nominated).path("error").path("field").asText());
        assertTrue(nominations.list().isEmpty());
    }

    @ParameterizedTest
    @Event(value = "../events/add-participant.json", type = APIGatewayV2HTTPEvent.class)
    void anAddedParticipantGetsAnIdFromItsNameAndATakenIdIsRefused(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse created = new AddParticipantHandler(editor).handleRequest(event, null);
        assertEquals(201, created.getStatusCode(), created.getBody());
        assertEquals("kafejnica-udensroze", Events.body(created).path("id").asText());
        assertEquals(0, store.find(YEAR, "kafejnica-udensroze").orElseThrow().confirmedPraiseCount());

        APIGatewayV2HTTPResponse twin = new AddParticipantHandler(editor).handleRequest(Events.withBody(
                "add-participant.json", b -> b.put("registrationNumber", "40003999998")), null);
        assertEquals("kafejnica-udensroze-2", Events.body(twin).path("id").asText(), "a second one of that name");

        APIGatewayV2HTTPResponse taken = new AddParticipantHandler(editor).handleRequest(Events.withBody(
                "add-participant.json", b -> b.put("id", LIBRARY.id()).put("registrationNumber", "40003999997")), null);
        assertEquals(400, taken.getStatusCode());
        assertEquals("id", Events.body(taken).path("error").path("field").asText());
        assertEquals(LIBRARY, store.find(YEAR, LIBRARY.id()).orElseThrow());
    }

    @Test
    void everyNewAdminRouteNeedsAnOrganiser() {
        Map<String, Supplier<AdminHandler>> routes = Map.of(
                "list-participants.json", () -> new ListParticipantsHandler(editor),
                "get-participant-details.json", () -> new GetParticipantDetailsHandler(editor, evaluations, new lv.praise.testkit.InMemoryContactBook(java.util.Set.of())),
                "update-participant.json", () -> new UpdateParticipantHandler(editor),
                "add-participant.json", () -> new AddParticipantHandler(editor),
                "list-nominations.json", () -> new ListNominationsHandler(nominations));
        routes.forEach((file, handler) -> {
            APIGatewayV2HTTPEvent anonymous = Events.load(file);
            anonymous.getRequestContext().setAuthorizer(null);
            assertEquals(401, handler.get().handleRequest(anonymous, null).getStatusCode(), file);
            APIGatewayV2HTTPEvent outsider = Events.load(file);
            outsider.getRequestContext().getAuthorizer().getJwt().setClaims(Map.of("sub", "x", "cognito:groups", "[editors]"));
            assertEquals(403, handler.get().handleRequest(outsider, null).getStatusCode(), file);
        });
        assertEquals(2, store.all(YEAR).size());
    }

    private static List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.path("participants").forEach(p -> ids.add(p.path("id").asText()));
        return ids;
    }
}
