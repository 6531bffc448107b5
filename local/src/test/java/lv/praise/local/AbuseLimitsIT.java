package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lv.praise.testkit.browser.HeadlessChromium;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The abuse limits with the template's own values, over HTTP from 127.0.0.1: the gateway's
 * throttling of POST /api/praise, then the per-e-mail and per-address limits of the function.
 * A JVM of its own (failsafe execution "limits"), since the shared server of the other tests
 * lifts the limits.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AbuseLimitsIT {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * The gateway's throttling clock runs with real time plus what the test adds: a test that needs a route's
     * bucket refilled advances it (the refill is the signal) instead of sleeping and hoping enough time passed.
     */
    private static final java.util.concurrent.atomic.AtomicLong GATEWAY_SKEW = new java.util.concurrent.atomic.AtomicLong();
    private static LocalServer server;
    private static Map<String, String> defaults;

    @BeforeAll
    static void start() {
        server = LocalServer.start(LocalServer.Config.forTests().withParameters(Map.of())
                .withGatewayClock(() -> System.nanoTime() + GATEWAY_SKEW.get()));
        defaults = server.template().parameterDefaults();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static int parameter(String name) {
        return (int) Double.parseDouble(defaults.get(name));
    }

    @Test
    @Order(1)
    void theTemplatesValuesReachTheFunction() {
        assertEquals(defaults.get("PraiseLimitPerAddress"), server.environment().get("PRAISE_LIMIT_PER_ADDRESS"));
        assertEquals(defaults.get("PraiseLimitPerEmail"), server.environment().get("PRAISE_LIMIT_PER_EMAIL"));
        assertEquals(defaults.get("PraiseLimitWindowMinutes"), server.environment().get("PRAISE_LIMIT_WINDOW_MINUTES"));
        assertTrue(server.banner().contains("Abuse limits:    POST /api/praise " + defaults.get("PraiseLimitPerAddress")
                + " per address"), server.banner());
    }

    /** Bad bodies: the gateway throttles them like any other, and the function writes nothing for them. */
    @Test
    @Order(2)
    void aBurstOverTheRoutesBucketGetsApiGatewaysTooManyRequestsThenRecovers() throws Exception {
        int burst = parameter("PraiseBurstLimit");
        double rate = Double.parseDouble(defaults.get("PraiseRateLimit"));
        int sent = burst * 3;
        long t0 = System.nanoTime();
        // From a bounded number of connections (a burst of hundreds would otherwise open as many sockets).
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(16);
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < sent; i++) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return HTTP.send(post("/api/praise", "{\"stars\":9}"), HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            }, senders));
        }
        int passed = 0;
        int throttled = 0;
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> r = answer.get();
            if (r.statusCode() == 429) {
                assertEquals("{\"message\":\"Too Many Requests\"}", r.body());
                throttled++;
            } else {
                assertEquals(400, r.statusCode(), r.body());
                passed++;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        senders.shutdown();
        assertTrue(passed >= burst, passed + " passed; the whole burst should");
        assertTrue(passed <= burst + Math.ceil(rate * seconds) + 1,
                passed + " passed in " + seconds + " s; at most the burst plus the refill");
        assertTrue(throttled > 0);

        advanceGatewayClock(Duration.ofMillis((long) (1000 * burst / rate) + 200));
        for (int i = 0; i < burst; i++) {
            assertEquals(400, HTTP.send(post("/api/praise", "{\"stars\":9}"), HttpResponse.BodyHandlers.ofString())
                    .statusCode(), "the bucket refilled: request " + i);
        }
    }

    @Test
    @Order(3)
    void theEmailLimitThenTheAddressLimitAnswer429WithRetryAfter() throws Exception {
        int perEmail = parameter("PraiseLimitPerEmail");
        int perAddress = parameter("PraiseLimitPerAddress");
        String participant = server.participantIds().get(0);
        for (int i = 0; i < perEmail; i++) {
            assertEquals(202, submit(participant, "same@example.lv").statusCode());
        }
        HttpResponse<String> byEmail = submit(participant, "SAME@example.lv");
        assertRefused(byEmail, "email");

        // The refused request was counted for the address (it is checked first), so the address has
        // perEmail + 1 of its perAddress left to use.
        int accepted = 0;
        HttpResponse<String> last;
        while ((last = submit(participant, "person" + accepted + "@example.lv")).statusCode() == 202) {
            accepted++;
            assertTrue(accepted <= perAddress, "no refusal after " + accepted);
        }
        assertEquals(perAddress - perEmail - 1, accepted);
        assertRefused(last, "address");
    }

    /** After the address limit, a visitor on that network sees why at the form, with the wait, in their language. */
    @Test
    @Order(4)
    void theFormSaysTheNetworkHasPraisedTooMuchAndHowLongToWait() {
        String id = server.participantIds().get(1);
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            ChromeDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            for (String[] lang : new String[][] {
                    {"lv", "No šī tīkla nosūtīts pārāk daudz uzslavu. Lūdzu, mēģini vēlreiz pēc "},
                    {"en", "Too many praises have been sent from this network. Please try again in "}}) {
                // Over 127.0.0.1 like the test's own calls: "localhost" would reach the server over ::1, another address.
                driver.get(server.baseUrl().toString().replace("//localhost:", "//127.0.0.1:") + "/praise.html?lang=" + lang[0] + "&p=" + id);
                wait.until(ExpectedConditions.elementToBeClickable(By.id("submit")));
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chosen-participant")));
                WebElement star = driver.findElement(By.id("stars-5"));
                try {
                    star.click();
                } catch (ElementNotInteractableException e) { // the radio is drawn over by its star
                    driver.findElement(By.cssSelector("label[for='stars-5']")).click();
                }
                wait.until(d -> star.isSelected());
                driver.findElement(By.id("text")).sendKeys("Paldies par laipnību!");
                driver.findElement(By.id("channel-online")).click();
                driver.findElement(By.id("email")).sendKeys("visitor-" + lang[0] + "@example.lv");
                driver.findElement(By.id("consent")).click();
                driver.findElement(By.id("submit")).click();
                WebElement summary;
                try {
                    summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-errors")));
                } catch (TimeoutException e) {
                    throw new AssertionError("no error summary at " + driver.getCurrentUrl() + ": "
                            + driver.findElement(By.tagName("body")).getText(), e);
                }
                String text = summary.getText();
                assertTrue(text.contains(lang[1]), text);
                assertTrue(text.matches("(?s).*" + Pattern.quote(lang[1]) + "\\d+ min\\..*"), text);
                assertTrue(driver.getCurrentUrl().contains("/praise.html"), driver.getCurrentUrl());
                assertEquals(0, OutboxMail.to(server.outboxDir(), "visitor-" + lang[0] + "@example.lv").size(),
                        "nothing was sent");
            }
        }
    }

    /**
     * Behind CloudFront everyone reaches the API from an edge server's address; the viewer's address is what
     * counts. Here the test plays CloudFront for viewers of its choosing – with the run's origin secret, on the
     * gateway's direct address – all of them arriving from one "edge", 127.0.0.1, whose own count (through the
     * site, Order 3) is used up.
     */
    @Test
    @Order(5)
    void twoViewersBehindOneEdgeAreLimitedApartAndAnIpv6ViewerByItsSlash64() throws Exception {
        int perAddress = parameter("PraiseLimitPerAddress");
        String participant = server.participantIds().get(2);
        int accepted = 0;
        HttpResponse<String> last;
        while ((last = submitAs("2001:db8:7:7::1", participant, "v6-" + accepted + "@example.lv")).statusCode() == 202) {
            accepted++;
            assertTrue(accepted <= perAddress, "no refusal after " + accepted);
        }
        assertEquals(perAddress, accepted);
        assertRefused(last, "address");
        assertRefused(submitAs("2001:db8:7:7:abcd::2", participant, "v6-next@example.lv"), "address");
        assertEquals(202, submitAs("198.51.100.7", participant, "v4-0@example.lv").statusCode(),
                "another viewer behind the same edge has its own count");
        assertEquals(202, submitAs("2001:db8:7:8::1", participant, "v6-other@example.lv").statusCode(),
                "the next /64 is another viewer");
    }

    /** The viewer can't name itself: the local CloudFront replaces a viewer-address header sent through the site. */
    @Test
    @Order(6)
    void aViewerAddressSentThroughTheSiteIsReplacedByTheConnections() throws Exception {
        ObjectNode praise = Replies.JSON.createObjectNode().put("participantId", server.participantIds().get(3)).put("stars", 5)
                .put("text", "Paldies!").put("channel", "online").put("email", "forger@example.lv").put("consent", true);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl().toString()
                        .replace("//localhost:", "//127.0.0.1:") + "/api/praise"))
                .header("Content-Type", "application/json").header(lv.praise.handler.EdgeOrigin.VIEWER_HEADER, "203.0.113.77")
                .POST(HttpRequest.BodyPublishers.ofString(praise.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertRefused(r, "address");
    }

    /** One valid praise as CloudFront would send it for this viewer, waiting out the gateway's throttling. */
    private static HttpResponse<String> submitAs(String viewer, String participant, String email) throws Exception {
        ObjectNode praise = Replies.JSON.createObjectNode().put("participantId", participant).put("stars", 5)
                .put("text", "Paldies!").put("channel", "online").put("email", email).put("consent", true);
        while (true) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.directApiUrl() + "/api/praise"))
                    .header("Content-Type", "application/json")
                    .header(lv.praise.handler.EdgeOrigin.ORIGIN_HEADER, server.originSecret())
                    .header(lv.praise.handler.EdgeOrigin.VIEWER_HEADER, viewer)
                    .POST(HttpRequest.BodyPublishers.ofString(praise.toString())).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 429 || r.body().contains("\"error\"")) {
                return r;
            }
            refillGatewayBuckets();
        }
    }

    /** The nomination form passes the same gate with the same counters: the network that used up its budget is refused there too. */
    @Test
    @Order(7)
    void aNominationFromTheNetworkThatUsedUpItsBudgetIsRefusedAndNothingIsSent() throws Exception {
        ObjectNode nomination = Replies.JSON.createObjectNode().put("name", "Ziedu veikals Limits")
                .put("email", "nominator-limits@example.lv").put("consent", true).put("lang", "lv");
        HttpResponse<String> refused;
        while ((refused = HTTP.send(post("/api/nominations", nomination.toString()), HttpResponse.BodyHandlers.ofString()))
                .statusCode() == 429 && !refused.body().contains("\"error\"")) {
            refillGatewayBuckets(); // the gateway's throttling, not the function's limit
        }
        assertRefused(refused, "address");
        assertEquals(0, OutboxMail.to(server.outboxDir(), "nominator-limits@example.lv").size(), "nothing was sent");
    }

    /**
     * Issue 18: the participants' sign-in start has a per-address limit of its own (SignInLimitPerAddress), on
     * counters apart from the praise form's: the viewer that used it up still praises.
     */
    @Test
    @Order(8)
    void signInStartsAreLimitedPerViewerAddressApartFromPraise() throws Exception {
        int perAddress = parameter("SignInLimitPerAddress");
        String viewer = "198.51.100.40";
        int accepted = 0;
        HttpResponse<String> last;
        while ((last = signInAs(viewer, "signin-" + accepted + "@example.lv")).statusCode() == 202) {
            accepted++;
            assertTrue(accepted <= perAddress, "no refusal after " + accepted);
        }
        assertEquals(perAddress, accepted);
        assertRefused(last, "address");
        assertEquals(202, signInAs("198.51.100.41", "signin-next@example.lv").statusCode(), "another viewer has its own count");
        assertEquals(202, submitAs(viewer, server.participantIds().get(4), "after-signins@example.lv").statusCode(),
                "the praise form's budget is untouched");
    }

    private static HttpResponse<String> signInAs(String viewer, String email) throws Exception {
        String body = Replies.JSON.createObjectNode().put("email", email).toString();
        while (true) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.directApiUrl() + "/api/my/signin"))
                    .header("Content-Type", "application/json")
                    .header(lv.praise.handler.EdgeOrigin.ORIGIN_HEADER, server.originSecret())
                    .header(lv.praise.handler.EdgeOrigin.VIEWER_HEADER, viewer)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 429 || r.body().contains("\"error\"")) {
                return r;
            }
            refillGatewayBuckets(); // the gateway's throttling (API Gateway's own 429), not the function's limit
        }
    }

    private static void assertRefused(HttpResponse<String> response, String field) throws Exception {
        assertEquals(429, response.statusCode(), response.body());
        JsonNode error = Replies.JSON.readTree(response.body()).path("error");
        assertEquals("limit_reached", error.path("code").asText());
        assertEquals(field, error.path("field").asText());
        long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60L * parameter("PraiseLimitWindowMinutes"), "Retry-After " + retryAfter);
    }

    /** One valid praise, waiting out the gateway's throttling (its 429 is not the function's). */
    private static HttpResponse<String> submit(String participant, String email) throws Exception {
        ObjectNode praise = Replies.JSON.createObjectNode().put("participantId", participant).put("stars", 5)
                .put("text", "Paldies!").put("channel", "online").put("email", email).put("consent", true);
        while (true) {
            HttpResponse<String> r = HTTP.send(post("/api/praise", praise.toString()), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 429 || r.body().contains("\"error\"")) {
                return r;
            }
            refillGatewayBuckets();
        }
    }

    private static void advanceGatewayClock(Duration by) {
        GATEWAY_SKEW.addAndGet(by.toNanos());
    }

    /** A second more on the gateway's clock: every route's bucket gains at least one token (rates are 1/s or more). */
    private static void refillGatewayBuckets() {
        advanceGatewayClock(Duration.ofSeconds(1));
    }

    private static HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
