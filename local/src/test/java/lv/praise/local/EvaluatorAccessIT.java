package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lv.praise.handler.EvaluatorHandler;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may call what, over HTTP on the local run (issue 17): an evaluator's token gets 403 on every organisers'
 * route of the template, an organiser's 403 on every evaluators' route, no token 401; an evaluator sees only
 * their own plan and gets 404 – never the content – for another evaluator's visit, whose data stays unchanged.
 */
class EvaluatorAccessIT {
    static final String EVALUATE_PREFIX = "/api/evaluate/";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static LocalServer server;
    private static SamTemplate template;
    private static String anna;
    private static String berta;
    private static String organiser;

    @BeforeAll
    static void start() {
        server = LocalServer.shared();
        template = server.template();
        anna = "Bearer " + server.jwt().issueEvaluator("anna.access@example.lv", Duration.ofHours(1));
        berta = "Bearer " + server.jwt().issueEvaluator("berta.access@example.lv", Duration.ofHours(1));
        organiser = "Bearer " + server.tokenFor("organiser.access@example.lv", true);
    }

    @Test
    void theTemplatesEvaluatorGroupIsTheOneTheHandlersCheckInTheOrganisersPool() {
        assertEquals(EvaluatorHandler.EVALUATORS, template.properties("EvaluatorsGroup").get("GroupName"));
        assertEquals(template.properties("OrganisersGroup").get("UserPoolId"), template.properties("EvaluatorsGroup").get("UserPoolId"));
    }

    @TestFactory
    Stream<DynamicTest> rolesAreKeptApartOnEveryRoute() {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> admin = new ArrayList<>();
        int evaluate = 0;
        for (SamTemplate.Function f : template.functions()) {
            for (SamTemplate.Route r : f.routes()) {
                String name = r.method() + " " + r.path();
                if (r.path().startsWith(AdminAuthorizationIT.ADMIN_PREFIX)) {
                    admin.add(name);
                    tests.add(dynamicTest(name + ": evaluator's token → 403", () -> assertForbidden(call(r, anna))));
                }
                if (r.path().startsWith(EVALUATE_PREFIX)) {
                    evaluate++;
                    tests.add(dynamicTest(name + ": organiser's token → 403", () -> assertForbidden(call(r, organiser))));
                    tests.add(dynamicTest(name + ": no token → 401", () -> assertEquals(401, call(r, null).statusCode())));
                }
            }
        }
        assertTrue(admin.containsAll(List.of("GET /api/admin/questionnaire", "PUT /api/admin/questionnaire",
                "GET /api/admin/visits", "POST /api/admin/visits", "POST /api/admin/visits/{id}/review",
                "GET /api/admin/calibration", "GET /api/admin/standings")), "admin routes: " + admin);
        assertEquals(2, evaluate);
        return tests.stream();
    }

    @Test
    void anEvaluatorSeesOnlyTheirOwnPlanAndNeverAnotherEvaluatorsVisit() throws Exception {
        String participant = server.participantIds().get(0);
        String from = LocalDate.now().toString();
        String to = LocalDate.now().plusDays(10).toString();
        HttpResponse<String> planned = send("POST", "/api/admin/visits", organiser, "{\"year\":" + year()
                + ",\"visits\":[{\"participantId\":\"" + participant + "\",\"channel\":\"visit\",\"evaluator\":\"anna.access@example.lv\","
                + "\"dueFrom\":\"" + from + "\",\"dueTo\":\"" + to + "\"},{\"participantId\":\"" + participant
                + "\",\"channel\":\"phone\",\"evaluator\":\"berta.access@example.lv\",\"dueFrom\":\"" + from + "\",\"dueTo\":\"" + to + "\"}]}");
        assertEquals(201, planned.statusCode(), planned.body());
        String bertasVisit = Replies.JSON.readTree(planned.body()).path("ids").get(1).asText();

        JsonNode annasPlan = Replies.JSON.readTree(send("GET", "/api/evaluate/plan", anna, null).body());
        List<String> channels = new ArrayList<>();
        annasPlan.path("visits").forEach(v -> {
            assertEquals("anna.access@example.lv", v.path("evaluator").asText());
            channels.add(v.path("channel").asText());
        });
        assertEquals(List.of("visit"), channels);
        assertFalse(annasPlan.toString().contains(bertasVisit));

        String before = send("GET", "/api/admin/visits?evaluator=berta.access@example.lv", organiser, null).body();
        HttpResponse<String> stolen = send("PUT", "/api/evaluate/visits/" + bertasVisit, anna, "{\"submissionId\":"
                + "\"5b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e\",\"visitedAt\":\"" + from + "T10:00\",\"place\":\"Rīga\","
                + "\"answers\":[{\"criterion\":\"greeting\",\"value\":5}]}");
        assertEquals(404, stolen.statusCode(), stolen.body());
        assertFalse(stolen.body().contains(participant), "nothing of the visit is told");
        assertEquals(before, send("GET", "/api/admin/visits?evaluator=berta.access@example.lv", organiser, null).body(),
                "another evaluator's visit is unchanged");
    }

    private static int year() throws Exception {
        return Replies.JSON.readTree(send("GET", "/api/campaign", null, null).body()).path("year").asInt();
    }

    private static void assertForbidden(HttpResponse<String> response) throws Exception {
        assertEquals(403, response.statusCode(), response.body());
        JsonNode error = Replies.JSON.readTree(response.body()).path("error");
        assertEquals("forbidden", error.path("code").asText(), response.body());
    }

    private static HttpResponse<String> call(SamTemplate.Route route, String authorization) throws Exception {
        String id = "0b6c8f3e-2a4d-4e1b-9c7a-5d3f1e2b8a60";
        String path = route.path().replaceAll("\\{[^}]+\\+}", id).replaceAll("\\{[^}]+}", id);
        return send(route.method().equals("ANY") ? "GET" : route.method(), path, authorization,
                List.of("POST", "PUT", "PATCH").contains(route.method()) ? "{}" : null);
    }

    private static HttpResponse<String> send(String method, String path, String authorization, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUrl().resolve(path));
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
