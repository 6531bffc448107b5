package lv.praise.handler;

import static lv.praise.testkit.Fixtures.DURING_WINDOW;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import lv.praise.domain.standings.RecalculateStandings;
import lv.praise.domain.standings.ReadStandings;
import lv.praise.domain.visits.Visits;
import lv.praise.testkit.Events;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryEvaluations;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.StandingsFakes;
import lv.praise.testkit.InMemoryVisits;
import org.junit.jupiter.api.Test;

/** The visit routes fed by their sample events (events/), on in-memory stores. */
class VisitHandlersTest {
    /** The id the sample events (review-visit, submit-visit) use. */
    static final String SAMPLE_VISIT = "0b6c8f3e-2a4d-4e1b-9c7a-5d3f1e2b8a60";
    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryVisits visitStore = new InMemoryVisits((year, id) -> store.frozenAt(year, id).isPresent());
    private final Deque<String> ids = new ArrayDeque<>(List.of(SAMPLE_VISIT, "1c7d9f4e-3b5e-4f2c-8d8b-6e4f2a3c9b71",
            "2d8e0a5f-4c6f-4a3d-9e9c-7f5a3b4d0c82", "3e9f1b6a-5d7a-4b4e-8f0d-8a6b4c5e1d93"));
    private final Visits visits = new Visits(YEAR, store, store, visitStore, visitStore, Fixtures.clockAt(DURING_WINDOW), ids::pop);

    VisitHandlersTest() {
        store.save(LIBRARY);
    }

    @Test
    void organisersPlanAndTheEvaluatorSeesOnlyTheirOwnVisit() {
        APIGatewayV2HTTPResponse planned = new PlanVisitsHandler(visits).handleRequest(Events.load("plan-visits.json"), null);
        assertEquals(201, planned.getStatusCode(), planned.getBody());
        assertEquals(2, Events.body(planned).path("created").asInt());

        JsonNode plan = Events.body(new GetEvaluatorPlanHandler(visits).handleRequest(Events.load("get-evaluator-plan.json"), null));
        assertEquals("anna.ozola@example.lv", plan.path("evaluator").asText());
        assertEquals(1, plan.path("visits").size());
        assertEquals(SAMPLE_VISIT, plan.path("visits").get(0).path("id").asText());
        assertEquals("Preiļu Galvenā bibliotēka", plan.path("visits").get(0).path("participantName").asText());
        assertEquals(1, plan.path("questionnaires").get(0).path("version").asInt());
        assertEquals(10, plan.path("questionnaires").get(0).path("criteria").size());
    }

    @Test
    void aPlanSentTwiceAnswersTheExistingRowsAndAPlannedVisitIsCancelledThroughTheReviewRoute() {
        assertEquals(201, new PlanVisitsHandler(visits).handleRequest(Events.load("plan-visits.json"), null).getStatusCode());
        int writes = visitStore.writes();
        APIGatewayV2HTTPResponse again = new PlanVisitsHandler(visits).handleRequest(Events.load("plan-visits.json"), null);
        assertEquals(200, again.getStatusCode(), again.getBody());
        JsonNode body = Events.body(again);
        assertEquals(0, body.path("created").asInt());
        assertEquals(2, body.path("existing").asInt());
        assertTrue(body.path("existingIds").toString().contains(SAMPLE_VISIT), body.toString());
        assertEquals(writes, visitStore.writes(), "nothing planned twice");

        APIGatewayV2HTTPEvent cancel = Events.load("review-visit.json");
        cancel.setBody("{\"decision\":\"cancel\"}");
        APIGatewayV2HTTPResponse cancelled = new ReviewVisitHandler(visits).handleRequest(cancel, null);
        assertEquals(200, cancelled.getStatusCode(), cancelled.getBody());
        assertTrue(Events.body(cancelled).path("cancelled").asBoolean());
        assertTrue(visitStore.find(YEAR, SAMPLE_VISIT).isEmpty());
        assertEquals(404, new ReviewVisitHandler(visits).handleRequest(cancel, null).getStatusCode(), "already gone");
    }

