package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local run's own endpoints (/_local/token, /_local/run) and its reading of scheduled functions,
 * against a scratch template whose functions are the fakes below.
 */
class DevEndpointsTest {
    static final AtomicReference<Object> LAST_SCHEDULED_EVENT = new AtomicReference<>();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final LocalJwt JWT = new LocalJwt("d".repeat(64).getBytes(StandardCharsets.US_ASCII));
    private static final Instant FUNCTIONS_NOW = Instant.parse("2027-03-10T00:00:00Z");

    @TempDir
    static Path folder;
    private static SamTemplate template;
    private static HttpServer server;
    private static String base;

    /** A nightly job as a Map handler. */
    public static final class FakeNightly implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            LAST_SCHEDULED_EVENT.set(event);
            return Map.of("recalculated", 72, "function", context.getFunctionName());
        }
    }

    /** A job that takes the events library's ScheduledEvent. */
    public static final class FakeTyped implements RequestHandler<ScheduledEvent, String> {
        @Override
        public String handleRequest(ScheduledEvent event, Context context) {
            LAST_SCHEDULED_EVENT.set(event);
            return "done at " + event.getTime().getMillis();
        }
    }

    /** An HTTP function of the scratch template. */
    public static final class FakeHttp implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
        @Override
        public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
            return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withBody("{}").build();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        Path file = folder.resolve("template.yaml");
        Files.writeString(file, """
                Globals:
                  HttpApi:
                    Auth:
                      DefaultAuthorizer: GlobalAuthorizer
                      Authorizers:
                        GlobalAuthorizer:
                          JwtConfiguration: {issuer: https://example.org, audience: [x]}
                Resources:
                  Api:
                    Type: AWS::Serverless::HttpApi
                    Properties:
                      Auth:
                        DefaultAuthorizer: ApiAuthorizer
                        Authorizers:
                          ApiAuthorizer:
                            IdentitySource: $request.header.X-Token
                            JwtConfiguration: {issuer: https://example.org, audience: [x]}
                  NightlyFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: lv.praise.local.DevEndpointsTest$FakeNightly::handleRequest
                      Timeout: 300
                      Events:
                        Nightly:
                          Type: ScheduleV2
                          Properties:
                            ScheduleExpression: cron(0 2 * * ? *)
                            ScheduleExpressionTimezone: Europe/Riga
                  TypedFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: lv.praise.local.DevEndpointsTest$FakeTyped::handleRequest
                      Events:
                        Hourly:
                          Type: Schedule
                          Properties:
                            Schedule: rate(1 hour)
                  HttpFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: lv.praise.local.DevEndpointsTest$FakeHttp::handleRequest
                      Events:
                        Open:
                          Type: HttpApi
                          Properties:
                            ApiId: !Ref Api
                            Method: GET
                            Path: /api/open
                            Auth:
                              Authorizer: NONE
                        Default:
                          Type: HttpApi
                          Properties:
                            ApiId: !Ref Api
                            Method: GET
                            Path: /api/admin/default
                        Own:
                          Type: HttpApi
                          Properties:
                            ApiId: !Ref Api
                            Method: POST
                            Path: /api/admin/own
                            Auth:
                              Authorizer: GlobalAuthorizer
                        Implicit:
                          Type: HttpApi
                          Properties:
                            Method: GET
                            Path: /api/implicit
                """);
        template = SamTemplate.load(file);
        Replies replies = new Replies(CloudFrontHeaders.none());
        ApiRoutes routes = ApiRoutes.fromTemplate(template);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", new SiteRouter(new ApiGateway(routes, JwtAuthorizer.fromTemplate(template, JWT), replies),
                exchange -> exchange.sendResponseHeaders(418, -1),
                new DevEndpoints(JWT, ScheduledFunctions.fromTemplate(template), () -> FUNCTIONS_NOW, replies),
                exchange -> exchange.sendResponseHeaders(418, -1), replies));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @BeforeEach
    void reset() {
        LAST_SCHEDULED_EVENT.set(null);
    }

    @Test
    void routesTakeTheirAuthorizerFromTheEventOrTheirApisDefault() {
        Map<String, String> byRoute = new java.util.LinkedHashMap<>();
        for (SamTemplate.Function f : template.functions()) {
            f.routes().forEach(r -> byRoute.put(r.method() + " " + r.path(), r.authorizer()));
        }
        assertNull(byRoute.get("GET /api/open"), "Authorizer: NONE");
        assertEquals("ApiAuthorizer", byRoute.get("GET /api/admin/default"));
        assertEquals("GlobalAuthorizer", byRoute.get("POST /api/admin/own"));
        assertEquals("GlobalAuthorizer", byRoute.get("GET /api/implicit"), "the implicit API takes Globals.HttpApi");
        assertEquals(4, byRoute.size(), "schedules are no routes");
        assertEquals(List.of("GlobalAuthorizer", "ApiAuthorizer"), List.copyOf(template.httpApiAuthorizers().keySet()));
    }

    @Test
    void scheduledFunctionsAreNotServedAsRoutesButListed() throws Exception {
        assertTrue(ApiRoutes.fromTemplate(template).routes().stream()
                .noneMatch(r -> r.function().logicalId().equals("NightlyFunction")));
        HttpResponse<String> list = send("GET", "/_local/run", null, null);
        assertEquals(200, list.statusCode());
        JsonNode scheduled = Replies.JSON.readTree(list.body()).path("scheduled");
        assertEquals(2, scheduled.size());
        assertEquals("NightlyFunction", scheduled.get(0).path("function").asText());
        assertEquals("cron(0 2 * * ? *) Europe/Riga", scheduled.get(0).path("schedules").get(0).asText());
        assertEquals("TypedFunction", scheduled.get(1).path("function").asText());
    }

    @Test
    void theIdentitySourceOfTheTemplateIsTheHeaderRead() throws Exception {
        String token = JWT.issue("a@b.lv", true, Duration.ofHours(1));
        assertEquals(401, send("GET", "/api/admin/default", "Bearer " + token, null).statusCode(),
                "ApiAuthorizer reads X-Token, not Authorization");
        HttpResponse<String> viaOwnHeader = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/default"))
                .header("X-Token", token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, viaOwnHeader.statusCode());
        assertEquals(200, send("GET", "/api/open", null, null).statusCode());
    }

    @Test
    void aTokenIsHandedOutForAnEmailWithOrWithoutTheOrganiserRole() throws Exception {
        HttpResponse<String> organiser = send("POST", "/_local/token", null, "{\"email\":\"anna@example.lv\",\"organiser\":true}");
        assertEquals(200, organiser.statusCode(), organiser.body());
        JsonNode body = Replies.JSON.readTree(organiser.body());
        Map<String, Object> claims = JWT.verify(body.path("token").asText());
        assertEquals("anna@example.lv", claims.get("email"));
        assertEquals(List.of("organisers"), claims.get("cognito:groups"));
        Instant expires = Instant.parse(body.path("expiresAt").asText());
        assertTrue(Math.abs(Duration.between(Instant.now().plus(LocalJwt.DEV_TOKEN_VALIDITY), expires).toSeconds()) < 60);

        HttpResponse<String> guest = send("POST", "/_local/token", null, "{\"email\":\"guest@example.lv\"}");
        assertFalse(JWT.verify(Replies.JSON.readTree(guest.body()).path("token").asText()).containsKey("cognito:groups"));

        HttpResponse<String> evaluator = send("POST", "/_local/token", null, "{\"email\":\"Ilze@example.lv\",\"evaluator\":true}");
        assertEquals(200, evaluator.statusCode(), evaluator.body());
        Map<String, Object> evaluatorClaims = JWT.verify(Replies.JSON.readTree(evaluator.body()).path("token").asText());
        assertEquals(List.of("evaluators"), evaluatorClaims.get("cognito:groups"));
        assertEquals("ilze@example.lv", evaluatorClaims.get("email"));
        assertError(send("POST", "/_local/token", null, "{\"email\":\"a@b.lv\",\"evaluator\":1}"), 400, "invalid",
                "evaluator");
    }

    @Test
    void theTokenEndpointRefusesWhatIsNotAJsonSignIn() throws Exception {
        assertEquals(405, send("GET", "/_local/token", null, null).statusCode());
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/_local/token"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"a@b.lv\",\"organiser\":true}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, form.statusCode(), "a cross-site form post cannot get a token");
        assertError(send("POST", "/_local/token", null, "[1]"), 400, "malformed_json", "body");
        assertError(send("POST", "/_local/token", null, "{"), 400, "malformed_json", "body");
        assertError(send("POST", "/_local/token", null, "{\"email\":\"nobody\"}"), 400, "invalid", "email");
        assertError(send("POST", "/_local/token", null, "{\"email\":\"a@b.lv\",\"organiser\":\"yes\"}"), 400, "invalid",
                "organiser");
        assertError(send("POST", "/_local/token", null, "{\"email\":\"" + "a".repeat(20_000) + "@b.lv\"}"), 413,
                "too_large", "body");
        assertError(send("GET", "/_local/nothing", null, null), 404, "not_found", "path");
    }

    @Test
    void anOrganiserRunsAScheduledFunctionWithAnEventBridgeSchedulerEvent() throws Exception {
        HttpResponse<String> response = send("POST", "/_local/run/NightlyFunction",
                "Bearer " + JWT.issue("anna@example.lv", true, Duration.ofHours(1)), null);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("content-type").orElseThrow().startsWith("application/json"));
        JsonNode result = Replies.JSON.readTree(response.body());
        assertEquals(72, result.path("recalculated").asInt());
        assertEquals("NightlyFunction", result.path("function").asText());

        Map<?, ?> event = assertInstanceOf(Map.class, LAST_SCHEDULED_EVENT.get());
        assertEquals("Scheduled Event", event.get("detail-type"));
        assertEquals("aws.scheduler", event.get("source"));
        assertEquals("2027-03-10T00:00:00Z", event.get("time"), "at the functions' clock");
        assertEquals(Map.of(), event.get("detail"));
    }

    @Test
    void aHandlerTakingScheduledEventGetsOne() throws Exception {
        HttpResponse<String> response = send("POST", "/_local/run/TypedFunction",
                "Bearer " + JWT.issue("anna@example.lv", true, Duration.ofHours(1)), null);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("\"done at " + FUNCTIONS_NOW.toEpochMilli() + "\"", response.body());
        ScheduledEvent event = assertInstanceOf(ScheduledEvent.class, LAST_SCHEDULED_EVENT.get());
        assertEquals("Scheduled Event", event.getDetailType());
        assertEquals("aws.scheduler", event.getSource());
    }

    @Test
    void runningNeedsAnOrganiserToken() throws Exception {
        for (String bad : new String[] {null, "Bearer garbage", "Bearer " + JWT.expired("a@b.lv", true),
                "Bearer " + JWT.unsigned("a@b.lv", true)}) {
            HttpResponse<String> response = send("POST", "/_local/run/NightlyFunction", bad, null);
            assertEquals(401, response.statusCode(), bad);
            assertEquals("{\"message\":\"Unauthorized\"}", response.body());
        }
        assertError(send("POST", "/_local/run/NightlyFunction",
                "Bearer " + JWT.issue("guest@example.lv", false, Duration.ofHours(1)), null), 403, "forbidden", "authorization");
        assertNull(LAST_SCHEDULED_EVENT.get(), "nothing ran");

        String organiser = "Bearer " + JWT.issue("anna@example.lv", true, Duration.ofHours(1));
        assertError(send("POST", "/_local/run/HttpFunction", organiser, null), 404, "not_found", "function");
        assertError(send("POST", "/_local/run/Nope", organiser, null), 404, "not_found", "function");
        assertEquals(405, send("GET", "/_local/run/NightlyFunction", organiser, null).statusCode());
    }

    @Test
    void theGroupClaimIsReadAsApiGatewayWritesIt() {
        assertTrue(DevEndpoints.isOrganiser("[organisers]"));
        assertTrue(DevEndpoints.isOrganiser("[jury organisers]"));
        assertFalse(DevEndpoints.isOrganiser("[organisers-to-be]"));
        assertFalse(DevEndpoints.isOrganiser(null));
        assertFalse(DevEndpoints.isOrganiser("[]"));
    }

    private static void assertError(HttpResponse<String> response, int status, String code, String field) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = Replies.JSON.readTree(response.body()).path("error");
        assertEquals(code, error.path("code").asText(), response.body());
        assertEquals(field, error.path("field").asText(), response.body());
    }

    private static HttpResponse<String> send(String method, String path, String authorization, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
