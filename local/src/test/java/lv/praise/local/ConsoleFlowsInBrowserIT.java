package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console pages an organiser works in day to day, in headless Chromium against the shared local
 * run: editing and adding participants, the moderation queue, praise typed in from a phone call, the
 * nominations list and one participant's poster. Each test uses participants no other test of this JVM
 * uses; the campaign is never closed nor published here (other tests share it).
 */
class ConsoleFlowsInBrowserIT extends FreshVisitorSession {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    private static final Pattern TOKEN = Pattern.compile("/confirm\\.html\\?token=([A-Za-z0-9_.~-]+)");

    // Participants of the demo data that no other test of the default JVM praises or edits.
    private static final String GUEST_HOUSE = "viesu-nams-pie-gaujas";
    private static final String GUEST_HOUSE_NAME = "Viesu Nams Pie Gaujas";
    private static final String CAMPSITE = "kempings-ezerkrasts";
    private static final String CONFERENCE = "konferencu-centrs-ozolkalns";
    private static final String CONFERENCE_NAME = "Konferenču Centrs Ozolkalns";
    private static final String HOTEL = "viesnica-balta-kapa";
    private static final String HOTEL_NAME = "Viesnīca Baltā Kāpa";

    @Test
    void participantsAreFoundEditedAddedAndABadContactEmailIsTheFieldsError() throws Exception {
        signIn("/admin/participants.html");
        wait(d -> find("#list-status").getText().startsWith("Atrasti:"));

        // Search (no diacritics typed) and the filters narrow the list.
        visible("#f-q").sendKeys("viesu nams");
        wait(d -> rowIds().equals(List.of(GUEST_HOUSE)));
        assertEquals("Atrasti: 1", find("#list-status").getText());
        new Select(find("#f-category")).selectByValue("B2B");
        wait(d -> rowIds().isEmpty());
        new Select(find("#f-category")).selectByValue("B2C");
        new Select(find("#f-industry")).selectByValue("TOURISM");
        wait(d -> rowIds().equals(List.of(GUEST_HOUSE)));
        clearByKeys("#f-q"); // as a person does: the input event reloads the list without the text
        wait(d -> rowIds().size() > 1 && rowIds().containsAll(List.of(GUEST_HOUSE, HOTEL)) && !rowIds().contains(CONFERENCE));
        new Select(find("#f-size")).selectByValue("SMALL");
        wait(d -> rowIds().contains(GUEST_HOUSE) && !rowIds().contains(HOTEL)); // the hotel is MEDIUM

        // Open it, change the contact e-mail, add a branch, save.
        find("#participants-rows tr[data-participant-id='" + GUEST_HOUSE + "'] th button").click();
        visible("#editor");
        wait(d -> find("#editor-heading").getText().contains(GUEST_HOUSE_NAME));
        visible("#evaluations"); // the participant as GET /api/admin/participants/{id} answers it
        assertEquals("klientiem@viesu-nams-pie-gaujas.example.lv", find("#pe-contactEmail").getAttribute("value"));
        WebElement contact = find("#pe-contactEmail");
        contact.clear();
        contact.sendKeys("nav-adrese");
        find("#editor-save").click();
        WebElement fieldError = visible("#err-contactEmail");
        assertEquals("Ievadi derīgu e-pasta adresi vai atstāj tukšu.", fieldError.getText());
        wait(d -> find("#editor-errors").getText().contains("Ievadi derīgu e-pasta adresi vai atstāj tukšu."));
        chromium.screenshot(SCREENSHOTS, "console-participant-bad-contact-1280");
        assertEquals("true", contact.getAttribute("aria-invalid"));
        assertTrue(find("#editor-errors").isDisplayed());
        assertEquals("klientiem@viesu-nams-pie-gaujas.example.lv",
                adminGet("/api/admin/participants/" + GUEST_HOUSE).path("contactEmail").asText(), "nothing saved");

        contact.clear();
        contact.sendKeys("jauns.kontakts@viesu-nams.example.lv");
        find("#pe-branches").sendKeys("Līgatne");
        find("#editor-save").click();
        wait(d -> find("#editor-status").getText().equals("Saglabāts: " + GUEST_HOUSE_NAME));
        assertFalse(find("#err-contactEmail").isDisplayed(), "the error is gone");
        assertFalse(find("#editor-errors").isDisplayed());
        wait(d -> rowText(GUEST_HOUSE).contains("Līgatne"));
        JsonNode saved = adminGet("/api/admin/participants/" + GUEST_HOUSE);
        assertEquals("jauns.kontakts@viesu-nams.example.lv", saved.path("contactEmail").asText());
        assertEquals(List.of("Līgatne"), List.of(saved.path("branches").get(0).asText()));
        assertEquals(1, saved.path("branches").size());
        assertEquals(GUEST_HOUSE_NAME, saved.path("name").asText(), "the name is kept");
        assertEquals("TOURISM", saved.path("industry").asText());

        // Add one by hand and find it.
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "Rokas Pievienotais Serviss " + tag;
        find("#add-participant").click();
        wait(d -> find("#editor-heading").getText().equals("Jauns dalībnieks") && find("#pe-id-field").isDisplayed());
        assertEquals("", find("#pe-name").getAttribute("value"), "an empty form");
        find("#pe-name").sendKeys(name);
        new Select(find("#pe-category")).selectByValue("B2C");
        new Select(find("#pe-industry")).selectByValue("TOURISM");
        new Select(find("#pe-sizeClass")).selectByValue("SMALL");
        find("#pe-contactEmail").sendKeys("info@rokas-" + tag + ".example.lv");
        find("#pe-branches").sendKeys("Cēsis", Keys.ENTER, "Valmiera");
        find("#editor-save").click();
        wait(d -> find("#editor-status").getText().equals("Pievienots: " + name));
        clearByKeys("#f-q");
        find("#f-q").sendKeys(tag);
        wait(d -> rowIds().size() == 1);
        String id = rowIds().get(0);
        assertTrue(rowText(id).contains("Cēsis, Valmiera"), rowText(id));
        JsonNode added = adminGet("/api/admin/participants/" + id);
        assertEquals(name, added.path("name").asText());
        assertEquals("info@rokas-" + tag + ".example.lv", added.path("contactEmail").asText());
        assertEquals(200, send("GET", "/api/participants/" + id, null, null).statusCode(), "public too");
    }

