package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lv.praise.testkit.browser.HeadlessChromium;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Campaigns of many years over the whole local run: the awards schedule follows the organiser's awardsAt
 * (the scheduled-functions list shows the new time); next year's campaign can't be created before this
 * year's results, nor for a year that exists; an organiser creates it in the console (Chromium), and it is
 * current while the earlier year's results stay at their address and its certificates still verify; a new
 * awards time set in the console moves the new year's schedule.
 *
 * <p>It publishes the local campaign and makes another one current, so it has a JVM (and a local server) of
 * its own: the build runs {@code NextYear*IT} in a failsafe execution apart (id next-year).
 */
@TestMethodOrder(OrderAnnotation.class)
class NextYearIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final String WORKER = "ScheduledPublicationFunction";

    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    private static LocalServer server;
    private static HeadlessChromium chromium;
    private static ChromeDriver driver;
    private static int year;
    /** Certificate codes of the first year, read from the awards status after its publication. */
    private static final List<String> CODES = new ArrayList<>();
    /** The first year's first awardee as the awards status lists it (participantId, rank, certificateCode). */
    private static JsonNode firstAwardee;
    private static JsonNode firstResults;

    @BeforeAll
    static void start() throws Exception {
        server = LocalServer.shared();
        year = getJson("/api/campaign").get("year").asInt();
    }

    @Test
    @Order(1)
    void changingAwardsAtMovesTheSchedule() throws Exception {
        String later = year + "-12-30T12:00";
        HttpResponse<String> changed = send("PUT", "/api/admin/campaign", "{\"awardsAt\":\"" + later + "\"}");
        assertEquals(200, changed.statusCode(), changed.body());
        JsonNode body = JSON.readTree(changed.body());
        assertTrue(body.get("awardsAt").asText().startsWith(later + ":00+02:00"), body.toString());
        assertEquals(body.get("awardsAt").asText(), body.path("awardsSchedule").path("at").asText(),
                "the schedule as read back is the announced time");
        assertTrue(body.get("scheduleAgrees").asBoolean(), body.toString());
        assertTrue(getJson("/api/campaign").get("awardsAt").asText().startsWith(later), "the public site announces it");
        assertEquals(List.of("at(" + later + ":00) Europe/Riga"), schedulesOf(WORKER),
                "GET /_local/run lists the worker at the new time");

        // Bad input changes nothing.
        // The awards before praise closes (at its opening): refused.
        assertError(send("PUT", "/api/admin/campaign", "{\"awardsAt\":\"" + body.get("praiseOpensAt").asText() + "\"}"),
                400, "invalid", "awardsAt");
        assertError(send("PUT", "/api/admin/campaign", "{\"awardsAt\":\"soon\"}"), 400, "invalid", "awardsAt");
        assertError(send("PUT", "/api/admin/campaign", "{}"), 400, "invalid", "awardsAt");
        assertEquals(List.of("at(" + later + ":00) Europe/Riga"), schedulesOf(WORKER));
    }

    @Test
    @Order(2)
    void nextYearWaitsForThisYearsResults() throws Exception {
        assertError(send("POST", "/api/admin/campaigns", "{\"year\":" + (year + 1) + "}"), 409, "not_published", "year");
        assertError(send("POST", "/api/admin/campaigns", "{\"year\":" + (year - 1) + "}"), 400, "invalid", "year");
        assertError(send("POST", "/api/admin/campaigns", "{\"year\":" + year + "}"), 409, "already_exists", "year");
        assertEquals(year, getJson("/api/campaign").get("year").asInt(), "nothing created");
    }

    @Test
    @Order(3)
    void thisYearIsClosedAndPublished() throws Exception {
        HttpResponse<String> closed = send("POST", "/api/admin/campaign/close", null);
        assertEquals(200, closed.statusCode(), closed.body());
        HttpResponse<String> publish = send("POST", "/api/admin/awards/publish", "{}");
        assertEquals(202, publish.statusCode(), publish.body());
        JsonNode status = pollUntilTheJobIsOver();
        assertEquals("done", status.path("job").path("state").asText(), status.toString());
        status.path("awards").forEach(a -> CODES.add(a.path("certificateCode").asText()));
        firstAwardee = status.path("awards").get(0);
        assertFalse(CODES.isEmpty(), status.toString());
        firstResults = getJson("/api/results/" + year);
        assertEquals(year, firstResults.get("campaignYear").asInt());

        // Published: its calendar is read-only.
        assertError(send("PUT", "/api/admin/campaign", "{\"awardsAt\":\"" + year + "-12-31T12:00\"}"), 409, "closed",
                "awardsAt");
    }

    @Test
    @Order(4)
    void theOrganiserCreatesNextYearAndTheEarlierYearStaysPublic() throws Exception {
        JsonNode settings = getJson("/api/admin/campaign", true);
        assertEquals(year + 1, settings.path("next").path("year").asInt(), settings.toString());
        String proposedAwards = settings.path("next").path("awardsAt").asText();
        assertTrue(proposedAwards.startsWith((year + 1) + "-12-30T12:00"), "the calendar shifted a year: " + proposedAwards);

        // In the console: the campaign page shows the schedule as read back and offers next year, prefilled.
        chromium = HeadlessChromium.start();
        driver = chromium.driver();
        chromium.viewport(1280, 900, false);
        driver.get(server.baseUrl() + "/admin/campaign.html?lang=lv");
        visible("#email").sendKeys("anna.next@example.lv", org.openqa.selenium.Keys.ENTER);
        wait(ExpectedConditions.urlContains("/admin/campaign.html"));
        WebElement scheduled = visible("#cmp-schedule");
        assertTrue(scheduled.getAttribute("data-at").startsWith(year + "-12-30T12:00"), scheduled.getAttribute("data-at"));
        WebElement next = visible("#cmp-next");
        assertFalse(find("#cmp-settings").isDisplayed(), "a published campaign offers no settings");
        assertEquals("Izveidot " + (year + 1) + ". gada kampaņu", find("#cmp-create-submit").getText());
        assertTrue(find("#new-awardsAt").getAttribute("value").startsWith((year + 1) + "-12-30T12:00"),
                find("#new-awardsAt").getAttribute("value"));
        chromium.screenshot(SCREENSHOTS, "console-campaign-next-1280");
        find("#cmp-create-submit").click();
        wait(d -> String.valueOf(year + 1).equals(find("#cmp-create").getAttribute("data-created")));
        assertEquals(year + 1 + ". gada kampaņa izveidota un ir pašreizējā.", find("#cmp-created").getText());
        assertEquals((year + 1) + ". gada kampaņa (pašreizējā)", find("#cmp-current-title").getText());
        assertTrue(next.isDisplayed());
        JsonNode campaign = getJson("/api/campaign");
        assertEquals(year + 1, campaign.get("year").asInt(), "the new campaign is current");
        assertEquals("upcoming", campaign.get("state").asText());
        assertEquals(proposedAwards, campaign.get("awardsAt").asText());

        // Again, or for the same year: refused, naming the year.
        assertError(send("POST", "/api/admin/campaigns", "{\"year\":" + (year + 1) + "}"), 409, "already_exists", "year");
        assertError(send("POST", "/api/admin/campaigns", "{\"year\":" + year + "}"), 409, "already_exists", "year");
        assertError(send("POST", "/api/admin/campaigns", "{\"year\":" + (year + 2) + ",\"awardsAt\":\"x\"}"), 400,
                "invalid", "awardsAt");

        // The earlier year: its results at their address, its certificates verifiable, its PDF served.
        JsonNode results = getJson("/api/results/" + year);
        assertEquals(firstResults.get("top"), results.get("top"));
        assertEquals(firstResults.get("publishedAt"), results.get("publishedAt"));
        for (String code : CODES.subList(0, Math.min(3, CODES.size()))) {
            JsonNode certificate = getJson("/api/certificates/" + code);
            assertEquals(year, certificate.get("campaignYear").asInt(), certificate.toString());
            HttpResponse<byte[]> pdf = HTTP.send(request("/api/certificates/" + code + "/pdf").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    @Test
    @Order(5)
    void theNewYearsAwardsAreScheduledAndMoveWithItsAwardsAt() throws Exception {
        assertTrue(schedulesOf(WORKER).contains("at(" + (year + 1) + "-12-30T12:00:00) Europe/Riga"),
                "created with the campaign: " + schedulesOf(WORKER));
        // In the console: a new awards time moves the schedule, and the page shows the time read back.
        String moved = (year + 1) + "-04-20T10:00";
        driver.navigate().refresh();
        WebElement awards = visible("#set-awardsAt");
        driver.executeScript("arguments[0].value = arguments[1]", awards, moved);
        find("#cmp-save").click();
        wait(d -> find("#cmp-schedule").getAttribute("data-at").startsWith(moved));
        assertTrue(find("#cmp-saved").getText().startsWith("Saglabāts."), find("#cmp-saved").getText());
        assertEquals(moved + ":00+03:00", getJson("/api/admin/campaign", true).get("awardsAt").asText());
        List<String> schedules = schedulesOf(WORKER);
        assertTrue(schedules.contains("at(" + moved + ":00) Europe/Riga"), schedules.toString());
        assertFalse(schedules.contains("at(" + (year + 1) + "-12-30T12:00:00) Europe/Riga"), "moved, not added: " + schedules);
        assertTrue(schedules.contains("at(" + year + "-12-30T12:00:00) Europe/Riga"), "the earlier year's is its own: "
                + schedules);
    }

    @Test
    @Order(6)
    void theEarlierParticipantsAreInvitedNotPublicUntilConfirmed() throws Exception {
        JsonNode invited = pollUntilTheCarryOverIsOver();
        JsonNode job = invited.path("carryOver");
        assertEquals("done", job.path("state").asText(), job.toString());
        assertEquals(String.valueOf(year), job.path("result").path("from").asText(), job.toString());
        int total = job.path("total").asInt();
        assertTrue(total > 0, job.toString());
        assertEquals(total, invited.path("participants").size(), "every earlier participant is invited, once");
        assertEquals(String.valueOf(total), job.path("result").path("invited").asText());
        assertEquals(0, getJson("/api/admin/participants", true).path("participants").size(), "none confirmed yet");
        // Not the first year's awardee: the next test adds it again by hand under its id.
        JsonNode pick = invited.path("participants").get(0);
        if (pick.path("id").asText().equals(firstAwardee.path("participantId").asText())) {
            pick = invited.path("participants").get(1);
        }
        String first = pick.path("id").asText();
        String name = pick.path("name").asText();
        assertEquals(404, HTTP.send(request("/api/participants/" + first).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "an invitation is not public");
        assertEquals(0, getJson("/api/participants?q=" + java.net.URLEncoder.encode(name.substring(0, 4),
                java.nio.charset.StandardCharsets.UTF_8)).path("participants").size(), "nor found by the public search");

        // In the console at 360 px: the invited list, confirmed one by one.
        chromium.viewport(360, 740, true);
        driver.get(server.baseUrl() + "/admin/participants.html?lang=lv&state=invited");
        wait(d -> d.findElements(By.cssSelector("#participants-rows tr")).size() == total);
        assertEquals("Pārnesti " + total + " dalībnieki no " + year + ". gada.", find("#carry-status").getText());
        chromium.screenshot(SCREENSHOTS, "console-participants-invited-360");
        // The same in Estonian and at desktop width: every string of the invited view translated.
        driver.get(server.baseUrl() + "/admin/participants.html?lang=et&state=invited");
        wait(d -> d.findElements(By.cssSelector("#participants-rows tr")).size() == total);
        assertEquals("Aastast " + year + " kanti üle " + total + " osalejat.", find("#carry-status").getText());
        assertEquals("Kinnita valitud (0)", find("#confirm-selected").getText());
        chromium.viewport(1280, 900, false);
        driver.get(server.baseUrl() + "/admin/participants.html?lang=en&state=invited");
        wait(d -> d.findElements(By.cssSelector("#participants-rows tr")).size() == total);
        find("#select-all").click();
        assertEquals("Confirm selected (" + total + ")", find("#confirm-selected").getText());
        find("#select-all").click();
        chromium.screenshot(SCREENSHOTS, "console-participants-invited-1280");
        chromium.viewport(360, 740, true);
        driver.get(server.baseUrl() + "/admin/participants.html?lang=lv&state=invited");
        wait(d -> d.findElements(By.cssSelector("#participants-rows tr")).size() == total);
        find("#participants-rows tr[data-participant-id='" + first + "'] button").click();
        wait(d -> find("#confirm-status").getText().startsWith("Apstiprināti: 1."));
        wait(d -> d.findElements(By.cssSelector("#participants-rows tr")).size() == total - 1);

        JsonNode card = getJson("/api/participants/" + first);
        assertEquals(name, card.path("name").asText(), "confirmed: public");
        assertEquals(total - 1, getJson("/api/admin/participants?state=invited", true).path("participants").size());
        // Confirming it again changes nothing and says so; a bad list is refused naming the field.
        JsonNode again = JSON.readTree(send("POST", "/api/admin/participants", "{\"invited\":[\"" + first + "\"]}").body());
        assertEquals(first, again.path("notInvited").get(0).asText(), again.toString());
        assertError(send("POST", "/api/admin/participants", "{\"invited\":[\"Bad Id\"]}"), 400, "invalid", "invited[0]");
        assertEquals(1, getJson("/api/admin/participants", true).path("participants").size());
    }

    @Test
    @Order(7)
    void theParticipantPageShowsTheEarlierYearsMarkAndHomeLeadsToThoseResults() throws Exception {
        // The first year's awardee takes part again under its id (as a carried-over or re-added participant does).
        String id = firstAwardee.path("participantId").asText();
        JsonNode before = firstResults.path("top").get(firstAwardee.path("rank").asInt() - 1);
        assertEquals(id, before.path("participantId").asText());
        HttpResponse<String> added = send("POST", "/api/admin/participants", JSON.createObjectNode()
                .put("id", id).put("name", before.path("name").asText()).put("category", before.path("category").asText())
                .put("industry", before.path("industry").asText()).put("sizeClass", before.path("sizeClass").asText())
                .toString());
        assertEquals(201, added.statusCode(), added.body());

        JsonNode card = getJson("/api/participants/" + id);
        assertTrue(card.path("award").isNull(), "nothing won in the new year yet: " + card);
        JsonNode earlier = card.path("earlier");
        assertEquals(1, earlier.size(), card.toString());
        JsonNode mark = earlier.get(0);
        assertEquals(year, mark.path("campaignYear").asInt());
        assertEquals(firstAwardee.path("rank").asInt(), mark.path("rank").asInt());
        assertEquals(firstAwardee.path("certificateCode").asText().replace("-", ""), mark.path("code").asText().replace("-", ""));
        assertEquals(year, getJson("/api/certificates/" + mark.path("code").asText()).path("campaignYear").asInt(),
                "the mark's code verifies as that year's certificate");

        // In the browser (lv): the earlier mark with its badge, its verification and that year's results.
        for (int width : new int[] {360, 1280}) {
            chromium.viewport(width, width == 360 ? 740 : 900, width == 360);
            driver.get(server.baseUrl() + "/participant.html?id=" + id + "&lang=lv");
            WebElement item = visible("#earlier-list li[data-year='" + year + "']");
            assertEquals("Iepriekšējo gadu kvalitātes zīmes", find("#earlier-heading").getText());
            assertTrue(item.getText().contains(mark.path("rank").asInt() + ". vieta TOP-" + mark.path("topN").asInt()),
                    item.getText());
            assertTrue(item.getText().contains(year + ": „" + mark.path("qualityMarkTitle").asText() + "”"), item.getText());
            WebElement verify = item.findElement(By.cssSelector("a[href^='/verify.html']"));
            assertTrue(verify.getAttribute("href").endsWith("code=" + mark.path("code").asText()), verify.getAttribute("href"));
            WebElement badge = verify.findElement(By.tagName("img"));
            wait(d -> ((Number) driver.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", badge))
                    .intValue() > 0);
            assertTrue(item.findElement(By.linkText(year + ". gada rezultāti")).getAttribute("href")
                    .endsWith("/results.html?year=" + year));
            assertFalse(find("#award").isDisplayed(), "no award of the new year");
            assertTrue((Boolean) driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"),
                    "no sideways scrolling at " + width + " px");
            chromium.screenshot(SCREENSHOTS, "participant-earlier-marks-" + width);

            // Home, archived: the new campaign's opening and the last published year's winners.
            driver.get(server.baseUrl() + "/?lang=lv");
            WebElement top = visible("#showcase-top");
            assertTrue(top.getAttribute("href").endsWith("/results.html?year=" + year), top.getAttribute("href"));
            assertEquals("Visi " + year + ". gada TOP-" + firstResults.path("topN").asInt() + " rezultāti", top.getText());
            assertEquals(year + ". gada kategoriju uzvarētāji", find("#showcase-heading").getText());
            String state = find("#campaign-state").getText();
            assertTrue(state.startsWith((year + 1) + ". gada kampaņa vēl nav sākusies. Sākums: "), state);
            assertTrue(state.endsWith("Zemāk – " + year + ". gada rezultāti."), state);
            assertFalse(find("#praise-cta").isDisplayed(), "no praise before the new campaign opens");
            assertTrue((Boolean) driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"),
                    "no sideways scrolling at " + width + " px");
            chromium.screenshot(SCREENSHOTS, "home-archived-" + width);
        }
        // The same in English and Estonian: every string of the archived state and of the earlier marks translated.
        for (String[] lang : new String[][] {
                {"en", "The " + (year + 1) + " campaign has not opened yet.", "Below: the results of " + year + ".",
                        "All TOP-" + firstResults.path("topN").asInt() + " results of " + year, "Results of " + year},
                {"et", (year + 1) + ". aasta kampaania pole veel alanud.", "Allpool: " + year + ". aasta tulemused.",
                        "Kõik " + year + ". aasta TOP-" + firstResults.path("topN").asInt() + " tulemused",
                        year + ". aasta tulemused"}}) {
            driver.get(server.baseUrl() + "/?lang=" + lang[0]);
            assertEquals(lang[3], visible("#showcase-top").getText());
            String state = find("#campaign-state").getText();
            assertTrue(state.startsWith(lang[1]) && state.endsWith(lang[2]), state);
            driver.get(server.baseUrl() + "/participant.html?id=" + id + "&lang=" + lang[0]);
            WebElement item = visible("#earlier-list li[data-year='" + year + "']");
            assertTrue(item.findElement(By.linkText(lang[4])).isDisplayed(), item.getText());
        }
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    private static WebElement visible(String css) {
        return wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static <T> T wait(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
    }

    // --- HTTP ---

    /** The schedules GET /_local/run lists for a function (empty when it lists none). */
    private static List<String> schedulesOf(String function) throws Exception {
        JsonNode listed = getJson("/_local/run").get("scheduled");
        List<String> schedules = new ArrayList<>();
        for (JsonNode f : listed) {
            if (f.path("function").asText().equals(function)) {
                f.path("schedules").forEach(s -> schedules.add(s.asText()));
            }
        }
        return schedules;
    }

    private static JsonNode pollUntilTheJobIsOver() throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < end) {
            JsonNode status = getJson("/api/admin/awards/status", true);
            String state = status.path("job").path("state").asText();
            if (!state.equals("queued") && !state.equals("running")) {
                return status;
            }
            // A poll with a deadline, as the console's every 2 s: the worker runs on the server's threads.
            Thread.sleep(200);
        }
        throw new AssertionError("the publication job did not finish in 90 s");
    }

    private static JsonNode pollUntilTheCarryOverIsOver() throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < end) {
            JsonNode invited = getJson("/api/admin/participants?state=invited", true);
            String state = invited.path("carryOver").path("state").asText();
            if (!state.equals("queued") && !state.equals("running")) {
                return invited;
            }
            // A poll with a deadline, as the console's every 2 s: the worker runs on the server's threads.
            Thread.sleep(200);
        }
        throw new AssertionError("the carry-over job did not finish in 90 s");
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.baseUrl().resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json");
    }

    private static HttpResponse<String> send(String method, String path, String json) throws IOException,
            InterruptedException {
        HttpRequest.Builder r = request(path).header("Authorization", "Bearer " + server.organiserToken());
        if (json == null) {
            r.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            r.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode getJson(String path) throws Exception {
        return getJson(path, false);
    }

    private static JsonNode getJson(String path, boolean organiser) throws Exception {
        HttpRequest.Builder r = request(path);
        if (organiser) {
            r.header("Authorization", "Bearer " + server.organiserToken());
        }
        HttpResponse<String> response = HTTP.send(r.GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + " → " + response.body());
        JsonNode body = JSON.readTree(response.body());
        assertNotNull(body, path);
        return body;
    }

    private static void assertError(HttpResponse<String> response, int status, String code, String field)
            throws IOException {
        assertEquals(status, response.statusCode(), response.uri() + " → " + response.body());
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertNotNull(error, response.body());
        assertEquals(code, error.get("code").asText(), response.body());
        assertEquals(field, error.get("field").asText(), response.body());
    }
}
