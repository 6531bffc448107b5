package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API Gateway stand-in against a fake function: the event it builds and how it answers. */
class ApiGatewayTest {
    private static final AtomicReference<APIGatewayV2HTTPEvent> LAST_EVENT = new AtomicReference<>();
    private static final AtomicReference<Context> LAST_CONTEXT = new AtomicReference<>();
    private static final AtomicReference<APIGatewayV2HTTPResponse> NEXT_RESPONSE = new AtomicReference<>();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final LocalJwt JWT = new LocalJwt("t".repeat(64).getBytes(StandardCharsets.US_ASCII));
    private static HttpServer server;
    private static String base;

    /** Records what it gets; answers what the test set, or 200 "ok". */
    static final class FakeFunction implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
        @Override
        public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
            LAST_EVENT.set(event);
            LAST_CONTEXT.set(context);
            if ("/api/boom".equals(event.getRawPath())) {
                throw new IllegalStateException("secret detail of the failure");
            }
            APIGatewayV2HTTPResponse next = NEXT_RESPONSE.get();
            return next != null ? next : APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                    .withHeaders(Map.of("Content-Type", "text/plain")).withBody("ok").build();
        }
    }

    @BeforeAll
    static void start() throws IOException {
        ApiRoutes.Function fake = new ApiRoutes.Function("FakeFunction", new FakeFunction(), Duration.ofSeconds(3), 512);
        ApiRoutes routes = new ApiRoutes(List.of(
                new ApiRoutes.Route("GET", "/api/things/{id}", fake),
                new ApiRoutes.Route("GET", "/api/things/special", fake),
                new ApiRoutes.Route("POST", "/api/things", fake),
                new ApiRoutes.Route("GET", "/api/boom", fake),
                new ApiRoutes.Route("GET", "/api/files/{path+}", fake),
                new ApiRoutes.Route("POST", "/api/admin/things", fake, "TestAuthorizer")));
        Map<String, JwtAuthorizer> authorizers = Map.of("TestAuthorizer",
                new JwtAuthorizer("TestAuthorizer", "Authorization", JWT));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", new SiteRouter(new ApiGateway(routes, authorizers, new Replies(CloudFrontHeaders.none())),
                exchange -> exchange.sendResponseHeaders(418, -1), exchange -> exchange.sendResponseHeaders(418, -1),
                new Replies(CloudFrontHeaders.none())));
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
        LAST_EVENT.set(null);
        NEXT_RESPONSE.set(null);
    }

    @Test
    void getBecomesAPayload20EventWithDecodedPathAndQueryParameters() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(base + "/api/things/R%C4%ABga%20x%2Fy?q=a&q=b&city=%C4%80da%C5%BEi+centrs&flag"))
                .header("X-Custom", "one").header("X-Custom", "two")
                .header("Cookie", "lang=lv; theme=dark")
                .header("User-Agent", "praise-test")
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertEquals("ok", response.body());
        APIGatewayV2HTTPEvent event = LAST_EVENT.get();
        assertEquals("2.0", event.getVersion());
        assertEquals("GET /api/things/{id}", event.getRouteKey());
        assertEquals("/api/things/R%C4%ABga%20x%2Fy", event.getRawPath());
        assertEquals(Map.of("id", "Rīga x/y"), event.getPathParameters());
        assertEquals("q=a&q=b&city=%C4%80da%C5%BEi+centrs&flag", event.getRawQueryString());
        assertEquals(Map.of("q", "a,b", "city", "Ādaži centrs", "flag", ""), event.getQueryStringParameters());
        assertEquals("one,two", event.getHeaders().get("x-custom"));
        assertEquals("praise-test", event.getHeaders().get("user-agent"));
        assertTrue(event.getHeaders().keySet().stream().allMatch(h -> h.equals(h.toLowerCase())), "lower-case names");
        assertFalse(event.getHeaders().containsKey("cookie"), "cookies move out of the headers");
        assertEquals(List.of("lang=lv", "theme=dark"), event.getCookies());
        assertNull(event.getBody());
        assertFalse(event.getIsBase64Encoded());

        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
        assertEquals("GET /api/things/{id}", context.getRouteKey());
        assertEquals("$default", context.getStage());
        assertEquals("GET", context.getHttp().getMethod());
        assertEquals("/api/things/R%C4%ABga%20x%2Fy", context.getHttp().getPath());
        assertEquals("HTTP/1.1", context.getHttp().getProtocol());
        assertEquals("127.0.0.1", context.getHttp().getSourceIp());
        assertEquals("praise-test", context.getHttp().getUserAgent());
        assertEquals("127.0.0.1", context.getDomainName());
        assertNotNull(context.getRequestId());
        assertEquals(context.getRequestId(), response.headers().firstValue("apigw-requestid").orElseThrow());
        assertTrue(Math.abs(System.currentTimeMillis() - context.getTimeEpoch()) < 60_000);
        assertTrue(context.getTime().matches("\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000"), context.getTime());

        Context lambda = LAST_CONTEXT.get();
        assertEquals("FakeFunction", lambda.getFunctionName());
        assertNotNull(lambda.getAwsRequestId());
        assertTrue(lambda.getRemainingTimeInMillis() > 0 && lambda.getRemainingTimeInMillis() <= 3000);
        assertEquals(512, lambda.getMemoryLimitInMB());
    }

    @Test
    void aLiteralRouteWinsOverAParameterAndGreedyParametersTakeTheRest() throws Exception {
        get("/api/things/special");
        assertEquals("GET /api/things/special", LAST_EVENT.get().getRouteKey());
        assertNull(LAST_EVENT.get().getPathParameters());

        get("/api/files/a/b%20c.txt");
        assertEquals("GET /api/files/{path+}", LAST_EVENT.get().getRouteKey());
        assertEquals(Map.of("path", "a/b c.txt"), LAST_EVENT.get().getPathParameters());
    }

    @Test
    void jsonBodiesArriveAsTextAndBinaryBodiesAsBase64() throws Exception {
        post("application/json; charset=utf-8", "{\"name\":\"Preiļi\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals("POST /api/things", LAST_EVENT.get().getRouteKey());
        assertEquals("{\"name\":\"Preiļi\"}", LAST_EVENT.get().getBody());
        assertFalse(LAST_EVENT.get().getIsBase64Encoded());

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};
        post("image/png", png);
        assertTrue(LAST_EVENT.get().getIsBase64Encoded());
        assertArrayEquals(png, Base64.getDecoder().decode(LAST_EVENT.get().getBody()));

        byte[] notUtf8 = {'a', (byte) 0xc3, (byte) 0x28};
        post("text/plain", notUtf8);
        assertTrue(LAST_EVENT.get().getIsBase64Encoded(), "text that is not UTF-8 goes as base64");
        assertArrayEquals(notUtf8, Base64.getDecoder().decode(LAST_EVENT.get().getBody()));

        post("application/x-www-form-urlencoded", "a=1&b=%C4%81".getBytes(StandardCharsets.US_ASCII));
        assertEquals("a=1&b=%C4%81", LAST_EVENT.get().getBody());
        assertFalse(LAST_EVENT.get().getIsBase64Encoded());
    }

    @Test
    void theFunctionsResponseIsWrittenBackWithHeadersCookiesAndBase64Bodies() throws Exception {
        byte[] bytes = {0, 1, 2, (byte) 0xfe};
        NEXT_RESPONSE.set(APIGatewayV2HTTPResponse.builder()
                .withStatusCode(201)
                .withHeaders(Map.of("Content-Type", "application/octet-stream", "X-One", "1"))
                .withMultiValueHeaders(Map.of("X-Many", List.of("a", "b")))
                .withCookies(List.of("a=1; Path=/", "b=2; HttpOnly"))
                .withBody(Base64.getEncoder().encodeToString(bytes))
                .withIsBase64Encoded(true)
                .build());
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/things/x")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(201, response.statusCode());
        assertArrayEquals(bytes, response.body());
        assertEquals("application/octet-stream", response.headers().firstValue("content-type").orElseThrow());
        assertEquals("1", response.headers().firstValue("x-one").orElseThrow());
        assertEquals(List.of("a", "b"), response.headers().allValues("x-many"));
        assertEquals(List.of("a=1; Path=/", "b=2; HttpOnly"), response.headers().allValues("set-cookie"));
    }

    @Test
    void unknownPathsAndWrongMethodsGetJsonErrors() throws Exception {
        HttpResponse<String> unknown = get("/api/nothing-here");
        assertEquals(404, unknown.statusCode());
        assertError(unknown, "not_found", "path");
        assertNull(LAST_EVENT.get(), "no function ran");

        HttpResponse<String> trailingSlash = get("/api/things/x/");
        assertEquals(404, trailingSlash.statusCode());

        HttpResponse<String> wrongMethod = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/things"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, wrongMethod.statusCode());
        assertError(wrongMethod, "method_not_allowed", "method");
        assertEquals("POST", wrongMethod.headers().firstValue("allow").orElseThrow());
    }

    @Test
    void bodiesOverTenMegabytesAreRefusedLikeApiGatewayDoes() throws Exception {
        HttpResponse<String> response = post("application/json", new byte[ApiGateway.MAX_BODY_BYTES + 1]);
        assertEquals(413, response.statusCode());
        assertError(response, "too_large", "body");
        assertNull(LAST_EVENT.get(), "no function ran");

        // Under the gateway's 10 MB but over Lambda's 6 MB event (binary bodies travel as base64): 413 too.
        HttpResponse<String> overLambda = post("application/octet-stream", new byte[5 * 1024 * 1024]);
        assertEquals(413, overLambda.statusCode());
        assertError(overLambda, "too_large", "body");
        assertNull(LAST_EVENT.get(), "no function ran");
        assertEquals(200, post("application/octet-stream", new byte[4 * 1024 * 1024]).statusCode(), "5.3 MB as base64");
    }

    @Test
    void aFailingFunctionGivesA500WithoutItsExceptionText() throws Exception {
        HttpResponse<String> response = get("/api/boom");
        assertEquals(500, response.statusCode());
        assertError(response, "internal", null);
        assertFalse(response.body().contains("secret detail"), response.body());
    }

    @Test
    void anAuthorizerRouteRefusesMissingAndBadTokensWithApiGateways401AndNeverCallsTheFunction() throws Exception {
        Map<String, Object> otherIssuer = JWT.claims("a@b.lv", true, java.time.Instant.now(), Duration.ofHours(1));
        otherIssuer.put("iss", "https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_x");
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("no header", null);
        bad.put("empty", "");
        bad.put("Bearer garbage", "Bearer garbage");
        bad.put("Bearer and nothing", "Bearer ");
        bad.put("expired", "Bearer " + JWT.expired("a@b.lv", true));
        bad.put("forged signature", "Bearer " + LocalJwt.withForgedSignature(JWT.issue("a@b.lv", true, Duration.ofHours(1))));
        bad.put("alg none", "Bearer " + JWT.unsigned("a@b.lv", true));
        bad.put("another issuer", "Bearer " + JWT.sign(otherIssuer));
        bad.put("another scheme", "Basic " + Base64.getEncoder().encodeToString("a:b".getBytes(StandardCharsets.UTF_8)));
        for (Map.Entry<String, String> c : bad.entrySet()) {
            LAST_EVENT.set(null);
            HttpResponse<String> response = adminPost(c.getValue());
            assertEquals(401, response.statusCode(), c.getKey());
            assertEquals("{\"message\":\"Unauthorized\"}", response.body(), c.getKey());
            assertTrue(response.headers().firstValue("content-type").orElseThrow().startsWith("application/json"));
            assertTrue(response.headers().firstValue("www-authenticate").orElseThrow().startsWith("Bearer"), c.getKey());
            assertNotNull(response.headers().firstValue("apigw-requestid").orElse(null));
            assertNull(LAST_EVENT.get(), c.getKey() + ": the function must not run");
        }
    }

    @Test
    void aValidTokenReachesTheFunctionWithItsClaimsAsApiGatewayPassesThem() throws Exception {
        String token = JWT.issue("Organiser@Example.lv", true, Duration.ofHours(1));
        for (String header : List.of("Bearer " + token, "bearer " + token, token)) {
            LAST_EVENT.set(null);
            assertEquals(200, adminPost(header).statusCode(), header);
            APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizer = LAST_EVENT.get().getRequestContext().getAuthorizer();
            Map<String, String> claims = authorizer.getJwt().getClaims();
            assertEquals("organiser@example.lv", claims.get("email"));
            assertEquals("[organisers]", claims.get("cognito:groups"));
            assertEquals(LocalJwt.ISSUER, claims.get("iss"));
            assertEquals(LocalJwt.AUDIENCE, claims.get("aud"));
            assertTrue(claims.get("exp").matches("\\d+"), claims.get("exp"));
            assertEquals(claims.get("sub"), claims.get("cognito:username"));
            assertNull(authorizer.getJwt().getScopes(), "no authorization scopes on the route: null, as in AWS");
            assertNull(authorizer.getIam());
            assertEquals(header, LAST_EVENT.get().getHeaders().get("authorization"), "the header goes on to the function");
        }
        adminPost("Bearer " + JWT.issue("guest@example.lv", false, Duration.ofHours(1)));
        assertFalse(LAST_EVENT.get().getRequestContext().getAuthorizer().getJwt().getClaims().containsKey("cognito:groups"),
                "a token without the group passes the authorizer; the function decides (403)");
    }

    @Test
    void aRouteWithoutAnAuthorizerGetsNoAuthorizerContextEvenWithAToken() throws Exception {
        HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/things/x"))
                .header("Authorization", "Bearer " + JWT.issue("a@b.lv", true, Duration.ofHours(1))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertNull(LAST_EVENT.get().getRequestContext().getAuthorizer());
    }

    @Test
    void aRouteNamingAnUndeclaredAuthorizerStopsTheStart() {
        ApiRoutes.Function fake = new ApiRoutes.Function("FakeFunction", new FakeFunction(), Duration.ofSeconds(3), 512);
        ApiRoutes routes = new ApiRoutes(List.of(new ApiRoutes.Route("GET", "/api/admin/x", fake, "Missing")));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new ApiGateway(routes, new Replies(CloudFrontHeaders.none())));
        assertTrue(e.getMessage().contains("Missing"), e.getMessage());
    }

    private static HttpResponse<String> adminPost(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/admin/things"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertError(HttpResponse<String> response, String code, String field) throws IOException {
        assertTrue(response.headers().firstValue("content-type").orElseThrow().startsWith("application/json"));
        JsonNode error = Replies.JSON.readTree(response.body()).get("error");
        assertEquals(code, error.get("code").asText());
        if (field == null) {
            assertTrue(error.get("field").isNull());
        } else {
            assertEquals(field, error.get("field").asText());
        }
        assertFalse(error.get("message").asText().isBlank());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String contentType, byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/things"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
