package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The organisers' console in headless Chromium against the local run: the development sign-in and
 * its focus order, a participant import with a bad row (dry run, the rejected line in the page, then
 * the valid rows), a recalculation and one participant's breakdown, every page at 1280 and 360 px.
 * It runs in the JVM shared with the other tests, so it never closes the campaign or publishes
 * (AwardsDayIT opens the awards page after publication).
 */
class ConsoleInBrowserIT extends FreshVisitorSession {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    private static final String[] PAGES = {"index", "participants", "evaluations", "questionnaire", "visits", "review",
        "calibration", "standings", "moderation", "praise-entry", "nominations", "posters", "awards"};

    @TempDir
    Path folder;

    @Test
    void theSignInFormIsInKeyboardOrderAndShowsWhoIsSignedIn() {
        driver.get(server.baseUrl() + "/admin/index.html?lang=lv");
        WebElement email = visible("#email");
        assertEquals("E-pasta adrese", find("label[for='email']").getText());
        wait(d -> "email".equals(active()));
        // Forwards from the field: the button; backwards: the language buttons, the brand, the skip link.
        List<String> forward = new ArrayList<>();
        new Actions(driver).sendKeys(Keys.TAB).perform();
        forward.add(active());
        assertEquals(List.of("signin-submit"), forward);
        email.click();
        List<String> backward = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            backward.add(active());
        }
        assertEquals(List.of("lang-et", "lang-en", "lang-lv", "brand", "skip"), backward);

        // A bad address is the field's error; a good one signs in by the keyboard alone.
        email.click();
        email.sendKeys("nav-adrese", Keys.ENTER);
        visible("#err-email");
        assertEquals("true", email.getAttribute("aria-invalid"));
        email.clear();
        email.sendKeys("anna.console@example.lv", Keys.ENTER);
        visible("#dashboard");
        assertEquals("anna.console@example.lv", find("#who").getText());
        visible("#campaign-facts");
        assertFalse(find("#c-state").getText().isBlank());
        assertEquals("page", find("#console-nav a[href='/admin/index.html']").getAttribute("aria-current"));

