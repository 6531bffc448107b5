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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The participant's contacts in the console (issue 18), in headless Chromium against the shared local run: the
 * contact the participant's contactEmail became (back-fill), one added, a bad address refused with a translated
 * message, one removed, each contact's language chosen and changed – at 360 px in Latvian and at 1280 px in English. Uses a demo participant no other test
 * of this JVM uses.
 */
class ContactsInBrowserIT extends BrowserSession {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

    @Test
    void anOrganiserAddsAndRemovesContactsAtPhoneWidthInLatvian() throws Exception {
        String id = server.participantIds().get(11);
        run(id, 360, "lv", "kontakts.otrs@example.lv", "et", "Noņemt", "Kontakti saglabāti.");
    }

    @Test
    void andAtDesktopWidthInEnglish() throws Exception {
        String id = server.participantIds().get(12);
        run(id, 1280, "en", "second.contact@example.lv", "en", "Remove", "Contacts saved.");
    }

    private void run(String id, int width, String lang, String added, String addedLang, String remove, String saved)
            throws Exception {
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

        // The new contact's language (its digest's and report letter's), named in the console's language.
        Select language = new Select(visible("#pc-lang"));
        assertEquals(lang.equals("lv") ? "igauņu" : "Estonian", language.getOptions().get(2).getText());
        language.selectByValue(addedLang);
        visible("#pc-new").sendKeys(added, Keys.ENTER);
        wait(d -> emails().equals(List.of(firstEmail, added)));
        assertEquals(saved, find("#contacts-status").getText());
        assertEquals(List.of("lv", addedLang), langs(id), "stored with the list");
        // The first contact's language changed in place: the whole list is sent again, the second keeps its own.
        new Select(driver.findElement(By.cssSelector("#contacts-list li:nth-child(1) select"))).selectByValue("en");
        wait(d -> langs(id).equals(List.of("en", addedLang)));
        wait(d -> new Select(driver.findElement(By.cssSelector("#contacts-list li:nth-child(1) select")))
                .getFirstSelectedOption().getAttribute("value").equals("en"));

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

    /** The contacts' languages as the server has them. */
    private static List<String> langs(String id) {
        try {
            String body = ContactSignIn.send(server, "GET", "/api/admin/participants/" + id,
                    "Bearer " + server.organiserToken(), null).body();
            List<String> all = new java.util.ArrayList<>();
            Replies.JSON.readTree(body).path("contacts").forEach(c -> all.add(c.path("lang").asText()));
            return all;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
