package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * The participants' access guarantees (issue 18, docs/insight.md), over HTTP on the local run, for every route of
 * template.yaml – so the routes other parts add are covered as they are merged:
 * <ul>
 *   <li>each {@code /api/my/participants/{id}...} route (and its {@code /api/admin/} twin) names the participants'
 *       authorizer (the twin the organisers'); a token of contact A on participant B's id gets 404 {@code not_found}
 *       on {@code id} and the table does not change; the same token on A's own id is let through;</li>
 *   <li>a contact's token on every {@code /api/admin/*} and {@code /api/evaluate/*} route: 401 at the authorizer;</li>
 *   <li>an organiser's token on every route naming the participants' authorizer: 401.</li>
 * </ul>
 */
class ParticipantAccessIT {
    static final String MY_PREFIX = "/api/my/participants/";
    static final String PARTICIPANT_AUTHORIZER = "ParticipantAuthorizer";
    private static LocalServer server;
    private static SamTemplate template;
    private static String a;
    private static String b;
    private static String contactOfA;

    @BeforeAll
    static void start() throws Exception {
        server = LocalServer.shared();
        template = server.template();
        a = server.participantIds().get(5);
        b = server.participantIds().get(6);
        ContactSignIn.setContacts(server, a, "access.a@example.lv");
        // The token of A's contact as Cognito would give it, naming B too: the table, not the claim, decides.
        contactOfA = "Bearer " + server.jwt().issueContact("access.a@example.lv", a, b);
    }

    private static List<SamTemplate.Route> routes() {
        List<SamTemplate.Route> routes = new ArrayList<>();
        template.functions().forEach(f -> routes.addAll(f.routes()));
        return routes;
    }

    @Test
    void theParticipantsAuthorizerTrustsTheParticipantsPoolAndItsClientOnly() {
        Map<?, ?> jwt = (Map<?, ?>) template.httpApiAuthorizers().get(PARTICIPANT_AUTHORIZER).get("JwtConfiguration");
        assertEquals("https://cognito-idp.${AWS::Region}.amazonaws.com/${ParticipantPool}", ((Map<?, ?>) jwt.get("issuer")).get("Fn::Sub"));
        assertEquals(List.of(Map.of("Ref", "ParticipantPoolClient")), jwt.get("audience"));
        assertEquals("ParticipantPool", ((Map<?, ?>) template.properties("ParticipantPoolClient").get("UserPoolId")).get("Ref"));
        assertEquals(LocalJwt.CONTACTS, template.properties("ParticipantContactsGroup").get("GroupName"));
    }

    @TestFactory
    Stream<DynamicTest> everyParticipantRouteNamesItsAuthorizerAndIsOnlyTheContactsOwn() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SamTemplate.Route r : routes()) {
            String name = r.method() + " " + r.path();
            if (r.path().startsWith(MY_PREFIX)) {
                tests.add(dynamicTest(name + " names " + PARTICIPANT_AUTHORIZER,
                        () -> assertEquals(PARTICIPANT_AUTHORIZER, r.authorizer(), name)));
                tests.add(dynamicTest(name + ": A's contact on B → 404, nothing written", () -> {
                    Map<String, Map<String, AttributeValue>> before = scanTable();
                    HttpResponse<String> response = call(r, b, contactOfA);
                    assertEquals(404, response.statusCode(), response.body());
                    JsonNode error = Replies.JSON.readTree(response.body()).path("error");
                    assertEquals("not_found", error.path("code").asText(), response.body());
                    assertEquals("id", error.path("field").asText(), response.body());
                    assertFalse(response.body().contains(b), "nothing of B is told");
                    assertEquals(before, scanTable(), "the table changed");
                }));
                tests.add(dynamicTest(name + ": A's contact on A is let through", () -> {
                    HttpResponse<String> response = call(r, a, contactOfA);
                    assertNotEquals(401, response.statusCode(), response.body());
                    assertNotEquals(404, response.statusCode(), response.body());
                }));
                tests.add(dynamicTest(name + ": an organiser's token → 401", () ->
                        assertEquals(401, call(r, a, "Bearer " + server.organiserToken()).statusCode())));
            }
            if (r.path().startsWith("/api/admin/participants/{id}") && r.path().length() > "/api/admin/participants/{id}".length()
                    && twinOf(r) != null) {
                tests.add(dynamicTest(name + ": the organisers' twin of a participant route names OrganiserAuthorizer",
                        () -> assertEquals(AdminAuthorizationIT.ORGANISER_AUTHORIZER, r.authorizer())));
            }
            if (PARTICIPANT_AUTHORIZER.equals(r.authorizer())) {
                tests.add(dynamicTest(name + ": the participants' authorizer only under " + MY_PREFIX,
                        () -> assertTrue(r.path().startsWith(MY_PREFIX) || r.path().startsWith("/api/my/"), name)));
            }
            if (r.path().startsWith("/api/admin/") || r.path().startsWith("/api/evaluate/")) {
                tests.add(dynamicTest(name + ": a contact's token → 401", () -> {
                    HttpResponse<String> response = call(r, a, contactOfA);
                    assertEquals(401, response.statusCode(), response.body());
                    assertEquals("{\"message\":\"Unauthorized\"}", response.body());
                }));
            }
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    /** The /api/my/ route that answers with the same function as this /api/admin/ one, or null. */
    private static SamTemplate.Function twinOf(SamTemplate.Route admin) {
        for (SamTemplate.Function f : template.functions()) {
            if (f.routes().contains(admin) && f.routes().stream().anyMatch(x -> x.path().startsWith(MY_PREFIX))) {
                return f;
            }
        }
        return null;
    }

    @Test
    void aContactsTokenForAnotherPoolOrNoneIsRefused() throws Exception {
        // Everything under /api/my/ but the public sign-in start wants the participants' token.
        for (SamTemplate.Route r : routes()) {
            if (r.path().startsWith("/api/my/") && !r.path().equals("/api/my/signin") && !r.path().equals("/api/my/digest/opt-out")) {
                assertNotNull(r.authorizer(), r.method() + " " + r.path() + " names no authorizer");
                assertEquals(401, call(r, a, null).statusCode(), r.path());
                assertEquals(401, call(r, a, "Bearer " + server.tokenFor("access.a@example.lv", false)).statusCode(),
                        "an organisers' pool token of the same address: " + r.path());
            }
        }
    }

    private static HttpResponse<String> call(SamTemplate.Route route, String participantId, String authorization)
            throws Exception {
        String path = route.path().replace("{id}", participantId).replaceAll("\\{[^}]+\\+}", "x").replaceAll("\\{[^}]+}", "x");
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUrl().resolve(path));
        if (List.of("POST", "PUT", "PATCH").contains(route.method())) {
            request.header("Content-Type", "application/json").method(route.method(), HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            request.method(route.method().equals("ANY") ? "GET" : route.method(), HttpRequest.BodyPublishers.noBody());
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return ContactSignIn.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Map<String, AttributeValue>> scanTable() {
        List<String> keys = server.dynamo().describeTable(r -> r.tableName(server.tableName())).table().keySchema()
                .stream().map(KeySchemaElement::attributeName).toList();
        Map<String, Map<String, AttributeValue>> items = new TreeMap<>();
        server.dynamo().scanPaginator(ScanRequest.builder().tableName(server.tableName()).consistentRead(true).build())
                .items().forEach(item -> items.put(keys.stream().map(k -> String.valueOf(item.get(k)))
                        .collect(Collectors.joining(" | ")), item));
        return items;
    }
}