        find("#sign-out").click();
        visible("#signin-reason");
        assertEquals("Tu esi izgājis no konsoles.", find("#signin-reason").getText());
        assertFalse(find("#dashboard").isDisplayed());
    }

    @Test
    void aParticipantImportShowsTheRejectedRowThenImportsTheValidOnes() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Path csv = folder.resolve("dalibnieki.csv");
        Files.writeString(csv, String.join("\n",
                "name,registration_number,category,industry,size_class,contact_email,branches",
                "Konsoles Tests Alfa " + tag + ",CT-" + tag + "-1,B2C,TRANSPORT,SMALL,alfa@example.lv,Rīga;Cēsis",
                "Konsoles Tests Beta " + tag + ",CT-" + tag + "-2,NAV-TADAS,TRANSPORT,SMALL,,",
                "Konsoles Tests Gamma " + tag + ",CT-" + tag + "-3,B2B,TRADE,MEDIUM,,") + "\n", StandardCharsets.UTF_8);
        signIn("/admin/participants.html");

        visible("#participants-import-file").sendKeys(csv.toAbsolutePath().toString());
        find("#participants-import-check").click();
        visible("#participants-import-report");
        wait(d -> find("#participants-import-report-heading").getText().startsWith("Pārbaudes atskaite"));
        WebElement bad = visible("#participants-import-rejected tbody tr[data-line='3']");
        assertEquals("3", bad.findElement(By.cssSelector("td")).getText());
        assertEquals("Kategorija (category)", bad.findElements(By.cssSelector("td")).get(1).getText());
        assertEquals(1, driver.findElements(By.cssSelector("#participants-import-rejected tbody tr")).size());
        assertEquals("2", find("#participants-import-counts dd[data-count='created']").getText());
        assertEquals("1", find("#participants-import-counts dd[data-count='rejectedRows']").getText());
        assertFalse(find("#participants-import-run").isEnabled(), "importing with a rejected row is an explicit choice");
        chromium.screenshot(SCREENSHOTS, "console-import-dry-run-1280");

        find("#participants-import-import-valid").click();
        WebElement run = find("#participants-import-run");
        assertTrue(run.isEnabled());
        run.click();
        wait(d -> find("#participants-import-report-heading").getText().startsWith("Importēts"));
        assertEquals("2", find("#participants-import-counts dd[data-count='created']").getText());
        assertTrue(find("#participants-import-status").getText().startsWith("Importēts"), find("#participants-import-status").getText());

        // The public search finds the imported ones, not the rejected one.
        driver.get(server.baseUrl() + "/index.html?lang=lv");
        visible("#search").sendKeys("konsoles tests alfa " + tag.toLowerCase());
        wait(d -> d.findElements(By.cssSelector("#results li")).size() == 1);
        driver.get(server.baseUrl() + "/api/participants?q=" + tag);
        String answer = find("body").getText();
        assertTrue(answer.contains("Gamma " + tag) && !answer.contains("Beta " + tag), answer);
    }

    @Test
    void recalculateNowAndReadOneParticipantsBreakdown() {
        signIn("/admin/standings.html");
        WebElement button = visible("#recalculate");
        button.click();
        wait(d -> find("#recalc-status").getText().startsWith("Pārrēķināts"));
        assertEquals("status", find("#recalc-status").getAttribute("role"));
        wait(d -> !d.findElements(By.cssSelector("#standings-rows tr:not(.detail)")).isEmpty());
        assertEquals("ascending", find("th[data-sort='rank']").getAttribute("aria-sort"));

        WebElement first = find("#standings-rows tr:not(.detail) .expand");
        String id = first.findElement(By.xpath("ancestor::tr")).getAttribute("data-participant-id");
        first.click();
        WebElement detail = visible("#detail-" + id);
        assertEquals("true", find("#standings-rows tr[data-participant-id='" + id + "'] .expand").getAttribute("aria-expanded"));
        String text = detail.getText();
        assertTrue(text.contains("Tiešsaistes uzslavas (svars 30 %)"), text);
        assertTrue(text.contains("Slepenā pircēja vērtējums (svars 40 %)"), text);
        assertTrue(text.contains("Kopvērtējums:"), text);
        // Plain words: the formula is on the public page "how praise is checked", not in the breakdown.
        assertFalse(text.contains("Bajesa") || text.contains("C·m") || text.contains("(n + C)"), text);
        chromium.screenshot(SCREENSHOTS, "console-breakdown-1280");

        // Sorting by a header: the total, highest first, then lowest first.
        find("th[data-sort='total'] .sort").click();
        assertEquals("descending", find("th[data-sort='total']").getAttribute("aria-sort"));
        assertEquals(null, find("th[data-sort='rank']").getAttribute("aria-sort"));
        List<Double> totals = totals();
        for (int i = 1; i < totals.size(); i++) {
            assertTrue(totals.get(i - 1) >= totals.get(i), "descending totals: " + totals);
        }
        find("th[data-sort='total'] .sort").click();
        assertEquals("ascending", find("th[data-sort='total']").getAttribute("aria-sort"));
    }

    @Test
    void everyPageFitsAPhoneAndIsScreenshot() {
        signIn("/admin/index.html");
        List<String> tooWide = new ArrayList<>();
        for (int width : new int[] {1280, 360}) {
            boolean phone = width < 600;
            chromium.viewport(width, phone ? 740 : 900, phone);
            for (String page : PAGES) {
                driver.get(server.baseUrl() + "/admin/" + page + ".html?lang=lv");
                wait(d -> find("#console-nav").isDisplayed());
                wait(d -> d.findElements(By.cssSelector("h1")).stream().anyMatch(WebElement::isDisplayed));
                // The page's first answers are in: the console marks <body aria-busy> while it waits for the API.
                wait(d -> !"true".equals(find("body").getAttribute("aria-busy")));
                assertEquals("page", find("#console-nav a[href='/admin/" + page + ".html']").getAttribute("aria-current"), page);
                Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
                if (scrollWidth.intValue() > width) {
                    tooWide.add(page + " at " + width + " px is " + scrollWidth + " px wide");
                }
                chromium.screenshot(SCREENSHOTS, "console-" + page + "-" + width);
            }
        }
        assertTrue(tooWide.isEmpty(), "wider than the viewport: " + tooWide);
        driver.get(server.baseUrl() + "/how-praise-is-checked.html?lang=lv");
        assertEquals("Kā mēs pārbaudām uzslavas", visible("h1").getText());
    }

    // --- steps ---

    /** Signs in with the development login and lands on {@code path} (the sign-in sends you on). */
    private static void signIn(String path) {
        driver.get(server.baseUrl() + path);
        WebElement email = visible("#email");
        email.sendKeys("organiser.console@example.lv", Keys.ENTER);
        wait(ExpectedConditions.urlContains(path.equals("/admin/index.html") ? "/admin/index.html" : path));
        visible("#session");
    }

    /** The focused element: its id, else "lang-xx", "brand" or "skip". */
    private static String active() {
        return (String) driver.executeScript("var a = document.activeElement; if (!a) return null;"
                + "if (a.dataset && a.dataset.lang) return 'lang-' + a.dataset.lang;"
                + "if (a.classList.contains('brand')) return 'brand'; if (a.classList.contains('skip')) return 'skip';"
                + "return a.id || a.tagName;");
    }

    @SuppressWarnings("unchecked")
    private static List<Double> totals() {
        List<Object> raw = (List<Object>) driver.executeScript("return Array.prototype.map.call("
                + "document.querySelectorAll('#standings-rows tr:not(.detail) td:nth-child(4)'),"
                + "function (td) { return td.textContent.replace(/\\s/g, '').replace(',', '.'); });");
        List<Double> out = new ArrayList<>();
        raw.forEach(x -> out.add("–".equals(x) ? Double.NEGATIVE_INFINITY : Double.parseDouble((String) x)));
        return out;
    }

    private static WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    private static WebElement visible(String css) {
        return wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static <T> T wait(Function<? super WebDriver, T> condition) {
        // A re-rendered element read mid-render is stale, not a failure: ask again.
        return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }
}
