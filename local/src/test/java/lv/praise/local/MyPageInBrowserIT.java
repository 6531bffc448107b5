package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.praise.testkit.NpmPackages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The participant's own page, /my/ (issue 18), in a real browser, with the participant routes of docs/insight.md
 * answered by a stub: a fetch wrapper injected before the page's scripts run (CDP
 * {@code Page.addScriptToEvaluateOnNewDocument}) answers the sign-in, Cognito's two calls and the insight JSON of
 * the contract, and passes everything else (the site, GET /api/campaign) to the local run. It shows the page to
 * exactly the contract's JSON while those routes are built on other branches; ParticipantViewInBrowserIT is the
 * same journey against the real routes.
 *
 * <p>At 360 and 1280 px, in Latvian and English: sign-in with a wrong then a right code, the charts drawn with a
 * table for screen readers, a group of fewer than 5 participants as "not enough data" and no figure (even one
 * planted in the stub), no rank before publication (even one planted), every string translated, the merge of two
 * spellings and a download with the bearer token; axe on the view. Screenshots: target/screenshots/my-*.png.
 */
class MyPageInBrowserIT extends BrowserSession {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    private static final String PID = "rigas-udens-stub";
    private static final String NAME = "Rīgas Ūdens – filiāļu tīkls";
    private static final String CODE = "12345678";

    private static JsonNode campaign;
    private static String axe;
    private String scriptId;

