package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.Test;

/** The gateway's throttling as template.yaml declares it: token buckets per route, API Gateway's 429. */
class ThrottlingTest {
    private static final SamTemplate TEMPLATE = SamTemplate.load();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    private Throttling fromTemplate(Map<String, String> overrides) {
        Map<String, String> names = new LinkedHashMap<>(TEMPLATE.parameterDefaults());
        names.putAll(overrides);
        return Throttling.fromTemplate(TEMPLATE, names, nanos::get);
    }

    @Test
    void theTemplateGivesPostPraiseATighterBucketOfItsOwn() {
        Map<String, Object> api = TEMPLATE.properties("HttpApi");
        Map<?, ?> routeSettings = (Map<?, ?>) api.get("RouteSettings");
        Map<?, ?> praise = (Map<?, ?>) routeSettings.get("POST /api/praise");
        assertEquals(Map.of("Ref", "PraiseRateLimit"), praise.get("ThrottlingRateLimit"));
        assertEquals(Map.of("Ref", "PraiseBurstLimit"), praise.get("ThrottlingBurstLimit"));
        assertTrue(TEMPLATE.functions().stream().anyMatch(f -> f.logicalId().equals("SubmitPraiseFunction")
                && f.routes().contains(new SamTemplate.Route("POST", "/api/praise"))), "the key is a real route key");
        for (Object key : routeSettings.keySet()) {
            assertTrue(TEMPLATE.functions().stream().flatMap(f -> f.routes().stream())
                    .anyMatch(r -> (r.method() + " " + r.path()).equals(key)), "RouteSettings key " + key + " names no route");
        }

        Map<String, String> defaults = TEMPLATE.parameterDefaults();
        Throttling throttling = fromTemplate(Map.of());
        assertEquals(new Throttling.Limit(Double.parseDouble(defaults.get("PraiseRateLimit")),
                Integer.parseInt(defaults.get("PraiseBurstLimit"))), throttling.limit("POST /api/praise"));
        assertEquals(new Throttling.Limit(Double.parseDouble(defaults.get("ApiRateLimit")),
                Integer.parseInt(defaults.get("ApiBurstLimit"))), throttling.limit("GET /api/campaign"));
        assertTrue(throttling.limit("POST /api/praise").burst() < throttling.limit("GET /api/campaign").burst());
        assertEquals(new Throttling.Limit(3, 4),
                fromTemplate(Map.of("PraiseRateLimit", "3", "PraiseBurstLimit", "4")).limit("POST /api/praise"));
    }

    @Test
    void aBucketGivesItsBurstThenRefillsAtTheRate() {
        Throttling throttling = fromTemplate(Map.of());
        Throttling.Limit limit = throttling.limit("POST /api/praise");
        for (int i = 0; i < limit.burst(); i++) {
            assertTrue(throttling.tryAcquire("POST /api/praise"), "request " + i + " of the burst");
        }
        assertFalse(throttling.tryAcquire("POST /api/praise"), "the burst is used up");
        assertTrue(throttling.tryAcquire("GET /api/campaign"), "another route has its own bucket");

        nanos.addAndGet((long) (1e9 / limit.ratePerSecond()) + 1_000);
        assertTrue(throttling.tryAcquire("POST /api/praise"), "one token refilled after 1/rate s");
        assertFalse(throttling.tryAcquire("POST /api/praise"));

        nanos.addAndGet(60_000_000_000L);
        int passed = 0;
        while (throttling.tryAcquire("POST /api/praise")) {
            passed++;
        }
        assertEquals(limit.burst(), passed, "a long pause refills to the burst, not beyond");
    }

    @Test
    void aThrottledRequestGetsApiGatewaysAnswerAndNeverReachesTheFunction() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        ApiRoutes.Function function = new ApiRoutes.Function("Fake", (event, context) -> {
            calls.incrementAndGet();
            return APIGatewayV2HTTPResponse.builder().withStatusCode(202).withBody("{}").build();
        }, Duration.ofSeconds(3), 512);
        Throttling throttling = new Throttling(Map.of("POST /api/praise", new Throttling.Limit(1, 2)), nanos::get);
        Replies replies = new Replies(CloudFrontHeaders.none());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.createContext("/", new ApiGateway(new ApiRoutes(List.of(new ApiRoutes.Route("POST", "/api/praise", function))),
                Map.of(), throttling, replies));
        server.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                    + "/api/praise")).POST(HttpRequest.BodyPublishers.ofString("{}")).build();
            assertEquals(202, http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(202, http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode());
            HttpResponse<String> throttled = http.send(post, HttpResponse.BodyHandlers.ofString());
            assertEquals(429, throttled.statusCode());
            assertEquals("{\"message\":\"Too Many Requests\"}", throttled.body());
            assertEquals("application/json", throttled.headers().firstValue("Content-Type").orElseThrow());
            assertNull(throttled.headers().firstValue("Retry-After").orElse(null), "API Gateway sends none");
            assertEquals(2, calls.get());

            nanos.addAndGet(1_000_000_000L);
            assertEquals(202, http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode(), "refilled");
            assertEquals(3, calls.get());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theBannerNamesTheTighterRoutes() {
        String line = fromTemplate(Map.of("PraiseRateLimit", "10", "PraiseBurstLimit", "20", "ApiRateLimit", "50",
                "ApiBurstLimit", "100")).describe();
        assertEquals("POST /api/my/signin 10/s burst 20, POST /api/nominations 10/s burst 20, POST /api/praise 10/s burst 20, "
                + "other routes 50/s burst 100", line, "the public forms' routes (and the participants' sign-in start) take the "
                + "praise bucket's settings");
    }
}