    @Test
    void anEvaluatorSubmitsOnceTheSameSubmissionAgainIsAnsweredAndTheOrganiserReturnsIt() {
        new PlanVisitsHandler(visits).handleRequest(Events.load("plan-visits.json"), null);
        APIGatewayV2HTTPResponse first = new SubmitVisitHandler(visits).handleRequest(Events.load("submit-visit.json"), null);
        assertEquals(200, first.getStatusCode(), first.getBody());
        JsonNode submission = Events.body(first).path("submission");
        // 76.25 of 85 weight points (consistency "na" left out): docs/scoring.md §10's rule.
        assertEquals("89.71", submission.path("score").decimalValue().toPlainString());
        assertEquals("1525/17", submission.path("scoreExact").asText());
        int writes = visitStore.writes();

        APIGatewayV2HTTPResponse again = new SubmitVisitHandler(visits).handleRequest(Events.load("submit-visit.json"), null);
        assertEquals(200, again.getStatusCode());
        assertEquals(first.getBody(), again.getBody());
        assertEquals(writes, visitStore.writes());

        APIGatewayV2HTTPEvent other = Events.load("submit-visit.json");
        other.setBody(other.getBody().replace("3f2b7c1a", "4f2b7c1a"));
        APIGatewayV2HTTPResponse second = new SubmitVisitHandler(visits).handleRequest(other, null);
        assertEquals(409, second.getStatusCode());
        assertEquals("already_submitted", Events.body(second).path("error").path("code").asText());

        JsonNode returned = Events.body(new ReviewVisitHandler(visits).handleRequest(Events.load("review-visit.json"), null));
        assertEquals("returned", returned.path("status").asText());
        assertEquals("Lūdzu, norādiet filiāles adresi.", returned.path("returnComment").asText());
        assertEquals("organiser@example.lv", returned.path("reviews").get(0).path("by").asText());
        // The evaluator sees the return and its comment, not the organisers' addresses.
        JsonNode plan = Events.body(new GetEvaluatorPlanHandler(visits).handleRequest(Events.load("get-evaluator-plan.json"), null));
        JsonNode mine = plan.path("visits").get(0);
        assertEquals("Lūdzu, norādiet filiāles adresi.", mine.path("returnComment").asText());
        assertTrue(mine.has("reviews") && mine.path("reviews").get(0).has("comment"), mine.toString());
        assertFalse(mine.has("plannedBy") || mine.path("reviews").get(0).has("by"), mine.toString());
        assertFalse(plan.toString().contains("organiser@example.lv"), plan.toString());

        JsonNode listed = Events.body(new ListVisitsHandler(visits).handleRequest(Events.load("list-visits.json"), null));
        assertEquals(0, listed.path("visits").size(), "the sample lists submitted visits; the only one is returned");
    }

    @Test
    void badAnswersAreRefusedNamingTheFieldAndWriteNothing() throws Exception {
        new PlanVisitsHandler(visits).handleRequest(Events.load("plan-visits.json"), null);
        int writes = visitStore.writes();
        Map<String, String> cases = Map.of(
                "\"value\":4}", "\"value\":6}",
                "\"criterion\":\"greeting\"", "\"criterion\":\"friendliness\"",
                "\"visitedAt\":\"2027-03-08T11:30\"", "\"visitedAt\":\"8.3.2027\"");
        Map<String, String> fields = Map.of("\"value\":4}", "answers[0].value", "\"criterion\":\"greeting\"",
                "answers[0].criterion", "\"visitedAt\":\"2027-03-08T11:30\"", "visitedAt");
        for (var c : cases.entrySet()) {
            APIGatewayV2HTTPEvent event = Events.load("submit-visit.json");
            assertTrue(event.getBody().contains(c.getKey()), c.getKey());
            event.setBody(event.getBody().replace(c.getKey(), c.getValue()));
            APIGatewayV2HTTPResponse response = new SubmitVisitHandler(visits).handleRequest(event, null);
            assertEquals(400, response.getStatusCode(), response.getBody());
            assertEquals(fields.get(c.getKey()), Events.body(response).path("error").path("field").asText());
        }
        assertEquals(writes, visitStore.writes());
    }