    @BeforeAll
    static void prepare() throws Exception {
        Path basedir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        Path folder = basedir.resolve("src/test/axe");
        NpmPackages.ensureInstalled(folder, "axe-core", basedir.resolve("target"));
        axe = Files.readString(folder.resolve("node_modules/axe-core/axe.min.js"), StandardCharsets.UTF_8);
        campaign = JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.baseUrl().resolve("/api/campaign")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @BeforeEach
    void newVisitor() {
        chromium.clearSiteData(server.baseUrl());
    }

    @AfterEach
    void removeStub() {
        if (scriptId != null) {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", scriptId));
            scriptId = null;
        }
    }

    @Test
    void aContactSignsInAndSeesTheirViewAtBothWidthsInLatvianAndEnglish() throws Exception {
        List<String> violations = new ArrayList<>();
        for (String lang : List.of("lv", "en")) {
            for (int width : new int[] {360, 1280}) {
                String where = lang + " " + width + " px";
                chromium.clearSiteData(server.baseUrl());
                chromium.viewport(width, width < 600 ? 740 : 900, width < 600);
                stub(insight(false));
                driver.get(server.baseUrl() + "/my/?lang=" + lang);
                signIn(where);
                String parts = fetched();
                assertTrue(parts.contains("/my/signin.js") && parts.contains("/my/view.js") && parts.contains("/assets/i18n/" + lang + "/my-view.js"), parts);
                assertFalse(parts.contains("/my/merge.js") || parts.contains("/my/pdf.js") || parts.contains("/my/org.js"), where + ": " + parts);
                chromium.screenshot(SCREENSHOTS, "my-" + lang + "-" + width);
                assertFalse(calls().contains("JSERROR"), calls());
                // The lower sections' part comes only when they come near the screen, far below on a phone.
                if (width < 600) assertFalse(fetched().contains("/my/lower.js"), where + ": " + fetched());
                drawLower();
                assertTrue(fetched().contains("/my/lower.js") && fetched().contains("/assets/i18n/" + lang + "/my-lower.js"), where + ": " + fetched());
                // Strings that arrive later don't bring the page's "loading" back.
                assertEquals("", driver.findElement(By.id("note")).getText(), where);

                // The daily chart: one bar per day with praise, and its table a row per day.
                WebElement praise = section("praise");
                long days = campaignDays().stream().filter(d -> d.getValue() > 0).count();
                WebElement daily = praise.findElement(By.tagName("figure"));
                assertEquals(days, daily.findElements(By.cssSelector("svg rect.ch-b")).size(), where);
                assertEquals(campaignDays().size() + 1, daily.findElements(By.cssSelector(".vh tr")).size(), where);
                // Every chart has its table for screen readers, and the drawing is hidden from them.
                List<WebElement> figures = driver.findElements(By.cssSelector("#body figure"));
                assertTrue(figures.size() >= 6, where + ": " + figures.size() + " charts");
                for (WebElement f : figures) {
                    assertEquals(1, f.findElements(By.cssSelector(".vh table caption")).size(), where);
                    assertEquals("true", f.findElement(By.tagName("svg")).getAttribute("aria-hidden"), where);
                }

                // The size class has 3 participants: "not enough data", no chart, no figure (the stub planted one).
                String text = bodyText();
                WebElement bm = section("benchmarks");
                List<WebElement> noData = bm.findElements(By.cssSelector(".nodata"));
                assertEquals(1, noData.size(), where);
                assertTrue(noData.get(0).findElements(By.xpath("./following-sibling::*")).isEmpty(), where);
                assertFalse(text.contains("4,99") || text.contains("4.99") || text.contains("11,11") || text.contains("11.11"), where + ": a small group's figure shows");
                // Aspects against the industry: the participant's share and the group's.
                assertTrue(bm.getText().replace('\u00a0', ' ').contains("48 %"), where + ": " + bm.getText());

                // Mystery per criterion, against each group with enough evaluated participants.
                WebElement mystery = section("mystery");
                String mysteryTable = mystery.findElement(By.cssSelector("figure table")).getAttribute("textContent");
                assertTrue(mysteryTable.contains(lang.equals("lv") ? "Sveiciens" : "Greeting") && mysteryTable.contains(lang.equals("lv") ? "85,00" : "85.00")
                        && mysteryTable.contains(lang.equals("lv") ? "78,20" : "78.20"), where + ": " + mysteryTable);
                // Per channel against the groups too: the industry's figure, never the small group's planted one.
                String channelTable = mystery.findElements(By.cssSelector("figure table")).get(1).getAttribute("textContent");
                assertTrue(channelTable.contains(lang.equals("lv") ? "77,40" : "77.40"), where + ": " + channelTable);
                assertFalse(channelTable.contains("22"), where + ": " + channelTable);

                // No rank before publication, even when the answer carries one.
                String score = section("score").getText();
                assertFalse(score.contains(string(lang, "my.sc.rank")) || score.contains("17"), where + ": " + score);
                assertTrue(score.contains(string(lang, "my.sc.noRank")), where + ": " + score);

                assertTranslated(lang, where);
                assertFitsTheWidth(where);
                violations.addAll(audit(where));
                chromium.screenshot(SCREENSHOTS, "my-" + lang + "-" + width);

                if (width == 1280) {
                    mergeAndUndo(lang, where);
                    download(where);
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void afterPublicationTheRanksAndDistancesShowInEstonian() throws Exception {
        for (int width : new int[] {360, 1280}) {
            chromium.clearSiteData(server.baseUrl());
            chromium.viewport(width, width < 600 ? 740 : 900, width < 600);
            stub(insight(true));
            driver.get(server.baseUrl() + "/my/?lang=et");
            signIn("et " + width);
            String score = section("score").getText();
            assertTrue(score.contains(string("et", "my.sc.rank")) && score.contains("17") && score.contains("4,30"), score);
            assertTranslated("et", "et " + width);
            chromium.screenshot(SCREENSHOTS, "my-et-" + width + "-published");
            if (width == 1280) {
                // Another language chosen on the page: the view's strings (a part loaded after the page's) come too.
                driver.findElement(By.cssSelector("button[data-lang=lv]")).click();
                // The view is drawn again in the new language: a heading found just before may be gone when read.
                new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                        .until(d -> string("lv", "my.praise").equals(d.findElement(By.id("h-praise")).getText()));
                assertTrue(fetched().contains("/assets/i18n/lv/my-view.js"), fetched());
                assertTranslated("lv", "et → lv " + width);
                assertEquals("", driver.findElement(By.id("note")).getText(), "et → lv " + width);
            }
            removeStub();
        }
    }

    /**
     * Before the campaign opens, with nothing yet: each part says so in words, with no chart and no figure; and an
     * address over the sign-in limits is told to wait.
     */
    @Test
    void beforeAnyPraiseEachPartSaysSoAndTooManyTriesAreToldApart() throws Exception {
        chromium.viewport(360, 740, true);
        ObjectNode empty = insight(false);
        empty.put("campaignState", "not_open");
        ObjectNode praise = (ObjectNode) empty.get("praise");
        praise.put("approved", 0).putNull("meanStars");
        praise.get("perDay").forEach(d -> ((ObjectNode) d).put("count", 0));
        praise.putArray("branches");
        praise.putArray("aspects");
        empty.putArray("texts");
        empty.putArray("employees");
        empty.putNull("mystery");
        empty.putArray("years");
        ((ObjectNode) empty.get("score")).put("visible", false);
        empty.get("benchmarks").forEach(b -> ((ObjectNode) b).put("enough", false));
        stub(empty);
        driver.get(server.baseUrl() + "/my/?lang=lv");
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("email")).isDisplayed());
        driver.findElement(By.id("email")).sendKeys("daudz@example.lv", Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("err-email")).isDisplayed());
        assertEquals(string("lv", "my.in.tooMany"), driver.findElement(By.id("err-email")).getText());
        assertFalse(driver.findElement(By.id("code")).isDisplayed());
        chromium.screenshot(SCREENSHOTS, "my-lv-360-signin-limit");
        driver.findElement(By.id("email")).clear();
        signIn("lv 360 px, empty");
        drawLower();
        String text = bodyText();
        for (String key : List.of("my.empty", "my.noTexts", "my.noEmployees", "my.noMystery", "my.sc.hidden", "my.noYears")) {
            assertTrue(text.contains(string("lv", key)), key + " in " + text);
        }
        assertTrue(text.contains(string("lv", "my.st.not_open").replace("{year}", campaign.path("year").asText())), text);
        assertTrue(driver.findElements(By.cssSelector("#body figure")).isEmpty());
        assertEquals(3, driver.findElements(By.cssSelector("#body .nodata")).size());
        assertTranslated("lv", "lv 360 px, empty");
        assertFitsTheWidth("lv 360 px, empty");
        chromium.screenshot(SCREENSHOTS, "my-lv-360-empty");
    }

    /**
     * The lower sections' part can't be fetched: each section says so with the page's error notice and a button,
     * busy no more; the button fetches it again and the sections are drawn.
     */
    @Test
    void lowerSectionsWhosePartCantBeFetchedSaySoAndTryAgainOnTheButton() throws Exception {
        chromium.viewport(360, 740, true);
        stub(insight(false));
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/my/lower.js")));
        try {
            driver.get(server.baseUrl() + "/my/?lang=lv");
            signIn("lv 360 px, lower part blocked");
            driver.executeScript("document.getElementById('h-years').scrollIntoView()");
            By notices = By.cssSelector("#body section > .notice-error");
            new WebDriverWait(driver, WAIT).until(d -> d.findElements(notices).size() == 3);
        } finally {
            driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
        assertTrue(driver.findElements(By.cssSelector("#body section[aria-busy]")).isEmpty(), "busy no more");
        Path site = lv.praise.testkit.SamTemplate.locate().resolveSibling("static-site").resolve("assets/i18n/lv/site.js");
        Matcher network = Pattern.compile("'err\\.network': '([^']+)'").matcher(Files.readString(site, StandardCharsets.UTF_8));
        assertTrue(network.find());
        for (String id : List.of("benchmarks", "mystery", "years")) {
            WebElement notice = section(id).findElement(By.cssSelector(".notice-error"));
            assertEquals(network.group(1) + " " + string("lv", "my.retry"), notice.getText().replace('\n', ' '), id);
            assertEquals(string("lv", "my.retry"), notice.findElement(By.tagName("button")).getText(), id);
        }
        List<String> violations = audit("lv 360 px, lower part failed");
        assertTrue(violations.isEmpty(), String.join("\n", violations));
        chromium.screenshot(SCREENSHOTS, "my-lv-360-lower-failed");

        section("mystery").findElement(By.cssSelector(".notice-error button")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("#body section[aria-busy]")).isEmpty()
                && d.findElements(By.cssSelector("#body .notice-error")).isEmpty());
        assertTrue(fetched().contains("/my/lower.js"), fetched());
        assertEquals("h-mystery", driver.executeScript("return document.activeElement.id"), "focus after the button went");
        for (String id : List.of("benchmarks", "mystery", "years")) {
            assertTrue(section(id).findElements(By.xpath("./*")).size() > 1, id + " drawn: " + section(id).getText());
        }
        assertFalse(calls().contains("JSERROR"), calls());
        assertTranslated("lv", "lv 360 px, lower part again");
    }

    /** From the console: the organiser's token and the admin twin, with no sign-in of its own. */
    @Test
    void anOrganiserOpensTheViewWithTheConsolesToken() throws Exception {
        chromium.viewport(1280, 900, false);
        stub(insight(false));
        driver.get(server.baseUrl() + "/my/?lang=lv");
        driver.executeScript("sessionStorage.setItem('praise.console.session', JSON.stringify({token: arguments[0]}))", server.organiserToken());
        driver.get(server.baseUrl() + "/my/?participant=" + PID + "&lang=lv");
        new WebDriverWait(driver, WAIT).until(d -> NAME.equals(d.findElement(By.id("name")).getText()));
        assertTrue(driver.findElement(By.id("console")).isDisplayed());
        assertFalse(driver.findElement(By.id("out")).isDisplayed());
        assertTrue(calls().contains("GET /api/admin/participants/" + PID + "/insight Bearer " + server.organiserToken()), calls());
        assertTrue(driver.findElement(By.id("body")).getText().contains(string("lv", "my.asOrganiser")));
        String parts = fetched();
        assertTrue(parts.contains("/my/org.js") && parts.contains("/my/view.js"), parts);
        assertFalse(parts.contains("/my/signin.js") || parts.contains("/i18n/lv/my-in.js") || parts.contains("/my/merge.js") || parts.contains("/my/pdf.js"), parts);
    }

    /** A token that has expired leads back to the sign-in, saying so; an unknown participant says so. */
    @Test
    void anExpiredSessionAndAMissingParticipantAreSaidPlainly() throws Exception {
        chromium.viewport(360, 740, true);
        stub(insight(false));
        driver.get(server.baseUrl() + "/my/?lang=lv");
        driver.executeScript("sessionStorage.setItem('praise.my.token', arguments[0])", jwt(PID, -60));
        driver.get(server.baseUrl() + "/my/?lang=lv");
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("email")).isDisplayed());
        assertEquals(string("lv", "my.in.expired"), driver.findElement(By.id("note")).getText());

        driver.executeScript("sessionStorage.setItem('praise.my.token', arguments[0])", jwt("cits-dalibnieks", 3600));
        driver.get(server.baseUrl() + "/my/?lang=lv");
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("status")).isDisplayed());
        assertEquals(string("lv", "my.notFound"), driver.findElement(By.id("status")).getText());
    }

    // --- the journey's steps ---

    private void signIn(String where) {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> d.findElement(By.id("email")).isDisplayed());
        chromium.screenshot(SCREENSHOTS, "my-signin-" + where.replace(" px", "").replace(' ', '-'));
        driver.findElement(By.id("email")).sendKeys("kontakts@example.lv", Keys.ENTER);
        wait.until(d -> d.findElement(By.id("code")).isDisplayed());
        assertTrue(driver.findElement(By.id("sent")).getText().contains("kontakts@example.lv"), where);
        driver.findElement(By.id("code")).sendKeys("00000000", Keys.ENTER);
        wait.until(d -> d.findElement(By.id("err-code")).isDisplayed());
        driver.findElement(By.id("code")).clear();
        driver.findElement(By.id("code")).sendKeys(CODE, Keys.ENTER);
        wait.until(d -> NAME.equals(d.findElement(By.id("name")).getText()));
        String calls = calls();
        // The page's language goes along: the code e-mail is written in it.
        assertTrue(calls.contains("POST /api/my/signin {\"email\":\"kontakts@example.lv\",\"lang\":\"" + where.substring(0, 2) + "\"}"), calls);
        assertTrue(calls.contains("POST /_local/cognito InitiateAuth application/x-amz-json-1.1 {\"AuthFlow\":\"USER_AUTH\",\"ClientId\":\"stub-client\","
                + "\"AuthParameters\":{\"USERNAME\":\"kontakts@example.lv\",\"PREFERRED_CHALLENGE\":\"EMAIL_OTP\"}}"), calls);
        assertTrue(calls.contains("\"ChallengeResponses\":{\"USERNAME\":\"kontakts@example.lv\",\"EMAIL_OTP_CODE\":\"" + CODE + "\"}"), calls);
        assertTrue(calls.contains("GET /api/my/participants/" + PID + " Bearer ey"), calls);
    }

    private void mergeAndUndo(String lang, String where) {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        int before = section("employees").findElements(By.cssSelector(".employees > li")).size();
        new Select(driver.findElement(By.id("merge-from"))).selectByValue("ane berzina");
        new Select(driver.findElement(By.id("merge-into"))).selectByValue("anna berzina");
        driver.findElement(By.cssSelector("form.merge button[type=submit]")).click();
        wait.until(d -> string(lang, "my.merge.done").equals(d.findElement(By.id("note")).getText()));
        assertEquals(before - 1, section("employees").findElements(By.cssSelector(".employees > li")).size(), where);
        assertTrue(calls().contains("POST /api/my/participants/" + PID + "/employees {\"merge\":\"ane berzina\",\"into\":\"anna berzina\"}"), calls());
        // The undo is the merged name's own button, drawn from the insight's list of merges (so a reload keeps it).
        WebElement undo = section("employees").findElement(By.cssSelector(".employees button.undo"));
        assertEquals(string(lang, "my.merge.undo").replace("{name}", "Ane Bērziņa"), undo.getText(), where);
        undo.click();
        wait.until(d -> string(lang, "my.merge.undone").equals(d.findElement(By.id("note")).getText()));
        assertEquals(before, section("employees").findElements(By.cssSelector(".employees > li")).size(), where);
        assertTrue(fetched().contains("/my/merge.js") && fetched().contains("/assets/i18n/" + lang + "/my-merge.js"), fetched());
        assertTrue(calls().contains("/employees {\"unmerge\":\"ane berzina\"}"), calls());
    }

    /** The report and a card are fetched with the bearer token and handed to the browser as a file. */
    private void download(String where) {
        driver.executeScript("window.__saved = []; var c = URL.createObjectURL;"
                + "URL.createObjectURL = function (b) { window.__saved.push(b.type + ' ' + b.size); return c.call(URL, b); };");
        // The PDF part loads with the first download; one that can't be fetched is said, and tried again next time.
        WebElement report = driver.findElement(By.xpath("//div[@id='body']/div[@class='actions']/button[1]"));
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/my/pdf.js")));
        report.click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("status")).isDisplayed());
        String alarm = driver.findElement(By.id("status")).getText();
        assertTrue(!alarm.isBlank() && !alarm.contains("err."), where + ": " + alarm);
        assertFalse(calls().contains("/report?"), calls());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        report.click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("note")).getText().contains("atskaite-lv.pdf"));
        assertFalse(driver.findElement(By.id("status")).isDisplayed(), where);
        section("employees").findElement(By.cssSelector(".employees > li > button")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("note")).getText().contains("kartite.pdf"));
        assertEquals(List.of("application/pdf 13", "application/pdf 13"), driver.executeScript("return window.__saved"), where);
        assertTrue(fetched().contains("/my/pdf.js"), fetched());
        String calls = calls();
        assertTrue(calls.contains("GET /api/my/participants/" + PID + "/report?lang=lv Bearer ey"), calls);
        assertTrue(calls.contains("GET /api/my/participants/" + PID + "/cards?employee=anna%20berzina&lang=lv Bearer ey")
                || calls.contains("/cards?employee=anna%20berzina&lang=en Bearer ey"), calls);
    }

    // --- what the page shows ---

    private WebElement section(String id) {
        return driver.findElement(By.xpath("//section[@aria-labelledby='h-" + id + "']"));
    }

    /**
     * The lower sections (benchmarks, mystery shopping, earlier years) are drawn by a part fetched when one of them comes
     * near the screen (my/view.js): scrolls to the last one and waits until none is aria-busy, then back to the top.
     */
    private void drawLower() {
        driver.executeScript("document.getElementById('h-years').scrollIntoView()");
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("#body section[aria-busy]")).isEmpty());
        driver.executeScript("window.scrollTo(0, 0)");
    }

    /** Nothing sticks out sideways: the page scrolls only down, at a phone's width too. */
    private void assertFitsTheWidth(String where) {
        Object wide = driver.executeScript("var w = document.documentElement.clientWidth;"
                + "return document.documentElement.scrollWidth <= w ? null : Array.from(document.querySelectorAll('body *'))"
                + ".filter(function (e) { return e.getBoundingClientRect().right > w + 1 && !e.closest('.vh'); })"
                + ".map(function (e) { return e.tagName + '.' + e.getAttribute('class') + ' ' + Math.round(e.getBoundingClientRect().right)"
                + " + ' ' + (e.textContent || '').slice(0, 40); }).slice(0, 12).join('\\n') || 'scrollWidth ' + document.documentElement.scrollWidth;");
        assertEquals(null, wide, where + ": wider than the window");
        // The charts' texts on one line never run into each other (four weekly dates once did at 360 px).
        Object overlap = driver.executeScript("var out = [];"
                + "document.querySelectorAll('svg.ch').forEach(function (g) {"
                + "  var r = Array.from(g.querySelectorAll('text')).map(function (t) { return [t.getBoundingClientRect(), t.textContent]; });"
                + "  r.forEach(function (a, i) { r.slice(i + 1).forEach(function (b) {"
                + "    if (a[0].width && b[0].width && Math.abs(a[0].top - b[0].top) < 2 && a[0].left < b[0].right && b[0].left < a[0].right) out.push(a[1] + ' / ' + b[1]);"
                + "  }); });"
                + "});"
                + "return out.length ? out.slice(0, 6).join('\\n') : null;");
        assertEquals(null, overlap, where + ": chart texts overlap");
    }

    private String bodyText() {
        return (String) driver.executeScript("return document.body.innerText + ' ' + Array.from(document.querySelectorAll('.vh table, svg text'))"
                + ".map(function (e) { return e.textContent; }).join(' ')");
    }

    /**
     * No key shown raw, no code of the vocabulary or of the API, and on a page not in English no English string of
     * the page's own (every literal part of 5 letters or more of an English string that differs from the page's).
     */
    private void assertTranslated(String lang, String where) throws IOException {
        String text = bodyText();
        Matcher key = Pattern.compile("\\b(my|err|site|nav)\\.[a-zA-Z.]+").matcher(text);
        assertFalse(key.find(), where + ": a raw key " + (key.hitEnd() ? "" : key.group()));
        // In English some codes are words too ("online", "branch"): there only the codes that are no words.
        List<String> codes = new ArrayList<>(List.of("sizeClass", "e-mail", "greeting", "not_open", "not_evaluated", "below_threshold"));
        if (!lang.equals("en")) {
            codes.addAll(List.of("online", "branch", "paper", "phone", "visit", "industry", "category", "open", "published"));
            campaign.path("aspects").forEach(a -> codes.add(a.path("code").asText()));
        }
        for (String code : codes) {
            assertFalse(Pattern.compile("(?<![\\w.@-])" + Pattern.quote(code) + "(?![\\w.@-])").matcher(text).find(), where + ": the code " + code + " shows");
        }
        if (lang.equals("en")) {
            return;
        }
        Map<String, String> english = strings("en"), own = strings(lang);
        for (Map.Entry<String, String> e : english.entrySet()) {
            if (e.getValue().equals(own.get(e.getKey()))) {
                continue;
            }
            for (String part : e.getValue().split("\\{\\w+\\}")) {
                String literal = part.trim();
                if (literal.length() >= 5 && literal.matches(".*[A-Za-z]{3}.*") && !own.containsValue(literal)) {
                    assertFalse(text.contains(literal), where + ": English text shows: '" + literal + "' (" + e.getKey() + ")");
                }
            }
        }
    }

    private static Map<String, String> strings(String lang) throws IOException {
        // The page's strings come in parts, as its scripts do: my.js for every state, my-in.js, my-view.js, ...
        Path dir = lv.praise.testkit.SamTemplate.locate().resolveSibling("static-site").resolve("assets/i18n/" + lang);
        Map<String, String> found = new java.util.LinkedHashMap<>();
        List<Path> files;
        try (java.util.stream.Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().matches("my(-[a-z]+)?\\.js")).sorted().toList();
        }
        assertTrue(files.size() > 1, dir + ": " + files);
        for (Path file : files) {
            Matcher m = Pattern.compile("'([^']+)': '((?:[^'\\\\]|\\\\.)*)'").matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                assertTrue(found.put(m.group(1), m.group(2).replace("\\'", "'")) == null, "twice: " + m.group(1));
            }
        }
        return found;
    }

    private static String string(String lang, String key) {
        try {
            return strings(lang).get(key);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> audit(String where) {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(axe);
        }
        Object result = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })"
                + ".then(function (r) { done(r.violations.map(function (v) {"
                + "  return v.id + ' (' + v.impact + ') ' + v.help + ' at ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }); })); })"
                + ".catch(function (e) { done(['axe-error ' + e]); });");
        List<String> found = new ArrayList<>();
        for (String v : (List<String>) result) {
            found.add("/my/ [" + where + "]: " + v);
        }
        return found;
    }

    // --- the stub ---

    /**
     * Installs the fetch stub for the next page loads: each call is recorded as "METHOD path[ target][ content
     * type] body|Bearer token" in window.__calls (kept in sessionStorage across loads); the routes of the
     * contract are answered from here, anything else goes to the local run.
     */
    private void stub(ObjectNode insight) throws IOException {
        ArrayNode employees = (ArrayNode) insight.get("employees");
        ObjectNode merged = JSON.createObjectNode();
        ArrayNode mergedList = merged.putArray("employees");
        if (employees.size() == 3) {
            ObjectNode anna = employees.get(0).deepCopy();
            anna.put("count", 3);
            anna.putArray("spellings").add("Anna Bērziņa").add("anna berzina").add("Ane Bērziņa");
            anna.putArray("merged").addObject().put("key", "ane berzina").put("name", "Ane Bērziņa");
            mergedList.add(anna);
            mergedList.add(employees.get(2));
        }
        ObjectNode unmerged = JSON.createObjectNode();
        unmerged.set("employees", employees);
        String script = "(function () {"
                + "var INSIGHT = " + JSON.writeValueAsString(insight) + ", MERGED = " + JSON.writeValueAsString(merged)
                + ", UNMERGED = " + JSON.writeValueAsString(unmerged) + ", TOKEN = '" + jwt(PID, 3600) + "';"
                + "var real = window.fetch.bind(window);"
                + "window.addEventListener('error', function (e) { log('JSERROR ' + e.message + ' ' + e.filename + ':' + e.lineno); });"
                + "window.addEventListener('unhandledrejection', function (e) { log('JSERROR ' + (e.reason && e.reason.stack)); });"
                + "function log(s) { var a = JSON.parse(sessionStorage.getItem('__calls') || '[]'); a.push(s); sessionStorage.setItem('__calls', JSON.stringify(a)); }"
                + "function answer(status, body, type, name) {"
                + "  var h = { 'Content-Type': type || 'application/json' }; if (name) h['Content-Disposition'] = 'attachment; filename=\"' + name + '\"';"
                + "  return Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: status, headers: h })); }"
                + "window.fetch = function (input, init) {"
                + "  init = init || {}; var h = init.headers || {}, u = new URL(typeof input === 'string' ? input : input.url, location.href);"
                + "  var m = init.method || 'GET', p = u.pathname + u.search, target = (h['X-Amz-Target'] || '').replace('AWSCognitoIdentityProviderService.', '');"
                + "  var b = init.body || '';"
                + "  log(m + ' ' + p + (target ? ' ' + target + ' ' + h['Content-Type'] : '') + ' ' + (b || (h.Authorization || '')));"
                + "  var mine = '/api/my/participants/" + PID + "', theirs = /^\\/api\\/(my|admin)\\/participants\\/(?!" + PID + ")/;"
                + "  if (p === '/api/my/signin') return /daudz/.test(b) ? answer(429, { error: { code: 'limit_reached', field: 'email' } }) : answer(202, { next: 'code' });"
                + "  if (p === '/api/console/config') return answer(200, { auth: 'local', participants: { endpoint: '/_local/cognito', clientId: 'stub-client' } });"
                + "  if (target === 'InitiateAuth') return answer(200, { ChallengeName: 'EMAIL_OTP', Session: 'session-1', ChallengeParameters: {} });"
                + "  if (target === 'RespondToAuthChallenge') return JSON.parse(b).ChallengeResponses.EMAIL_OTP_CODE === '" + CODE + "'"
                + "    ? answer(200, { AuthenticationResult: { IdToken: TOKEN, ExpiresIn: 3600, TokenType: 'Bearer' } })"
                + "    : answer(400, { __type: 'CodeMismatchException', message: 'Invalid code received for user' });"
                + "  if (theirs.test(p)) return answer(404, { error: { code: 'not_found', field: 'id' } });"
                + "  if (p === mine || p === '/api/admin/participants/" + PID + "/insight') {"
                + "    var i = JSON.parse(JSON.stringify(INSIGHT)); i.viewer.organiser = p !== mine; return answer(200, i); }"
                + "  if (/\\/employees$/.test(p)) return answer(200, JSON.parse(b).merge ? MERGED : UNMERGED);"
                + "  if (/\\/report\\?/.test(p)) return answer(200, '%PDF-1.7 stub', 'application/pdf', 'atskaite-' + u.searchParams.get('lang') + '.pdf');"
                + "  if (/\\/cards\\?/.test(p)) return answer(200, '%PDF-1.7 stub', 'application/pdf', 'kartite.pdf');"
                + "  return real(input, init); };"
                + "}());";
        Files.createDirectories(SCREENSHOTS);
        Files.writeString(SCREENSHOTS.resolve("my-stub.js"), script, StandardCharsets.UTF_8);
        scriptId = (String) driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script)).get("identifier");
        driver.get(server.baseUrl() + "/privacy.html");
        driver.executeScript("sessionStorage.removeItem('__calls')");
    }

    /** The site's files this page has fetched so far (the page loads its parts when shown or first used). */
    private static String fetched() {
        return String.valueOf(driver.executeScript("return performance.getEntriesByType('resource').map(function (e) { return new URL(e.name).pathname; }).join(' ')"));
    }

    private String calls() {
        return String.valueOf(driver.executeScript("return JSON.parse(sessionStorage.getItem('__calls') || '[]').join('\\n')"));
    }

    /** An unsigned ID token of the shape Cognito gives: the page reads its claims, the stub its presence. */
    private static String jwt(String participants, long validSeconds) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String claims = "{\"email\":\"kontakts@example.lv\",\"custom:participants\":\"" + participants + "\",\"exp\":"
                + (System.currentTimeMillis() / 1000 + validSeconds) + "}";
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    private static List<Map.Entry<String, Integer>> campaignDays() {
        LocalDate first = LocalDate.parse(campaign.path("praiseOpensAt").asText().substring(0, 10));
        List<Map.Entry<String, Integer>> days = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            days.add(Map.entry(first.plusDays(i).toString(), i < 9 ? (i * 7) % 5 : 0));
        }
        return days;
    }

    /** The JSON of GET /api/my/participants/{id} (docs/insight.md), with the local campaign's own codes. */
    private static ObjectNode insight(boolean published) throws IOException {
        String aspect1 = campaign.path("aspects").get(0).path("code").asText();
        String aspect2 = campaign.path("aspects").get(1).path("code").asText();
        StringBuilder perDay = new StringBuilder();
        for (Map.Entry<String, Integer> d : campaignDays()) {
            perDay.append(perDay.length() == 0 ? "" : ",").append("{\"date\":\"").append(d.getKey()).append("\",\"count\":").append(d.getValue()).append('}');
        }
        String rank = published ? "17" : "null";
        String json = """
            {"participant": {"id": "%1$s", "name": "%2$s", "category": "%3$s", "industry": "%4$s", "sizeClass": "%5$s",
               "branches": ["Rīga, Brīvības iela 1", "Jelgava, Lielā iela 12"]},
             "campaignYear": %6$d, "campaignState": "%7$s",
             "praise": {"approved": 42, "meanStars": "4.60", "perDay": [%8$s],
                "stars": {"1": 0, "2": 1, "3": 2, "4": 10, "5": 29},
                "channels": {"online": 30, "branch": 12, "phone": 0, "paper": 0},
                "branches": [{"key": "Rīga, Brīvības iela 1", "count": 9}, {"key": "Jelgava, Lielā iela 12", "count": 3}],
                "aspects": [{"key": "%9$s", "count": 20}, {"key": "%10$s", "count": 7}]},
             "texts": [
               {"id": "t1", "confirmedAt": "2027-03-02T09:15:00Z", "stars": 5, "channel": "online", "branch": null, "employee": "Anna Bērziņa",
                "aspects": ["%9$s"], "text": "Ļoti laipni un ātri palīdzēja ar rēķinu."},
               {"id": "t2", "confirmedAt": "2027-03-05T12:00:00Z", "stars": 4, "channel": "branch", "branch": "Rīga, Brīvības iela 1",
                "employee": "Ane Bērziņa", "aspects": ["%10$s"], "text": "Izskaidroja visu saprotami."},
               {"id": "t3", "confirmedAt": "2027-03-04T08:30:00Z", "stars": 5, "channel": "online", "branch": null, "employee": "Jānis Ozoliņš",
                "aspects": [], "text": "Paldies par pacietību!"}],
             "moreTexts": false,
             "employees": [
               {"key": "anna berzina", "name": "Anna Bērziņa", "spellings": ["Anna Bērziņa", "anna berzina"], "count": 2, "praiseIds": ["t1"]},
               {"key": "ane berzina", "name": "Ane Bērziņa", "spellings": ["Ane Bērziņa"], "count": 1, "praiseIds": ["t2"]},
               {"key": "janis ozolins", "name": "Jānis Ozoliņš", "spellings": ["Jānis Ozoliņš"], "count": 1, "praiseIds": ["t3"]}],
             "benchmarks": [
               {"group": "industry", "code": "%4$s", "participants": 12, "enough": true, "participantMeanStars": "4.60", "groupMeanStars": "4.21",
                "aspects": [{"aspect": "%9$s", "participant": "0.48", "group": "0.35"}, {"aspect": "%10$s", "participant": "0.17", "group": "0.22"}],
                "criteria": {"greeting": "78.20", "solution": "70.00"}, "evaluatedParticipants": 6, "enoughEvaluated": true,
                "channels": {"visit": "77.40"}},
               {"group": "category", "code": "%3$s", "participants": 30, "enough": true, "participantMeanStars": "4.60", "groupMeanStars": "4.40",
                "aspects": [{"aspect": "%9$s", "participant": "0.48", "group": "0.41"}], "criteria": {}, "evaluatedParticipants": 2, "enoughEvaluated": false},
               {"group": "sizeClass", "code": "%5$s", "participants": 3, "enough": false, "participantMeanStars": "4.60", "groupMeanStars": "4.99",
                "aspects": [], "criteria": {"greeting": "11.11"}, "evaluatedParticipants": 1, "enoughEvaluated": false,
                "channels": {"visit": "22.22"}}],
             "mystery": {"visits": 4, "criteria": [
                 {"id": "greeting", "wording": {"lv": "Sveiciens", "en": "Greeting", "et": "Tervitus"}, "overall": "85.00", "byChannel": {"visit": "80.00"}, "n": 4},
                 {"id": "solution", "wording": {"lv": "Risinājums", "en": "Solution", "et": "Lahendus"}, "overall": "62.50", "byChannel": {"phone": "62.50"}, "n": 2}],
               "byChannel": {"visit": "82.50", "phone": "62.50"}, "notes": ["Darbiniece sasveicinājās uzreiz."]},
             "score": {"visible": true, "published": %11$s, "online": "46.10", "branch": "20.00", "mystery": "16.00", "total": %12$s,
               "rankOverall": %13$s, "rankInCategory": %14$s, "rankInSizeClass": %14$s, "threshold": %15$s, "toThreshold": %16$s,
               "topN": %17$s, "toTopN": %18$s, "eligible": %11$s, "reason": null},
             "years": [{"year": %19$d, "approved": 35, "meanStars": "4.40", "total": "71.20", "rank": 12,
                "qualityMarkTitle": "Klienti mūs uzslavē %19$d", "certificateCode": "ABCD-EFGH-IJKL-MNOP"}],
             "computedAt": "2027-03-10T03:00:00Z", "viewer": {"organiser": false, "digest": true}}
            """.formatted(PID, NAME, campaign.path("categories").get(0).path("code").asText(), campaign.path("industries").get(0).path("code").asText(),
                campaign.path("sizeClasses").get(0).path("code").asText(), campaign.path("year").asInt(), published ? "published" : "open",
                perDay, aspect1, aspect2, published, published ? "\"83.10\"" : "null",
                // Planted before publication: a rank the page must not show.
                published ? rank : "17", published ? "4" : "null", published ? "\"80.00\"" : "null", published ? "\"-3.10\"" : "null",
                published ? "50" : "null", published ? "\"4.30\"" : "null", campaign.path("year").asInt() - 1);
        return (ObjectNode) JSON.readTree(json);
    }
}
