package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The participant's contacts in the console (issue 18), in headless Chromium against the shared local run: the
 * contact the participant's contactEmail became (back-fill), one added, a bad address refused with a translated
 * message, one removed – at 360 px in Latvian and at 1280 px in English. Uses a demo participant no other test
 * of this JVM uses.
 */
class ContactsInBrowserIT extends BrowserSession {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

    @Test
    void anOrganiserAddsAndRemovesContactsAtPhoneWidthInLatvian() throws Exception {
        String id = server.participantIds().get(11);
        run(id, 360, "lv", "kontakts.otrs@example.lv", "Noņemt", "Kontakti saglabāti.");
    }

    @Test
    void andAtDesktopWidthInEnglish() throws Exception {
        String id = server.participantIds().get(12);
        run(id, 1280, "en", "second.contact@example.lv", "Remove", "Contacts saved.");
    }

    private void run(String id, int width, String lang, String added, String remove, String saved) throws Exception {
        chromium.viewport(width, 800, width < 600);
        chromium.clearSiteData(server.baseUrl());
        String first = ContactSignIn.send(server, "GET", "/api/admin/participants/" + id, "Bearer " + server.organiserToken(), null)
                .body();
        String firstEmail = Replies.JSON.readTree(first).path("contacts").path(0).path("email").asText();
        assertFalse(firstEmail.isEmpty(), "the demo participant's contactEmail became its contact: " + first);

        driver.get(server.baseUrl() + "/admin/participants.html?lang=" + lang);
        visible("#email").sendKeys("organiser.contacts@example.lv", Keys.ENTER);
        wait(ExpectedConditions.urlContains("/admin/participants.html"));
        visible("#session");
        By row = By.cssSelector("#participants-rows tr[data-participant-id='" + id + "'] button.expand");
        wait(ExpectedConditions.elementToBeClickable(row)).click();
        visible("#contacts");
        wait(d -> emails().equals(List.of(firstEmail)));

        visible("#pc-new").sendKeys(added, Keys.ENTER);
        wait(d -> emails().equals(List.of(firstEmail, added)));
        assertEquals(saved, find("#contacts-status").getText());

        find("#pc-new").sendKeys("nav-adrese", Keys.ENTER);
        WebElement error = visible("#contacts-error");
        wait(d -> !error.getText().isBlank());
        assertFalse(error.getText().contains("invalid") || error.getText().contains("contacts["), error.getText());
        assertEquals(List.of(firstEmail, added), emails(), "a refused list changes nothing");

        Number overflow = (Number) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(overflow.intValue() <= 0, "no sideways scrolling at " + width + " px: " + overflow);
        chromium.screenshot(SCREENSHOTS, "contacts-" + width + "-" + lang);

        WebElement second = driver.findElement(By.xpath("//ul[@id='contacts-list']/li[2]/button"));
        assertEquals(remove, second.getText());
        second.click();
        wait(d -> emails().equals(List.of(firstEmail)));
        String after = ContactSignIn.send(server, "GET", "/api/admin/participants/" + id, "Bearer " + server.organiserToken(), null)
                .body();
        assertEquals(firstEmail, Replies.JSON.readTree(after).path("contactEmail").asText());
    }

    @SuppressWarnings("unchecked")
    private static List<String> emails() {
        return (List<String>) driver.executeScript("return Array.prototype.map.call("
                + "document.querySelectorAll('#contacts-list .contact-email'), function (s) { return s.textContent; });");
    }

    private static WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    private static WebElement visible(String css) {
        return wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static <T> T wait(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }
}