    @Test
    void theQuestionnaireIsReadAndSavedAndCalibrationAnswers() {
        JsonNode q = Events.body(new GetQuestionnaireHandler(visits).handleRequest(Events.load("get-questionnaire.json"), null));
        assertEquals(1, q.path("version").asInt());
        assertEquals(false, q.path("frozen").asBoolean());
        APIGatewayV2HTTPResponse saved = new SaveQuestionnaireHandler(visits).handleRequest(Events.load("save-questionnaire.json"), null);
        assertEquals(200, saved.getStatusCode(), saved.getBody());
        assertEquals(false, Events.body(saved).path("created").asBoolean());
        JsonNode after = Events.body(new GetQuestionnaireHandler(visits).handleRequest(Events.load("get-questionnaire.json"), null));
        assertEquals(3, after.path("criteria").size());
        assertEquals("12.5", after.path("criteria").get(2).path("weight").decimalValue().toPlainString());

        APIGatewayV2HTTPEvent bad = Events.load("save-questionnaire.json");
        bad.setBody(bad.getBody().replace("\"weight\":15", "\"weight\":15.125"));
        APIGatewayV2HTTPResponse refused = new SaveQuestionnaireHandler(visits).handleRequest(bad, null);
        assertEquals(400, refused.getStatusCode());
        assertEquals("criteria[1].weight", Events.body(refused).path("error").path("field").asText());

        JsonNode calibration = Events.body(new GetCalibrationHandler(visits).handleRequest(Events.load("get-calibration.json"), null));
        assertEquals(2027, calibration.path("year").asInt());
        assertEquals(0, calibration.path("evaluators").size());
    }

    @Test
    void rolesAreCheckedByTheHandlersToo() {
        // An organiser's token on an evaluator's route, an evaluator's on an organiser's: 403; no token: 401.
        APIGatewayV2HTTPEvent organiserOnEvaluate = Events.load("get-evaluator-plan.json");
        organiserOnEvaluate.getRequestContext().getAuthorizer().getJwt().setClaims(
                Events.load("get-calibration.json").getRequestContext().getAuthorizer().getJwt().getClaims());
        assertEquals(403, new GetEvaluatorPlanHandler(visits).handleRequest(organiserOnEvaluate, null).getStatusCode());

        APIGatewayV2HTTPEvent evaluatorOnAdmin = Events.load("get-calibration.json");
        evaluatorOnAdmin.getRequestContext().getAuthorizer().getJwt().setClaims(
                Events.load("get-evaluator-plan.json").getRequestContext().getAuthorizer().getJwt().getClaims());
        assertEquals(403, new GetCalibrationHandler(visits).handleRequest(evaluatorOnAdmin, null).getStatusCode());

        assertEquals(401, new SubmitVisitHandler(visits).handleRequest(Events.anonymous("submit-visit.json"), null).getStatusCode());
        assertEquals(401, new GetEvaluatorPlanHandler(visits).handleRequest(Events.anonymous("get-evaluator-plan.json"), null).getStatusCode());
        assertEquals(403, new SubmitVisitHandler(visits).handleRequest(Events.outsider("submit-visit.json"), null).getStatusCode());
    }

    @Test
    void theStandingsRowsCarryThePerCriterionResultsTheRecalculationKept() {
        new PlanVisitsHandler(visits).handleRequest(Events.load("plan-visits.json"), null);
        new SubmitVisitHandler(visits).handleRequest(Events.load("submit-visit.json"), null);
        APIGatewayV2HTTPEvent approve = Events.load("review-visit.json");
        approve.setBody("{\"decision\":\"approve\"}");
        assertEquals(200, new ReviewVisitHandler(visits).handleRequest(approve, null).getStatusCode());
        StandingsFakes.Snapshots snapshots = new StandingsFakes.Snapshots();
        new RecalculateStandings(YEAR, store, store, new InMemoryEvaluations(), new StandingsFakes.Praises(store), snapshots,
                Fixtures.clockAt(DURING_WINDOW)).withVisits(visitStore, visitStore).run();

        JsonNode standings = Events.body(new GetStandingsHandler(new ReadStandings(YEAR, snapshots),
                () -> visitStore.results(YEAR)).handleRequest(Events.load("get-standings.json"), null));
        JsonNode row = standings.path("rows").get(0);
        assertEquals(LIBRARY.id(), row.path("id").asText());
        assertEquals(1, row.path("criteria").path("visits").asInt());
        JsonNode overall = row.path("criteria").path("overall");
        assertEquals("competence", overall.get(1).path("criterion").asText(), "criteria in id order: closing, competence, …");
        assertEquals(0, new java.math.BigDecimal("75").compareTo(overall.get(1).path("mean").decimalValue()));
        assertEquals(8, overall.size(), "consistency was not applicable");
        assertEquals(8, row.path("criteria").path("byChannel").path("visit").size());
        assertEquals("89.71", row.path("components").path("mystery").path("score").decimalValue().toPlainString());
    }
}