    @Test
    void moderationApprovesOneRejectsTheOtherAndThePublicPageShowsOnlyTheApproved() throws Exception {
        String good = "Ļoti jauka kempinga saimniece – " + UUID.randomUUID();
        String spam = "Lēti pulksteņi šeit – " + UUID.randomUUID();
        praiseAndConfirm(CAMPSITE, good);
        praiseAndConfirm(CAMPSITE, spam);
        praiseAndConfirm(CONFERENCE, "Cita dalībnieka uzslava, kas gaida – " + UUID.randomUUID()); // someone else's in the queue

        signIn("/admin/moderation.html");
        wait(d -> find("#mod-waiting").isDisplayed());
        // The whole queue's answer is held back until the test lets it go, after the filter is applied: the later
        // request's answer must win. Once let go, a flag is set in a task after the page has read that answer.
        driver.executeScript("window.__held = []; var f = window.fetch; window.fetch = function (u, i) {"
                + " var p = f.apply(this, arguments);"
                + " if (String(u).indexOf('/api/admin/moderation?') < 0 || String(u).indexOf('participant=') >= 0) return p;"
                + " return p.then(function (r) { var json = r.json.bind(r);"
                + "   r.json = function () { return json().then(function (v) {"
                + "     setTimeout(function () { window.__heldRead = (window.__heldRead || 0) + 1; }, 0); return v; }); };"
                + "   return new Promise(function (ok) { window.__held.push(function () { ok(r); }); }); }); };");
        find(".tabs button[data-status='pending']").click();
        // The filter is a participant picked by its name, as the public search finds it.
        pickModerationParticipant("ezerkrasts", "Kempings Ezerkrasts");
        wait(d -> texts().containsAll(List.of(good, spam)) && List.of("Kempings Ezerkrasts").equals(shownNames()));
        Object held = driver.executeScript("var n = window.__held.length; window.__held.forEach(function (go) { go(); });"
                + " window.__held = []; return n;");
        assertTrue(((Number) held).intValue() >= 1, "the unfiltered answer was held: " + held);
        wait(d -> ((Number) driver.executeScript("return window.__heldRead || 0;")).intValue() >= ((Number) held).intValue());
        assertEquals(List.of("Kempings Ezerkrasts"), shownNames(), "the slow unfiltered answer does not replace the filtered list");
        assertTrue(texts().containsAll(List.of(good, spam)));
        int waiting = waiting();
        assertTrue(waiting >= 2, "waiting: " + waiting);

        item(good).findElement(By.cssSelector(".item-actions button.primary")).click();
        wait(d -> waiting() == waiting - 1);
        wait(d -> find("#mod-status").getText().equals("Saglabāti lēmumi: 1"));
        wait(d -> !texts().contains(good) && texts().contains(spam));

        // No reason is chosen for the organiser: rejecting without one says so and sends nothing.
        WebElement bad = item(spam);
        assertEquals("", new Select(bad.findElement(By.cssSelector("select"))).getFirstSelectedOption().getAttribute("value"));
        bad.findElement(By.cssSelector(".item-actions button.secondary")).click();
        wait(d -> item(spam).findElement(By.cssSelector(".field-error")).isDisplayed());
        assertEquals("Izvēlies noraidīšanas iemeslu.", item(spam).findElement(By.cssSelector(".field-error")).getText());
        assertTrue(pendingTexts(CAMPSITE).contains(spam), "nothing was sent");
        bad = item(spam);
        new Select(bad.findElement(By.cssSelector("select"))).selectByValue("spam");
        bad.findElement(By.cssSelector(".item-actions button.secondary")).click();
        wait(d -> waiting() == waiting - 2);
        wait(d -> !texts().contains(spam));

        // The rejected tab shows it with its reason.
        find(".tabs button[data-status='rejected']").click();
        wait(d -> texts().contains(spam));
        assertTrue(item(spam).getText().contains("Mēstule (spams)"), item(spam).getText());

        driver.get(server.baseUrl() + "/participant.html?id=" + CAMPSITE);
        wait(d -> d.findElements(By.cssSelector("#wall-list > li")).stream().anyMatch(li -> li.getText().contains(good)));
        assertFalse(find("#wall-list").getText().contains(spam), "a rejected praise is not shown");
    }

