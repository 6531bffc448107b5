package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Not in the list?": from the praise form to the nomination page, a refused address shown at its
 * field, then a nomination confirmed from its e-mailed link, which the organisers see counted (in headless
 * Chromium against the local run).
 */
class NominateInBrowserIT extends BrowserSession {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

    @Test
    void aPersonSuggestsAnOrganisationThatIsNotInTheList() throws Exception {
        chromium.viewport(1280, 900, false);
        chromium.clearSiteData(server.baseUrl());
        driver.get(server.baseUrl() + "/praise.html?lang=lv");
        WebElement link = wait(ExpectedConditions.elementToBeClickable(By.id("nominate-link")));
        assertEquals("Nav sarakstā? Ieraksti tā nosaukumu", link.getText());
        link.click();
        wait(ExpectedConditions.elementToBeClickable(By.id("submit")));
        assertEquals("Uzslavē organizāciju, kuras nav sarakstā", driver.findElement(By.tagName("h1")).getText());

        // Sent empty: every mistake at once (name, e-mail, consent), each by its field, not one per try.
        driver.findElement(By.id("submit")).click();
        wait(d -> d.findElements(By.cssSelector("#form-errors li")).size() == 3);
        for (String field : new String[] {"name", "email", "consent"}) {
            assertTrue(driver.findElement(By.id("err-" + field)).isDisplayed(), field);
        }
        assertTrue(!driver.findElement(By.id("err-text")).isDisplayed(), "the reason is optional");

        driver.findElement(By.id("name")).sendKeys("Ziedu veikals Magnolija Ķekavā");
        driver.findElement(By.id("text")).sendKeys("Ļoti laipna pārdevēja.");
        driver.findElement(By.id("email")).sendKeys("nav-adrese");
        driver.findElement(By.id("consent")).click();
        driver.findElement(By.id("submit")).click();
        WebElement fieldError = wait(ExpectedConditions.visibilityOfElementLocated(By.id("err-email")));
        assertTrue(!fieldError.getText().isBlank());
        assertEquals("true", driver.findElement(By.id("email")).getAttribute("aria-invalid"));

        driver.findElement(By.id("email")).clear();
        driver.findElement(By.id("email")).sendKeys("ilze@example.lv");
        driver.findElement(By.id("submit")).click();
        WebElement done = wait(ExpectedConditions.visibilityOfElementLocated(By.id("nominate-done")));
        assertTrue(done.getText().startsWith("Paldies! Mēs tev nosūtījām saiti"), done.getText());
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("nominate-done-1280.png"), driver.getScreenshotAs(OutputType.BYTES));

        // Not counted until the e-mailed link is opened: open it, on the confirmation page in its nomination wording.
        OutboxMail mail = OutboxMail.awaitNext(server.outboxDir(), "ilze@example.lv", 0, WAIT);
        String confirmLink = mail.text().replaceAll("(?s).*?(https?://\\S+/confirm\\.html\\?\\S+).*", "$1");
        assertTrue(confirmLink.endsWith("&kind=nomination"), confirmLink);
        driver.get(confirmLink);
        WebElement confirmed = wait(d -> {
            WebElement h = d.findElement(By.id("confirm-result"));
            return "confirmed".equals(h.getAttribute("data-status")) ? h : null;
        });
        assertEquals("Paldies! Tavs ieteikums ir ieskaitīts.", confirmed.getText());
        assertTrue(driver.getTitle().startsWith("Ieteikuma apstiprināšana"), driver.getTitle());

        HttpResponse<String> listed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/api/admin/nominations"))
                .header("Authorization", "Bearer " + server.organiserToken()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, listed.statusCode());
        assertTrue(listed.body().contains("\"name\":\"Ziedu veikals Magnolija Ķekavā\",\"count\":1"), listed.body());
        assertTrue(!listed.body().contains("ilze@"), "no address is kept");
    }

    private static <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        // A re-rendered element read mid-render is stale, not a failure: ask again.
        return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }
}
