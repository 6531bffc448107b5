package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.praise.testkit.NpmPackages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (npm, pinned in src/test/axe) run in headless Chromium on every public page and every
 * console page, at a desktop and a phone width (English at the desktop width too): no rule violated (WCAG 2.1 A
 * and AA and axe's best practices). The pages are loaded from the local run as a visitor would.
 */
class AccessibilityIT extends BrowserSession {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final List<String> PUBLIC = List.of("/", "/praise.html", "/results.html", "/verify.html",
            "/privacy.html", "/how-praise-is-checked.html", "/check-results.html", "/nominate.html", "/check-email.html",
            "/confirm.html?token=nav-deriga-saite", "/evaluate/", "/my/",
            "/my/opt-out.html?token=nav-deriga-saite", "/my/opt-out.html");
    private static final List<String> CONSOLE = List.of("index", "participants", "evaluations", "questionnaire", "visits",
            "review", "calibration", "standings", "moderation", "praise-entry", "nominations", "posters", "awards", "campaign");

    private static String axe;

    @BeforeAll
    static void prepare() throws IOException {
        Path basedir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        Path folder = basedir.resolve("src/test/axe");
        NpmPackages.ensureInstalled(folder, "axe-core", basedir.resolve("target"));
        axe = Files.readString(folder.resolve("node_modules/axe-core/axe.min.js"), StandardCharsets.UTF_8);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @Test
    void thePublicPagesBreakNoAccessibilityRule() {
        List<String> violations = new ArrayList<>();
        String participant = server.participantIds().get(3);
        List<String> pages = new ArrayList<>(PUBLIC);
        pages.add("/participant.html?id=" + participant);
        for (String lang : List.of("lv", "en")) {
            for (String page : pages) {
                // Every page at both widths in Latvian; the English texts (other lengths) at one.
                for (int width : lang.equals("lv") ? new int[] {1280, 360} : new int[] {1280}) {
                    chromium.viewport(width, width < 600 ? 740 : 900, width < 600);
                    driver.get(server.baseUrl() + page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
                    settle();
                    violations.addAll(audit(page + " [" + lang + ", " + width + " px]"));
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void theConsolePagesBreakNoAccessibilityRule() {
        chromium.viewport(1280, 900, false);
        chromium.clearSiteData(server.baseUrl());
        driver.get(server.baseUrl() + "/admin/index.html?lang=lv");
        List<String> violations = new ArrayList<>(audit("admin/index.html (sign-in)"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("email")))
                .sendKeys("a11y@example.lv", Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("session")));
        for (String page : CONSOLE) {
            for (int width : new int[] {1280, 360}) {
                chromium.viewport(width, width < 600 ? 740 : 900, width < 600);
                driver.get(server.baseUrl() + "/admin/" + page + ".html?lang=lv");
                settle();
                violations.addAll(audit("admin/" + page + ".html [" + width + " px]"));
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    /**
     * The evaluators' page signed in, at a phone's width (its first use), in Latvian and English: the plan
     * with a visit, and the visit form with an answer chosen and a note open.
     */
    @Test
    void theEvaluatorsPlanAndVisitFormBreakNoAccessibilityRule() throws Exception {
        String evaluator = "a11y." + UUID.randomUUID().toString().substring(0, 8) + "@example.lv";
        String campaign = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.baseUrl().resolve("/api/campaign")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        int year = Replies.JSON.readTree(campaign).path("year").asInt();
        String day = Replies.JSON.readTree(campaign).path("praiseOpensAt").asText().substring(0, 10);
        HttpResponse<String> planned = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.baseUrl().resolve("/api/admin/visits"))
                .header("Authorization", "Bearer " + server.organiserToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"year\":" + year + ",\"visits\":[{\"participantId\":\""
                        + server.participantIds().get(5) + "\",\"channel\":\"e-mail\",\"evaluator\":\"" + evaluator
                        + "\",\"dueFrom\":\"" + day + "\",\"dueTo\":\"" + day + "\"}]}")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(planned.statusCode() == 201, planned.body());
        chromium.viewport(360, 740, true);
        chromium.clearSiteData(server.baseUrl());
        driver.get(server.baseUrl() + "/evaluate/?lang=lv");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("email"))).sendKeys(evaluator, Keys.ENTER);
        List<String> violations = new ArrayList<>();
        for (String lang : List.of("lv", "en")) {
            driver.get(server.baseUrl() + "/evaluate/?lang=" + lang);
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#visits li button.primary")));
            violations.addAll(audit("evaluate/ plan [" + lang + ", 360 px]"));
            driver.findElement(By.cssSelector("#visits li button.primary")).click();
            new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("#criteria fieldset")).isEmpty());
            driver.executeScript("document.querySelector('#criteria .pick input').click();"
                    + "document.querySelector('#criteria details').open = true;");
            violations.addAll(audit("evaluate/ visit form [" + lang + ", 360 px]"));
        }

        // Its submission (every answer "not applicable" but the response time, and a yes/no) waits for review:
        // the console's review, plan and calibration pages with content.
        String token = Replies.JSON.readTree(post("/_local/token", "{\"email\":\"" + evaluator + "\",\"evaluator\":true}", null).body())
                .path("token").asText();
        var plan = Replies.JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.baseUrl()
                .resolve("/api/evaluate/plan?year=" + year)).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body());
        StringBuilder answers = new StringBuilder();
        for (var c : plan.path("questionnaires").get(plan.path("questionnaires").size() - 1).path("criteria")) {
            if (!c.path("channels").toString().contains("\"e-mail\"")) {
                continue;
            }
            String scale = c.path("scale").asText();
            String value = scale.equals("response_time") ? "6" : scale.equals("yes_no") ? "\"yes\"" : scale.equals("zero_two") ? "1" : "4";
            answers.append(answers.length() == 0 ? "" : ",").append("{\"criterion\":\"").append(c.path("id").asText())
                    .append("\",\"value\":").append(value).append(",\"note\":\"Atbildēja laipni.\"}");
        }
        String visitId = plan.path("visits").get(0).path("id").asText();
        HttpResponse<String> submitted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.baseUrl().resolve("/api/evaluate/visits/" + visitId))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"submissionId\":\"" + UUID.randomUUID() + "\",\"visitedAt\":\"" + day
                        + "T09:00\",\"place\":\"info@example.lv\",\"comment\":\"Ātri un skaidri.\",\"answers\":[" + answers + "]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(submitted.statusCode() == 200, submitted.body());
        // And a visit still planned: the plan's list has its Cancel button (armed by a first click).
        HttpResponse<String> stillPlanned = post("/api/admin/visits", "{\"year\":" + year + ",\"visits\":[{\"participantId\":\""
                + server.participantIds().get(6) + "\",\"channel\":\"phone\",\"evaluator\":\"" + evaluator
                + "\",\"dueFrom\":\"" + day + "\",\"dueTo\":\"" + day + "\"}]}", server.organiserToken());
        assertTrue(stillPlanned.statusCode() == 201, stillPlanned.body());
        chromium.viewport(1280, 900, false);
        driver.get(server.baseUrl() + "/admin/index.html?lang=lv");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("email"))).sendKeys("a11y@example.lv", Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("session")));
        for (String page : List.of("review", "visits", "calibration")) {
            for (int width : new int[] {1280, 360}) {
                chromium.viewport(width, width < 600 ? 740 : 900, width < 600);
                driver.get(server.baseUrl() + "/admin/" + page + ".html?lang=lv");
                settle();
                violations.addAll(audit("admin/" + page + ".html with a submitted visit [" + width + " px]"));
                if (page.equals("visits")) {
                    WebElement cancel = new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(
                            By.cssSelector("#visits-rows button")));
                    cancel.click();
                    new WebDriverWait(driver, WAIT).until(d -> "Apstiprināt atcelšanu".equals(cancel.getText()));
                    violations.addAll(audit("admin/visits.html, a planned visit's Cancel armed [" + width + " px]"));
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    private static HttpResponse<String> post(String path, String json, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUrl().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Lets the page's own requests finish (the pages fill themselves from the API). */
    private static void settle() {
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(driver.executeScript("return document.readyState")));
        driver.executeAsyncScript("var done = arguments[arguments.length - 1]; setTimeout(done, 600);");
    }

    @SuppressWarnings("unchecked")
    private static List<String> audit(String where) {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(axe);
        }
        Object result = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })"
                + ".then(function (r) { done(r.violations.map(function (v) {"
                + "  return { id: v.id, impact: v.impact, help: v.help,"
                + "    nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }) }; })); })"
                + ".catch(function (e) { done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]); });");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            found.add(where + ": " + v.get("id") + " (" + v.get("impact") + ") " + v.get("help") + " at " + v.get("nodes"));
        }
        return found;
    }
}