    @Test
    void anOrganiserErasesEveryPraiseOfAnAddressAfterConfirmingIt() throws Exception {
        String email = "erase-me-" + UUID.randomUUID() + "@example.com";
        String first = "Paldies par kempingu – " + UUID.randomUUID();
        String second = "Paldies par konferenci – " + UUID.randomUUID();
        praiseAndConfirm(CAMPSITE, first, email);
        praiseAndConfirm(CONFERENCE, second, email);
        assertTrue(pendingTexts(CAMPSITE).contains(first) && pendingTexts(CONFERENCE).contains(second));

        signIn("/admin/moderation.html");
        visible("#erase-email").sendKeys(email);
        find("#erase-form button[type='submit']").click();
        wait(d -> find("#erase-confirm").isDisplayed());
        assertTrue(find("#erase-question").getText().contains(email), find("#erase-question").getText());
        find("#erase-no").click(); // cancelled: nothing is sent
        wait(d -> !find("#erase-confirm").isDisplayed());
        assertTrue(pendingTexts(CAMPSITE).contains(first));

        find("#erase-form button[type='submit']").click();
        wait(d -> find("#erase-confirm").isDisplayed());
        find("#erase-yes").click();
        wait(d -> find("#erase-status").getText().equals("Dzēstas uzslavas: 2; jau bija dzēstas: 0; paturētas publicētajos rezultātos: 0."));
        assertFalse(find("#erase-error").isDisplayed());
        assertFalse(pendingTexts(CAMPSITE).contains(first), "erased: out of the review queue");
        assertFalse(pendingTexts(CONFERENCE).contains(second));
    }

    @Test
    void anOrganiserHidesAPhoneNumberAndOnlyTheRedactedTextIsShown() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String text = "Paldies par laipno uzņemšanu " + marker + "! Zvaniet man: 29 123 456.";
        praiseAndConfirm(HOTEL, text);
        signIn("/admin/moderation.html");
        pickModerationParticipant("balta kapa", HOTEL_NAME);
        wait(d -> texts().contains(text));

