package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import lv.praise.domain.CalendarDates;
import lv.praise.domain.Lang;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public home, praise and participant pages in each state of the campaign – open, closed early by an
 * organiser, published – in a real browser: the dates they name (the day it really closed, not the planned end)
 * and the actions they offer (praise only while it can be given; after publication the category winners and an
 * awardee's mark, place and badge). A bad participant link always says so.
 *
 * <p>Closing and publishing change the campaign for good, so this class has a JVM and a local server of its own (the
 * build's failsafe execution {@code public-site-states}, as awards day has), moved from state to state by the
 * organisers' routes in order. Screenshots of each page in
 * each state at 360 and 1280 px go to target/screenshots/states-*.
 */
@TestMethodOrder(OrderAnnotation.class)
class PublicSiteStatesInBrowserIT extends FreshVisitorSession {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Order(1)
    void openTheLastDayIsNamedAndPraiseIsOffered() throws Exception {
        JsonNode campaign = getJson("/api/campaign");
        assertEquals("open", campaign.get("state").asText());
        assertFalse(campaign.get("closedEarly").asBoolean());
        String lastDay = CalendarDates.date(Lang.LV, day(campaign, "praiseClosesAt"));
        String participant = server.participantIds().get(0);

        openHome();
        assertEquals("Uzslavas var iesniegt. Pēdējā diena: " + lastDay + ".", stateText());
        assertTrue(find("#praise-cta").isDisplayed());
        search("novada");
        assertFalse(driver.findElements(By.cssSelector("#results .praise-link")).isEmpty(), "each hit can be praised");
        assertFalse(find("#showcase").isDisplayed(), "no results before publication");
        shoot("open-index");

        driver.get(server.baseUrl() + "/praise.html?lang=lv&p=" + participant);
        wait(d -> find("#praise-form").isDisplayed());
        assertEquals("Uzslavas var iesniegt. Pēdējā diena: " + lastDay + ".", stateText());
        assertFalse(find("#praise-closed").isDisplayed());
        wait(d -> find("#chosen-participant").isDisplayed());
        find("#change-participant").click();
        assertTrue(find("#nominate-link").isDisplayed(), "'Nav sarakstā?' while praise can be given");
        shoot("open-praise");

        openParticipant(participant);
        assertTrue(find("#praise-action").isDisplayed());
        assertFalse(find("#award").isDisplayed(), "no award before publication");
        shoot("open-participant");
    }

    /** An old poster's QR code: the message stays, whichever of the page's two answers comes last. */
    @Test
    @Order(2)
    void aBadParticipantLinkAlwaysSaysSo() {
        for (int i = 0; i < 8; i++) {
            chromium.clearSiteData(server.baseUrl());
            driver.get(server.baseUrl() + "/praise.html?lang=lv&p=no-such-participant-" + i);
            // The state arrives, and so does the participant's 404; then the message must be there, and stay.
            wait(d -> find("#campaign-state").isDisplayed() && find("#praise-form").isDisplayed()
                    && "Šāds dalībnieks netika atrasts. Izvēlies dalībnieku no saraksta."
                    .equals(find("#participant-status").getText()));
        }
        driver.get(server.baseUrl() + "/participant.html?lang=lv&id=no-such-participant");
        wait(d -> "Dalībnieks nav atrasts".equals(find("h1").getText()));
        assertTrue(find("#participant-status").isDisplayed());
    }

    @Test
    @Order(3)
    void closedEarlyTheDayItClosedIsNamedAndPraiseIsNotOffered() throws Exception {
        HttpResponse<String> closed = postAdmin("/api/admin/campaign/close");
        assertEquals(200, closed.statusCode(), closed.body());
        JsonNode campaign = getJson("/api/campaign");
        assertEquals("closed", campaign.get("state").asText());
        assertTrue(campaign.get("closedEarly").asBoolean(), campaign.toString());
        LocalDate closedOn = day(campaign, "closedAt");
        LocalDate planned = day(campaign, "praiseClosesAt");
        assertTrue(closedOn.isBefore(planned), "closed before its planned end: " + campaign);
        String expected = "Uzslavu pieņemšana ir beigusies. Organizatori to slēdza pirms termiņa: "
                + CalendarDates.date(Lang.LV, closedOn) + ".";
        String participant = server.participantIds().get(0);

        openHome();
        assertEquals(expected, stateText());
        assertFalse(find("#praise-cta").isDisplayed());
        search("novada");
        assertTrue(driver.findElements(By.cssSelector("#results .praise-link")).isEmpty(), "no praise button");
        shoot("closed-index");

        driver.get(server.baseUrl() + "/praise.html?lang=lv&p=" + participant);
        wait(d -> find("#campaign-state").isDisplayed() && find("#praise-closed").isDisplayed());
        assertEquals(expected, stateText());
        assertFalse(stateText().contains(CalendarDates.date(Lang.LV, planned)), "not the planned end");
        assertFalse(find("#praise-form").isDisplayed(), "no greyed form: the state says why");
        assertFalse(find("#nominate-link").isDisplayed(), "no 'Nav sarakstā?'");
        shoot("closed-praise");

        driver.get(server.baseUrl() + "/nominate.html?lang=lv");
        wait(d -> find("#campaign-state").isDisplayed());
        assertEquals(expected, stateText());
        assertFalse(find("#nominate-form").isDisplayed());

        openParticipant(participant);
        assertFalse(find("#praise-action").isDisplayed(), "no praise button on the participant's page");
        shoot("closed-participant");
    }

    @Test
    @Order(4)
    void publishedHomeLeadsWithTheWinnersAndAnAwardeeShowsItsMarkPlaceAndBadge() throws Exception {
        HttpResponse<String> started = postAdmin("/api/admin/awards/publish");
        assertEquals(202, started.statusCode(), started.body());
        awaitPublication();
        JsonNode campaign = getJson("/api/campaign");
        assertEquals("published", campaign.get("state").asText());
        int year = campaign.get("year").asInt();
        String expected = "Rezultāti ir publicēti. Uzslavu pieņemšanas noslēgums: "
                + CalendarDates.date(Lang.LV, day(campaign, "closedAt")) + ".";
        JsonNode results = getJson("/api/results/" + year);
        JsonNode winners = results.get("categoryWinners");
        assertTrue(winners.size() > 0, results.toString());

        openHome();
        assertEquals(expected, stateText());
        wait(d -> find("#showcase").isDisplayed());
        assertEquals(year + ". gada kategoriju uzvarētāji", find("#showcase-heading").getText());
        List<WebElement> shown = driver.findElements(By.cssSelector("#showcase-list li"));
        assertEquals(winners.size(), shown.size());
        assertTrue(find("#showcase-top").getAttribute("href").endsWith("/results.html?year=" + year));
        assertEquals("Visi TOP-" + results.get("topN").asInt() + " rezultāti", find("#showcase-top").getText());
        assertFalse(find("#praise-cta").isDisplayed());
        shoot("published-index");

        // The first winner's page: its mark, its place, its badge (which links to its verification).
        JsonNode winner = winners.get(0);
        String id = winner.get("participantId").asText();
        JsonNode award = getJson("/api/participants/" + id).get("award");
        assertNotNull(award);
        JsonNode certificate = getJson("/api/certificates/" + award.get("code").asText());
        assertEquals(id, certificate.get("participantId").asText());
        assertEquals(winner.get("rank").asInt(), award.get("rank").asInt());

        shown.get(0).findElement(By.cssSelector("a")).click();
        wait(d -> find("#award").isDisplayed());
        assertEquals(winner.get("name").asText(), find("h1").getText());
        assertEquals(results.get("qualityMarkTitle").asText(), find("#award-heading").getText());
        assertEquals(award.get("rank").asInt() + ". vieta TOP-" + award.get("topN").asInt(), find("#award-rank").getText());
        assertTrue(find("#award-verify").getAttribute("href").endsWith("/verify.html?code=" + award.get("code").asText()));
        wait(d -> Boolean.TRUE.equals(driver.executeScript(
                "var i = document.getElementById('award-badge'); return i.complete && i.naturalWidth > 0;")));
        assertTrue(find("#award-badge").getAttribute("alt").contains(winner.get("name").asText()));
        assertFalse(find("#praise-action").isDisplayed());
        shoot("published-participant");

        driver.get(server.baseUrl() + "/praise.html?lang=lv");
        wait(d -> find("#praise-closed").isDisplayed());
        assertEquals(expected, stateText());
        assertFalse(find("#praise-form").isDisplayed());
        assertTrue(find("#praise-closed a").getAttribute("href").endsWith("/results.html"));
        shoot("published-praise");
    }

    // --- pages ---

    private static void openHome() {
        driver.get(server.baseUrl() + "/index.html?lang=lv");
        wait(d -> find("#campaign-state").isDisplayed() && !stateText().isEmpty());
    }

    private static void openParticipant(String id) {
        driver.get(server.baseUrl() + "/participant.html?lang=lv&id=" + id);
        wait(d -> find("#card").isDisplayed());
    }

    private static void search(String text) {
        find("#search").sendKeys(text);
        wait(d -> !d.findElements(By.cssSelector("#results li")).isEmpty());
    }

    private static String stateText() {
        return find("#campaign-state").getText();
    }

    /** The page at a phone's width and a desktop's, whole. */
    private static void shoot(String name) {
        chromium.screenshot(SCREENSHOTS, "states-" + name + "-1280");
        chromium.viewport(360, 740, true);
        chromium.screenshot(SCREENSHOTS, "states-" + name + "-360");
        chromium.viewport(1280, 900, false);
    }

    private static LocalDate day(JsonNode campaign, String field) {
        return OffsetDateTime.parse(campaign.get(field).asText())
                .atZoneSameInstant(ZoneId.of(campaign.get("timeZone").asText())).toLocalDate();
    }

    // --- the organisers' routes and the public API ---

    /** GET /api/admin/awards/status until the publication job is done, as the console polls it. */
    private static void awaitPublication() throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < end) {
            HttpResponse<String> status = HTTP.send(request("/api/admin/awards/status")
                    .header("Authorization", "Bearer " + server.organiserToken()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String state = JSON.readTree(status.body()).path("job").path("state").asText();
            if (state.equals("done")) {
                return;
            }
            assertFalse(state.equals("failed"), status.body());
            // A poll with a deadline, as the console's: the worker runs on the server's threads.
            Thread.sleep(200);
        }
        throw new AssertionError("the publication job did not finish in 90 s");
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.baseUrl().resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
    }

    private static JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + " → " + response.body());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> postAdmin(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + server.organiserToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    // --- small WebDriver helpers ---

    private static WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    private static <T> T wait(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class).until(condition);
    }
}
