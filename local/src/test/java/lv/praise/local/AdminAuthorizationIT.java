package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lv.praise.handler.AdminHandler;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Every route of the template that names an authorizer refuses anonymous and bad calls exactly as
 * API Gateway's JWT authorizer does (401, {"message":"Unauthorized"}, the function never runs), and
 * a valid token without the organiser group gets the handler's 403 – and none of it changes a
 * single item of the table. The routes come from the template, so a new admin route is covered
 * without touching this test; an admin route added without the authorizer fails it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminAuthorizationIT {
    static final String ADMIN_PREFIX = "/api/admin/";
    static final String ORGANISER_AUTHORIZER = "OrganiserAuthorizer";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static LocalServer server;
    private static SamTemplate template;
    private static Map<String, Map<String, AttributeValue>> tableBefore;

    private record Protected(SamTemplate.Function function, SamTemplate.Route route) {
        String name() {
            return route.method() + " " + route.path() + " → " + function.logicalId() + " (" + route.authorizer() + ")";
        }
    }

    @BeforeAll
    static void start() {
        server = LocalServer.shared();
        template = server.template();
        tableBefore = scanTable();
    }

    @Test
    @Order(1)
    void everyAdminRouteOfTheTemplateNamesAnAuthorizerItsApiDeclares() {
        List<String> admin = new ArrayList<>();
        for (SamTemplate.Function f : template.functions()) {
            for (SamTemplate.Route r : f.routes()) {
                if (r.path().startsWith(ADMIN_PREFIX)) {
                    admin.add(r.path());
                    assertNotNull(r.authorizer(), r.method() + " " + r.path() + " (" + f.logicalId()
                            + ") is under " + ADMIN_PREFIX + " but names no authorizer: add Auth: Authorizer: "
                            + "OrganiserAuthorizer to its HttpApi event");
                    Map<String, Object> definition = template.httpApiAuthorizers().get(r.authorizer());
                    assertNotNull(definition, r.authorizer() + " is not declared in the HTTP API's Auth.Authorizers");
                    assertTrue(definition.containsKey("JwtConfiguration"), r.authorizer() + " is a JWT authorizer");
                }
            }
        }
        assertFalse(admin.isEmpty(), "the template declares " + ADMIN_PREFIX + " routes");
    }

    @Test
    @Order(1)
    void theTemplatesOrganiserGroupIsTheOneTheHandlersCheck() {
        assertEquals(AdminHandler.ORGANISERS, template.properties("OrganisersGroup").get("GroupName"));
    }

    @Test
    @Order(1)
    void theAuthorizerTrustsTheOrganisersPoolAndItsClient() {
        Object pool = ref(template.properties("OrganisersGroup").get("UserPoolId"));
        assertEquals("AWS::Cognito::UserPool", ((Map<?, ?>) template.resources().get(pool)).get("Type"));
        for (Protected p : protectedRoutes()) {
            if (!ORGANISER_AUTHORIZER.equals(p.route().authorizer())) {
                continue; // the participants' authorizer (issue 18): ParticipantAccessIT
            }
            Map<?, ?> jwt = (Map<?, ?>) template.httpApiAuthorizers().get(p.route().authorizer()).get("JwtConfiguration");
            Object issuer = ((Map<?, ?>) jwt.get("issuer")).get("Fn::Sub");
            assertEquals("https://cognito-idp.${AWS::Region}.amazonaws.com/${" + pool + "}", issuer, p.name());
            List<?> audience = (List<?>) jwt.get("audience");
            assertEquals(1, audience.size(), p.name());
            Object client = ref(audience.get(0));
            assertEquals("AWS::Cognito::UserPoolClient", ((Map<?, ?>) template.resources().get(client)).get("Type"));
            assertEquals(pool, ref(template.properties((String) client).get("UserPoolId")), "the client is the pool's");
        }
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> everyProtectedRouteRefusesAnonymousAndBadTokens() {
        List<Protected> routes = protectedRoutes();
        assertFalse(routes.isEmpty(), "the template declares routes with an authorizer");
        LocalJwt jwt = server.jwt();
        String email = "intruder@example.com";
        Map<String, Object> otherIssuer = jwt.claims(email, true, Instant.now(), Duration.ofHours(1));
        otherIssuer.put("iss", "https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_Other");
        Map<String, Object> otherAudience = jwt.claims(email, true, Instant.now(), Duration.ofHours(1));
        otherAudience.put("aud", "another-app");
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("no Authorization header", null);
        refused.put("Bearer garbage", "Bearer garbage");
        refused.put("expired token", "Bearer " + jwt.expired(email, true));
        refused.put("forged signature", "Bearer " + LocalJwt.withForgedSignature(jwt.issue(email, true, Duration.ofHours(1))));
        refused.put("alg none", "Bearer " + jwt.unsigned(email, true));
        refused.put("wrong issuer", "Bearer " + jwt.sign(otherIssuer));
        refused.put("wrong audience", "Bearer " + jwt.sign(otherAudience));

        List<DynamicTest> tests = new ArrayList<>();
        for (Protected p : routes) {
            refused.forEach((why, authorization) -> tests.add(dynamicTest(p.name() + ": " + why + " → 401", () -> {
                HttpResponse<String> response = call(p.route(), authorization);
                assertEquals(401, response.statusCode(), why + ": " + response.body());
                assertEquals("{\"message\":\"Unauthorized\"}", response.body(), "API Gateway's own body, not the function's");
                assertTrue(response.headers().firstValue("www-authenticate").orElse("").startsWith("Bearer"));
            })));
            if (!ORGANISER_AUTHORIZER.equals(p.route().authorizer())) {
                continue; // an organisers' pool token is refused there at the authorizer: ParticipantAccessIT
            }
            tests.add(dynamicTest(p.name() + ": valid token without the organiser group → 403 from the handler", () -> {
                HttpResponse<String> response = call(p.route(), "Bearer " + server.tokenFor("guest@example.com", false));
                assertEquals(403, response.statusCode(), response.body());
                assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
                JsonNode error = Replies.JSON.readTree(response.body()).path("error");
                assertEquals("forbidden", error.path("code").asText(), response.body());
                assertEquals("authorization", error.path("field").asText(), response.body());
                assertFalse(error.path("message").asText().isBlank());
            }));
        }
        return tests.stream();
    }

    @Test
    @Order(3)
    void noRefusedCallChangedTheTable() {
        Map<String, Map<String, AttributeValue>> after = scanTable();
        assertEquals(tableBefore.keySet(), after.keySet(), "items added or removed");
        tableBefore.forEach((key, item) -> assertEquals(item, after.get(key), "item " + key + " changed"));
    }

    private static List<Protected> protectedRoutes() {
        List<Protected> routes = new ArrayList<>();
        for (SamTemplate.Function f : template.functions()) {
            for (SamTemplate.Route r : f.routes()) {
                if (r.authorizer() != null) {
                    routes.add(new Protected(f, r));
                }
            }
        }
        return routes;
    }

    /** A call as the console would make it: a JSON body on POST, PUT and PATCH. */
    private static HttpResponse<String> call(SamTemplate.Route route, String authorization) throws Exception {
        String participant = server.participantIds().get(0);
        String path = route.path().replaceAll("\\{[^}]+\\+}", participant).replaceAll("\\{[^}]+}", participant);
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUrl().resolve(path));
        if (List.of("POST", "PUT", "PATCH").contains(route.method())) {
            request.header("Content-Type", "application/json").method(route.method(), HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            request.method(route.method().equals("ANY") ? "GET" : route.method(), HttpRequest.BodyPublishers.noBody());
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every item of the functions' table, by its key attributes. */
    private static Map<String, Map<String, AttributeValue>> scanTable() {
        List<String> keys = server.dynamo().describeTable(r -> r.tableName(server.tableName())).table().keySchema()
                .stream().map(KeySchemaElement::attributeName).toList();
        Map<String, Map<String, AttributeValue>> items = new TreeMap<>();
        server.dynamo().scanPaginator(ScanRequest.builder().tableName(server.tableName()).consistentRead(true).build())
                .items().forEach(item -> items.put(keys.stream().map(k -> String.valueOf(item.get(k)))
                        .collect(Collectors.joining(" | ")), item));
        assertFalse(items.isEmpty(), "the demo data is in the table");
        return items;
    }

    private static Object ref(Object value) {
        return value instanceof Map<?, ?> m ? m.get("Ref") : null;
    }
}