        item(text).findElement(By.xpath(".//button[normalize-space(.)='Paslēpt daļu teksta…']")).click();
        WebElement part = visible("input[id^='redact-part-']");
        part.sendKeys("29 123 457");
        find("button[id^='redact-save-']").click();
        wait(d -> find("p[id^='redact-err-']").isDisplayed());
        assertEquals("Šādu vārdu tekstā nav: ieraksti tos tieši tā, kā tie rakstīti.", find("p[id^='redact-err-']").getText());
        part.clear();
        part.sendKeys("29 123 456");
        String redacted = "Paldies par laipno uzņemšanu " + marker + "! Zvaniet man: […].";
        wait(d -> find("p[id^='redact-preview-']").getText().equals(redacted));
        for (String lang : List.of("lv", "en", "et")) {
            for (int width : List.of(360, 1280)) {
                chromium.viewport(width, 900, width < 400);
                find("button[data-lang='" + lang + "']").click();
                wait(d -> lang.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
                wait(d -> find("p[id^='redact-preview-']").getText().equals(redacted)); // the typed part survives
                assertTrue((Long) driver.executeScript("return document.documentElement.scrollWidth;") <= width,
                        "no sideways scrolling at " + width + " px (" + lang + ")");
                chromium.screenshot(SCREENSHOTS, "console-moderation-redact-" + lang + "-" + width);
            }
        }
        find("button[data-lang='lv']").click();
        wait(d -> "lv".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        chromium.viewport(1280, 900, false);
        find("button[id^='redact-save-']").click();
        wait(d -> find("#mod-status").getText().equals("Paslēptas vietas: 1."));
        wait(d -> texts().contains(redacted) && !texts().contains(text));
        assertTrue(pendingTexts(HOTEL).contains(redacted), "the queue has the redacted text");
        assertFalse(pendingTexts(HOTEL).contains(text));

        item(redacted).findElement(By.cssSelector(".item-actions button.primary")).click();
        wait(d -> !texts().contains(redacted));
        driver.get(server.baseUrl() + "/participant.html?id=" + HOTEL);
        wait(d -> d.findElements(By.cssSelector("#wall-list > li")).stream().anyMatch(li -> li.getText().contains(marker)));
        assertTrue(find("#wall-list").getText().contains("Zvaniet man: […]."), find("#wall-list").getText());
        assertFalse(find("#wall-list").getText().contains("29 123 456"), "the wall shows the redacted text only");
    }

    @Test
    void aPhonePraiseTypedInIsShownOnThePublicPageAsPhone() {
        String text = "Piezvanīja un pateicās par konferenci – " + UUID.randomUUID();
        signIn("/admin/praise-entry.html");
        visible("#entry-search").sendKeys("ozolkalns");
        By result = By.xpath("//ul[@id='entry-results']//button[normalize-space(.)='" + CONFERENCE_NAME + "']");
        wait(ExpectedConditions.elementToBeClickable(result)).click();
        wait(d -> find("#entry-picked").getText().equals("Izvēlēts: " + CONFERENCE_NAME));
        find("#entry-employee").sendKeys("Pēteris Ozols");
        new Select(find("#entry-stars")).selectByValue("4");
        find("#entry-text").sendKeys(text);
        find("#channel-phone").click();
        find("#entry-submit").click();
        wait(d -> find("#entry-status").getText().equals("Uzslava saglabāta: " + CONFERENCE_NAME));
        assertFalse(find("#entry-errors").isDisplayed());
        assertEquals("", find("#entry-text").getAttribute("value"), "the form is emptied for the next one");
        // The list of entered praise has it on top: when, for whom, by which channel, its state, who entered it.
        wait(d -> find("#entered-rows").findElements(By.cssSelector("tr")).size() > 0
                && find("#entered-rows tr").getText().contains(CONFERENCE_NAME));
        String row = find("#entered-rows tr").getText();
        assertTrue(row.contains("Pa tālruni") && row.contains("apstiprināta") && row.contains("organiser.flows@example.lv"), row);
        for (String lang : List.of("lv", "en", "et")) {
            for (int width : List.of(360, 1280)) {
                chromium.viewport(width, 900, width < 400);
                find("button[data-lang='" + lang + "']").click();
                wait(d -> lang.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
                assertTrue((Long) driver.executeScript("return document.documentElement.scrollWidth;") <= width,
                        "no sideways scrolling at " + width + " px (" + lang + ")");
                chromium.screenshot(SCREENSHOTS, "console-praise-entry-" + lang + "-" + width);
            }
        }
        find("button[data-lang='lv']").click();
        wait(d -> "lv".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        chromium.viewport(1280, 900, false);

        driver.get(server.baseUrl() + "/participant.html?id=" + CONFERENCE);
        WebElement shown = wait(d -> d.findElements(By.cssSelector("#wall-list > li")).stream()
                .filter(li -> li.getText().contains(text)).findFirst().orElse(null));
        assertTrue(shown.getText().contains("Pa tālruni"), shown.getText());
        assertTrue(shown.getText().contains("Pēteris"), shown.getText());
        assertFalse(shown.getText().contains("Ozols"), "first name only");
    }

    @Test
    void aNominationIsListedWithItsCount() throws Exception {
        String name = "Nominētā Darbnīca " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 2; i++) {
            ObjectNode nomination = Replies.JSON.createObjectNode().put("name", i == 0 ? name : name.toUpperCase())
                    .put("email", "nominator-" + UUID.randomUUID() + "@example.com").put("consent", true)
                    .put("lang", "lv").put("website", "");
            HttpResponse<String> sent = send("POST", "/api/nominations", nomination.toString(), null);
            assertEquals(202, sent.statusCode(), sent.body());
            // Counted once its e-mailed link is confirmed.
            String to = nomination.path("email").asText();
            String text = OutboxMail.awaitNext(server.outboxDir(), to, 0, Duration.ofSeconds(10)).text();
            String token = text.replaceAll("(?s).*?/confirm\\.html\\?token=([A-Za-z0-9_.~-]+).*", "$1");
            HttpResponse<String> confirmed = send("POST", "/api/nominations/confirm", "{\"token\":\"" + token + "\"}", null);
            assertEquals(200, confirmed.statusCode(), confirmed.body());
        }
        signIn("/admin/nominations.html");
        WebElement row = wait(d -> d.findElements(By.cssSelector("#nom-rows tr")).stream()
                .filter(tr -> tr.findElement(By.cssSelector("th")).getText().startsWith(name)).findFirst().orElse(null));
        assertEquals("2", row.findElement(By.cssSelector("td.num")).getText());
        assertTrue(row.findElement(By.cssSelector("th")).getText().contains("Arī: " + name.toUpperCase()), "the other spelling");
        assertTrue(row.findElement(By.cssSelector("td.nom-reasons")).getText().contains("Neviens"), "nobody wrote a reason");
        assertTrue(find("#nom-status").getText().startsWith("Kopā:"), find("#nom-status").getText());
        assertFalse(find("#nom-error").isDisplayed());
        // One step to a participant: the add form opens with the nominated name (saving is the add route's).
        WebElement add = row.findElement(By.cssSelector("a.nom-add"));
        assertEquals("Pievienot kā dalībnieku", add.getText());
        add.click();
        wait(d -> find("#pe-name").isDisplayed() && name.equals(find("#pe-name").getAttribute("value")));
    }

    /**
     * The campaign's posters ZIP at 360 px in Latvian: the build starts, its progress shows (the worker runs
     * asynchronously), and the finished build offers its short-lived link with the number of posters.
     */
    @Test
    void thePostersZipIsBuiltWithItsProgressShownAndOffersItsLinkAt360Px() {
        chromium.viewport(360, 740, true);
        signIn("/admin/posters.html");
        visible("#poster-zip").click();
        WebElement status = find("#zip-status");
        // Until this build is done: the shared server may show an earlier build's "done" for a moment after the click.
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(120))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "done".equals(status.getAttribute("data-state")) && find("#zip-link").isDisplayed()
                        && status.getText().matches("ZIP gatavs: \\d+ plakāti\\. Saite derīga līdz \\d{2}:\\d{2}\\."));
        assertTrue(find("#zip-link").getAttribute("href").contains(LocalFiles.PREFIX), find("#zip-link").getAttribute("href"));
        assertEquals("Lejupielādēt ZIP", find("#zip-link").getText());
        assertFalse(find("#zip-progress").isDisplayed(), "no bar once built");
        assertFalse(find("#poster-error").isDisplayed());
        Long overflow = (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, overflow, "nothing wider than 360 px");
        chromium.screenshot(SCREENSHOTS, "console-posters-zip-360");
    }

