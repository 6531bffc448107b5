package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The participant page's approved praise in headless Chromium: newest first, ten at a time with
 * "show more", stars, localised aspects and channel labels, the employee's first name, user text shown
 * as text (never as HTML), and no sideways scroll at 360 and 1280 px. Screenshots go to
 * target/screenshots/participant-praise-*.png.
 */
class PraiseWallInBrowserIT extends BrowserSession {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    /** Third to last: PraiseFlowIT and ModerationFlowIT praise the two after it. */
    private static String participant;

    @BeforeAll
    static void prepare() throws Exception {
        participant = unpraised();
        for (int i = 1; i <= 12; i++) {
            ObjectNode praise = Replies.JSON.createObjectNode().put("participantId", participant)
                    .put("stars", i % 5 + 1).put("channel", i % 2 == 0 ? "phone" : "paper")
                    .put("employee", "Ilze Kalniņa")
                    .put("text", "Uzslava Nr. " + i + " <b>ne treknrakstā</b> Garšvārdsbezatstarpēmkasnedrīkstpaplašinātlapu");
            praise.putArray("aspects").add("speed").add("competence");
            HttpResponse<String> entered = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/admin/praise"))
                    .header("Authorization", "Bearer " + server.organiserToken())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(praise.toString())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, entered.statusCode(), entered.body());
        }
    }

    @Test
    void approvedPraiseIsShownNewestFirstAPageAtATime() {
        for (int width : new int[] {360, 1280}) {
            boolean phone = width < 600;
            chromium.viewport(width, phone ? 740 : 900, phone);
            chromium.clearSiteData(server.baseUrl());
            driver.get(server.baseUrl() + "/participant.html?id=" + participant);
            await(d -> items().size() == 10);

            WebElement newest = items().get(0);
            assertEquals("★★★☆☆", newest.findElement(By.cssSelector(".stars")).getText());
            assertEquals("3 no 5 zvaigznēm", newest.findElement(By.cssSelector(".stars")).getAttribute("aria-label"));
            assertTrue(newest.getText().contains("Uzslava Nr. 12 <b>ne treknrakstā</b>"), "user text is shown as text");
            assertTrue(newest.findElements(By.tagName("b")).isEmpty(), "never parsed as HTML");
            assertTrue(newest.getText().contains("Pa tālruni"), newest.getText());
            assertTrue(newest.getText().contains("Darbinieks: Ilze"));
            assertFalse(newest.getText().contains("Kalniņa"), "first name only");
            assertEquals(List.of("Ātrums", "Kompetence"), newest.findElements(By.cssSelector(".tags li")).stream()
                    .map(WebElement::getText).toList());
            assertTrue(items().get(1).getText().contains("Papīra anketā"));
            assertWithin(width, "participant.html with praise");
            chromium.screenshot(SCREENSHOTS, "participant-praise-" + width);

            WebElement more = driver.findElement(By.id("wall-more"));
            assertTrue(more.isDisplayed());
            more.click();
            await(d -> items().size() == 12);
            await(d -> !driver.findElement(By.id("wall-more")).isDisplayed());
            assertTrue(items().get(11).getText().contains("Uzslava Nr. 1 "), "oldest last");
            assertWithin(width, "participant.html with all praise");

            driver.findElement(By.cssSelector("button[data-lang='en']")).click();
            await(d -> items().get(0).getText().contains("By phone"));
            assertTrue(items().get(0).getText().contains("Employee: Ilze"));
            assertEquals("3 of 5 stars", items().get(0).findElement(By.cssSelector(".stars")).getAttribute("aria-label"));
            assertEquals(12, items().size(), "a language change keeps the loaded pages");
        }
    }

    /**
     * A participant nobody has praised yet – the demo data praises every evaluated one – other than the last two,
     * which PraiseFlowIT and ModerationFlowIT praise on the same shared server: the wall then shows exactly this
     * test's twelve.
     */
    private static String unpraised() throws Exception {
        List<String> ids = server.participantIds();
        for (int i = ids.size() - 3; i >= 0; i--) {
            HttpResponse<String> card = HTTP.send(HttpRequest.newBuilder(
                    URI.create(server.baseUrl() + "/api/participants/" + ids.get(i))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, card.statusCode(), card.body());
            if (Replies.JSON.readTree(card.body()).path("confirmedPraiseCount").asLong(-1) == 0) {
                return ids.get(i);
            }
        }
        throw new AssertionError("the demo data has no participant without praise");
    }

    private static List<WebElement> items() {
        return driver.findElements(By.cssSelector("#wall-list > li"));
    }

    private static void await(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        // A language change re-renders the list: an element read mid-render is stale, not a failure.
        new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    private static void assertWithin(int width, String page) {
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        assertTrue(scrollWidth.intValue() <= width, page + " is " + scrollWidth + " px wide at " + width);
    }
}
