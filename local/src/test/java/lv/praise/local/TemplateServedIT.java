package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Everything template.yaml declares is there in the local run: each function's handler, each of
 * its routes answered by that handler (routes with an authorizer called with the development
 * organiser token), each scheduled function runnable on demand, each table with its keys. The lists
 * come from the template, so a new function, route or table is covered without touching this test.
 */
class TemplateServedIT {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static LocalServer server;
    private static SamTemplate template;

    @BeforeAll
    static void start() {
        server = LocalServer.shared();
        template = server.template();
    }

    @TestFactory
    Stream<DynamicTest> everyFunctionHasALoadableHandler() {
        return template.functions().stream().map(f -> dynamicTest(f.logicalId() + " → " + f.handlerClass(), () -> {
            Class<?> type = Class.forName(f.handlerClass());
            assertTrue(RequestHandler.class.isAssignableFrom(type), "implements RequestHandler");
            assertTrue(Handlers.isHttpApiHandler(type) || f.routes().isEmpty(),
                    "RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>");
            assertFalse(Modifier.isAbstract(type.getModifiers()));
            assertTrue(Modifier.isPublic(type.getConstructor().getModifiers()), "public no-arg constructor");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyRouteIsAnsweredByItsFunction() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SamTemplate.Function f : template.functions()) {
            for (SamTemplate.Route route : f.routes()) {
                tests.add(dynamicTest(route.method() + " " + route.path() + " → " + f.logicalId(), () -> check(route)));
            }
        }
        assertFalse(tests.isEmpty(), "the template declares routes");
        return tests.stream();
    }

    /** Routes that change the campaign for good (closing, publishing, sending certificates). */
    private static final Set<String> IRREVERSIBLE = Set.of("POST /api/admin/campaign/close",
            "POST /api/admin/awards/publish", "POST /api/admin/awards/resend");

    /** Routes whose GET needs a query to be a valid call (the export names what it exports). */
    private static final java.util.Map<String, String> QUERY = java.util.Map.of("GET /api/admin/export", "?kind=nominations");

    private static void check(SamTemplate.Route route) throws Exception {
        String participant = server.participantIds().get(0);
        String path = route.path().replace("{year}", Integer.toString(server.campaignYear()))
                .replaceAll("\\{[^}]+\\+}", participant).replaceAll("\\{[^}]+}", participant)
                + QUERY.getOrDefault(route.method() + " " + route.path(), "");
        List<String> parameters = new ArrayList<>();
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("\\{([^}+]+)\\+?}").matcher(route.path());
        while (names.find()) {
            parameters.add(names.group(1));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUrl().resolve(path));
        boolean irreversible = IRREVERSIBLE.contains(route.method() + " " + route.path());
        if (route.authorizer() != null) {
            // The awards day's routes would close or publish this JVM's campaign for good: they are
            // called as a signed-in non-organiser, whom the function itself refuses (AwardsDayIT runs them).
            // The evaluators' routes (issue 17) are called as an evaluator, whom they accept; the others as an organiser.
            boolean evaluate = route.path().startsWith("/api/evaluate/");
            // A participant's own routes (issue 18) are called as a contact of that participant, whom they accept.
            boolean contact = "ParticipantAuthorizer".equals(route.authorizer());
            if (contact) {
                ContactSignIn.setContacts(server, participant, "served.contact@example.lv");
            }
            request.header("Authorization", "Bearer " + (irreversible ? server.tokenFor("editor@example.lv", false)
                    : evaluate ? server.jwt().issueEvaluator("served@example.lv", java.time.Duration.ofHours(1))
                    : contact ? server.jwt().issueContact("served.contact@example.lv", participant)
                    : server.organiserToken()));
        }
        boolean withBody = route.method().equals("POST") || route.method().equals("PUT") || route.method().equals("PATCH");
        if (withBody) {
            request.header("Content-Type", "application/json")
                    .method(route.method(), HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            request.method(route.method(), HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String type = response.headers().firstValue("content-type").orElse("");
        String where = route.method() + " " + path + " → " + response.statusCode() + " " + type + " "
                + response.body().substring(0, Math.min(300, response.body().length()));
        if (route.authorizer() != null && !irreversible && !type.startsWith("application/json")) {
            // A download for organisers (the posters): a file as an attachment is only ever the function's answer.
            assertEquals(200, response.statusCode(), where);
            assertTrue(response.headers().firstValue("content-disposition").orElse("").startsWith("attachment;"), where);
            return;
        }
        assertTrue(type.startsWith("application/json"), where);
        JsonNode body = Replies.JSON.readTree(response.body());
        assertFalse(servedByTheGatewayItself(response.statusCode(), body), "the gateway, not the function, answered: " + where);
        if (irreversible) {
            assertEquals(403, response.statusCode(), where);
            assertEquals("forbidden", body.path("error").path("code").asText(), where);
        } else if (route.authorizer() != null) {
            // An organiser's (or evaluator's) call: the authorizer lets it through and the handler accepts it.
            assertTrue(response.statusCode() != 401 && response.statusCode() != 403, "refused an organiser: " + where);
            assertTrue(response.statusCode() < 500, where);
            if (route.method().equals("GET")) {
                assertEquals(200, response.statusCode(), where);
            } else if (response.statusCode() >= 400) {
                JsonNode field = body.path("error").path("field");
                assertTrue(field.isTextual() && !field.asText().isBlank(), "the error names a field: " + where);
            }
        } else if (route.method().equals("GET")) {
            if (parameters.isEmpty() || parameters.equals(List.of("id"))) {
                assertEquals(200, response.statusCode(), where);
            } else if (response.statusCode() != 200) {
                // Nothing of that name (no results yet, a participant id is no certificate code): the
                // function's own 4xx, naming the path parameter.
                assertTrue(response.statusCode() == 400 || response.statusCode() == 404, where);
                assertTrue(parameters.contains(body.path("error").path("field").asText()), where);
            }
        } else if (withBody) {
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, where);
            JsonNode field = body.path("error").path("field");
            assertTrue(field.isTextual() && !field.asText().isBlank(), "the error names a field: " + where);
        }
    }

    /** The local API Gateway's own answers: no route (404 on "path"), a wrong method (405), no token (401). */
    private static boolean servedByTheGatewayItself(int status, JsonNode body) {
        JsonNode error = body.path("error");
        return status == 405 || (status == 404 && "path".equals(error.path("field").asText()))
                || (status == 401 && "Unauthorized".equals(body.path("message").asText()));
    }

    @TestFactory
    Stream<DynamicTest> everyScheduledFunctionRunsOnDemand() {
        List<String> scheduled = new ArrayList<>();
        for (SamTemplate.Function f : template.functions()) {
            Map<?, ?> events = (Map<?, ?>) template.properties(f.logicalId()).getOrDefault("Events", Map.of());
            boolean onSchedule = events.values().stream()
                    .anyMatch(e -> ScheduledFunctions.SCHEDULE_EVENT_TYPES.contains(((Map<?, ?>) e).get("Type")));
            if (onSchedule) {
                scheduled.add(f.logicalId());
            }
        }
        assertEquals(scheduled, server.scheduledFunctions(), "the local run lists the template's scheduled functions");
        return scheduled.stream().map(id -> dynamicTest("POST /_local/run/" + id, () -> {
            URI run = server.baseUrl().resolve(DevEndpoints.RUN + "/" + id);
            HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(run)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, anonymous.statusCode(), anonymous.body());
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(run)
                    .header("Authorization", "Bearer " + server.organiserToken())
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
            Replies.JSON.readTree(response.body());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyTableExistsWithTheTemplatesKeys() {
        List<String> tables = template.resourcesOfType("AWS::DynamoDB::Table");
        assertFalse(tables.isEmpty());
        return tables.stream().map(logicalId -> dynamicTest(logicalId, () -> {
            String name = server.tables().get(logicalId);
            TableDescription actual = server.dynamo().describeTable(r -> r.tableName(name)).table();
            CreateTableRequest declared = template.createTable(logicalId, name);
            assertEquals(declared.keySchema(), actual.keySchema());
            assertEquals(new HashSet<>(declared.attributeDefinitions()), new HashSet<>(actual.attributeDefinitions()));
            assertEquals(declared.globalSecondaryIndexes().size(), actual.globalSecondaryIndexes().size());
        }));
    }

    @Test
    void theFunctionsUseATableOfTheTemplate() {
        assertTrue(server.tables().containsValue(server.tableName()));
        assertNotEquals(0, server.dynamo().scan(r -> r.tableName(server.tableName()).limit(1)).count());
    }

    @Test
    void siteAndApiCarryTheTemplatesSecurityHeaders() throws Exception {
        String policy = template.resourcesOfType("AWS::CloudFront::ResponseHeadersPolicy").get(0);
        Map<?, ?> config = (Map<?, ?>) template.properties(policy).get("ResponseHeadersPolicyConfig");
        Map<?, ?> security = (Map<?, ?>) config.get("SecurityHeadersConfig");
        // A !Sub of the region (the participants' Cognito endpoint, issue 18): the local run's region.
        String csp = SamTemplate.resolve(((Map<?, ?>) security.get("ContentSecurityPolicy")).get("ContentSecurityPolicy"),
                Map.of("AWS::Region", lv.praise.testkit.LocalDynamoDb.REGION, "AWS::URLSuffix", "amazonaws.com"));
        for (String path : List.of("/", "/api/campaign", "/_outbox/")) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(csp, response.headers().firstValue("content-security-policy").orElse(null), path);
            assertEquals("nosniff", response.headers().firstValue("x-content-type-options").orElse(null), path);
        }
    }
}