    @Test
    void onePostersPdfIsFetchedAsABlobAndHandedToTheBrowserAndItsQrCodePreviewed() {
        signIn("/admin/posters.html");
        // Catch the object URL the page makes, and the link it clicks, without the browser saving a file.
        driver.executeScript("window.__blobs = []; var make = URL.createObjectURL;"
                + "URL.createObjectURL = function (b) { var u = make.call(URL, b); window.__blobs.push({url: u, type: b.type, size: b.size}); window.__blob = b; return u; };"
                + "window.__links = []; HTMLAnchorElement.prototype.click = function () { window.__links.push({href: this.href, download: this.download}); };"
                + "window.__errors = []; window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });"
                + "window.addEventListener('unhandledrejection', function (e) { window.__errors.push(String(e.reason)); });");
        visible("#poster-search").sendKeys("balta kapa");
        By result = By.xpath("//ul[@id='poster-results']//button[normalize-space(.)='" + HOTEL_NAME + "']");
        wait(ExpectedConditions.elementToBeClickable(result)).click();
        wait(d -> find("#poster-picked").getText().equals("Izvēlēts: " + HOTEL_NAME));
        new Select(find("#poster-branch")).selectByVisibleText("Jūrmala");
        assertEquals("pdf", new Select(find("#poster-format")).getFirstSelectedOption().getAttribute("value"));
        find("#poster-download").click();
        String file = wait(d -> {
            String s = find("#poster-status").getText();
            return s.startsWith("Lejupielādēts: ") ? s.substring("Lejupielādēts: ".length()) : null;
        });
        assertTrue(file.matches("plakats-\\d{4}-" + HOTEL + "-jurmala\\.pdf"), file);
        assertFalse(find("#poster-error").isDisplayed());
        assertTrue(find("#poster-download").isEnabled());

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> blobs = (List<Map<String, Object>>) driver.executeScript("return window.__blobs;");
        assertEquals(1, blobs.size(), blobs.toString());
        assertEquals("application/pdf", blobs.get(0).get("type"));
        assertTrue(((Number) blobs.get(0).get("size")).longValue() > 5_000, blobs.toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> links = (List<Map<String, Object>>) driver.executeScript("return window.__links;");
        assertEquals(1, links.size(), links.toString());
        assertEquals(blobs.get(0).get("url"), links.get(0).get("href"));
        assertEquals(file, links.get(0).get("download"));
        // The blob is a PDF: its first bytes, read in the page (the CSP's connect-src keeps fetch off blob: URLs).
        String magic = (String) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "window.__blob.slice(0, 5).text().then(done, function (e) { done('failed: ' + e); });");
        assertEquals("%PDF-", magic);
        assertFalse(find("#poster-preview").isDisplayed(), "a PDF has no preview, only the download");

        // The QR code as PNG: downloaded too, and previewed in the page from its object URL.
        new Select(find("#poster-format")).selectByValue("png");
        find("#poster-download").click();
        wait(d -> find("#poster-status").getText().matches("Lejupielādēts: qr-\\d{4}-" + HOTEL + "-jurmala\\.png"));
        WebElement img = visible("#poster-img");
        assertEquals("QR kods: " + HOTEL_NAME, img.getAttribute("alt"));
        wait(d -> ((Number) driver.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", img))
                .intValue() == 1024);
        assertEquals("image/png", driver.executeScript("return window.__blobs[1].type;"));
        assertEquals(List.of(), driver.executeScript("return window.__errors;"));
    }

    // --- steps ---

    private static void signIn(String path) {
        driver.get(server.baseUrl() + path);
        WebElement email = visible("#email");
        email.sendKeys("organiser.flows@example.lv", Keys.ENTER);
        wait(ExpectedConditions.urlContains(path));
        visible("#session");
    }

    /** The moderation filter: a participant searched by part of its name and picked from the results. */
    private static void pickModerationParticipant(String query, String name) {
        visible("#mod-search").sendKeys(query);
        By result = By.xpath("//ul[@id='mod-results']//button[normalize-space(.)='" + name + "']");
        wait(ExpectedConditions.elementToBeClickable(result)).click();
        wait(d -> find("#mod-picked").getText().equals("Izvēlēts: " + name));
    }

    private static void clearByKeys(String css) {
        WebElement input = find(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        wait(d -> input.getAttribute("value").isEmpty());
    }

    /** Read in one script: the list is rebuilt on every answer, so elements held across calls go stale. */
    @SuppressWarnings("unchecked")
    private static List<String> rowIds() {
        return (List<String>) driver.executeScript("return Array.prototype.map.call("
                + "document.querySelectorAll('#participants-rows tr'), function (tr) { return tr.dataset.participantId; });");
    }

    private static String rowText(String id) {
        return (String) driver.executeScript("var tr = document.querySelector(\"#participants-rows tr[data-participant-id='\" + arguments[0] + \"']\");"
                + "return tr ? tr.innerText : '';", id);
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts() {
        return (List<String>) driver.executeScript("return Array.prototype.map.call("
                + "document.querySelectorAll('#mod-items > li .item-text'), function (p) { return p.textContent; });");
    }

    private static WebElement item(String text) {
        return driver.findElements(By.cssSelector("#mod-items > li")).stream()
                .filter(li -> li.findElement(By.cssSelector(".item-text")).getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + text));
    }

    /** The participants' names the queue shows, each once. */
    @SuppressWarnings("unchecked")
    private static List<String> shownNames() {
        return (List<String>) driver.executeScript("var names = [];"
                + "document.querySelectorAll('#mod-items > li .item-head button.expand').forEach(function (b) {"
                + "  if (names.indexOf(b.textContent) < 0) names.push(b.textContent); });"
                + "return names;");
    }

    /** The number of "Moderāciju gaida: N". */
    private static int waiting() {
        String s = find("#mod-waiting").getText();
        Matcher m = Pattern.compile("Moderāciju gaida: (\\d+)").matcher(s.replaceAll("\\s", " ").replaceAll("(\\d) (\\d)", "$1$2"));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** A praise by the public form, confirmed by the link of its e-mail (over HTTP). */
    private static void praiseAndConfirm(String participant, String text) throws Exception {
        praiseAndConfirm(participant, text, "console-flows-" + UUID.randomUUID() + "@example.com");
    }

    /** The texts of a participant's praise waiting for review, as the organisers' API lists them. */
    private static List<String> pendingTexts(String participant) throws Exception {
        List<String> texts = new java.util.ArrayList<>();
        adminGet("/api/admin/moderation?status=pending&limit=100&participant=" + participant).path("items")
                .forEach(i -> texts.add(i.path("text").asText()));
        return texts;
    }

    private static void praiseAndConfirm(String participant, String text, String email) throws Exception {
        ObjectNode praise = Replies.JSON.createObjectNode().put("participantId", participant).put("stars", 5)
                .put("text", text).put("channel", "online").put("email", email).put("consent", true);
        // One address may praise several participants: the e-mail awaited is the one after those it already has.
        int seen = OutboxMail.to(server.outboxDir(), email).size();
        HttpResponse<String> submitted = send("POST", "/api/praise", praise.toString(), null);
        assertEquals(202, submitted.statusCode(), submitted.body());
        // The e-mail leaves the request: the sender function writes it from the queue soon after the 202.
        OutboxMail mail = OutboxMail.awaitNext(server.outboxDir(), email, seen, Duration.ofSeconds(15));
        Matcher link = TOKEN.matcher(mail.confirmationLink().toString());
        assertTrue(link.find(), "the confirmation e-mail is in the outbox: " + mail.confirmationLink());
        String token = link.group(1);
        HttpResponse<String> confirmed = send("POST", "/api/praise/confirm", "{\"token\":\"" + token + "\"}", null);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
    }

    private static JsonNode adminGet(String path) throws Exception {
        HttpResponse<String> response = send("GET", path, null, server.organiserToken());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Replies.JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        return LocalApi.send(server, method, path, body, token);
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
