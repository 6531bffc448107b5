package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 18's "Must show", end to end against the real routes (docs/insight.md): a participant's contact signs in on
 * /my/ with the code the local Cognito twin puts in the outbox, and sees – at 360 and 1280 px, in Latvian and
 * English – its daily chart, its aspects against its industry, the employees named (a planted pair of spellings
 * merged through the page) and its per-criterion mystery results; it downloads its PDF report, parsed back for its
 * name, figures and diacritics, and a praise card for one employee.
 *
 * <p>Needs the branches that build POST /api/my/signin and the twin at /_local/cognito, the insight and merge
 * routes, and the report and card routes: it fails until they are merged. MyPageInBrowserIT shows the same page to
 * a stub of the same JSON meanwhile.
 */
class ParticipantViewInBrowserIT extends BrowserSession {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Pattern CODE = Pattern.compile("(?<!\\d)(\\d{8})(?!\\d)");

    private static Path downloads;

    @BeforeAll
    static void prepare() throws IOException {
        downloads = Files.createTempDirectory("praise-my-downloads-");
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @Test
    void aContactSignsInWithTheEmailedCodeSeesItsInsightAndDownloadsItsReportAndACard() throws Exception {
        String organiser = server.organiserToken();
        JsonNode campaign = Replies.JSON.readTree(send("GET", "/api/campaign", null, null).body());
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "Ķekavas Ģimenes Ārsti " + suffix;
        String email = "kontakts-" + suffix + "@example.lv";
        String aspect = campaign.path("aspects").get(0).path("code").asText();

        // A participant of its own, with a contact, praise naming one employee in two spellings and another employee.
        HttpResponse<String> created = send("POST", "/api/admin/participants", "{\"name\":\"" + name + "\",\"category\":\""
                + campaign.path("categories").get(0).path("code").asText() + "\",\"industry\":\"" + campaign.path("industries").get(0).path("code").asText()
                + "\",\"sizeClass\":\"" + campaign.path("sizeClasses").get(0).path("code").asText() + "\",\"branches\":[\"Ķekava, Rīgas iela 22\"],"
                + "\"contactEmail\":\"" + email + "\"}", organiser);
        assertEquals(201, created.statusCode(), created.body());
        String id = Replies.JSON.readTree(created.body()).path("id").asText();
        HttpResponse<String> contacts = send("PUT", "/api/admin/participants/" + id + "/contacts", "{\"contacts\":[\"" + email + "\"]}", organiser);
        assertEquals(200, contacts.statusCode(), contacts.body());
        for (String[] p : new String[][] {{"Anna Bērziņa", "5", "phone", "Anna Bērziņa ļoti laipni izskaidroja rēķinu."},
                {"Anna Bērziņa", "4", "paper", "Ātri un pieklājīgi, paldies Annai."}, {"Ane Bērziņa", "5", "phone", "Ane palīdzēja atrast īsto ārstu."},
                {"Jānis Ozoliņš", "5", "phone", "Jānis pacietīgi atbildēja uz visiem jautājumiem."}}) {
            HttpResponse<String> praise = send("POST", "/api/admin/praise", "{\"participantId\":\"" + id + "\",\"employee\":\"" + p[0]
                    + "\",\"stars\":" + p[1] + ",\"aspects\":[\"" + aspect + "\"],\"text\":\"" + p[3] + "\",\"channel\":\"" + p[2] + "\",\"lang\":\"lv\"}", organiser);
            assertEquals(201, praise.statusCode(), praise.body());
        }
        String criterion = approvedVisit(id, campaign, organiser);
        // The night's run (not the organisers' "recalculate now", which leaves the insight to the night): standings,
        // then every participant's insight and the benchmark groups.
        HttpResponse<String> recalculated = send("POST", "/_local/run/NightlyRecalculationFunction", null, organiser);
        assertEquals(200, recalculated.statusCode(), recalculated.body());

        // Sign-in: the address, then the code from the outbox.
        chromium.clearSiteData(server.baseUrl());
        chromium.viewport(360, 740, true);
        driver.get(server.baseUrl() + "/my/?lang=lv");
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> d.findElement(By.id("email")).isDisplayed());
        int seen = OutboxMail.to(server.outboxDir(), email).size();
        driver.findElement(By.id("email")).sendKeys(email, Keys.ENTER);
        wait.until(d -> d.findElement(By.id("code")).isDisplayed());
        OutboxMail mail = OutboxMail.awaitNext(server.outboxDir(), email, seen, WAIT);
        Matcher code = CODE.matcher(mail.text());
        assertTrue(code.find(), "no 8-digit code in: " + mail.text());
        driver.findElement(By.id("code")).sendKeys(code.group(1), Keys.ENTER);
        wait.until(d -> name.equals(d.findElement(By.id("name")).getText()));
        String token = (String) driver.executeScript("return sessionStorage.getItem('praise.my.token')");
        JsonNode insight = Replies.JSON.readTree(send("GET", "/api/my/participants/" + id, null, token).body());

        // The planted pair merged through the page, once.
        new Select(driver.findElement(By.id("merge-from"))).selectByVisibleText("Ane Bērziņa");
        new Select(driver.findElement(By.id("merge-into"))).selectByVisibleText("Anna Bērziņa");
        driver.findElement(By.cssSelector("form.merge button[type=submit]")).click();
        wait.until(d -> d.findElements(By.cssSelector(".employees summary")).size() == 2);

        for (String lang : List.of("lv", "en")) {
            for (int width : new int[] {360, 1280}) {
                String where = lang + " " + width + " px";
                chromium.viewport(width, width < 600 ? 740 : 900, width < 600);
                driver.get(server.baseUrl() + "/my/?lang=" + lang);
                wait.until(d -> name.equals(d.findElement(By.id("name")).getText()));
                // The merge made before this load is listed with its undo (the insight names what was merged).
                assertTrue(section("employees").findElements(By.cssSelector(".employees button.undo")).stream()
                        .anyMatch(b -> b.getText().contains("Ane Bērziņa")), where);

                WebElement daily = section("praise").findElement(By.tagName("figure"));
                assertEquals(4, daily.findElements(By.cssSelector(".vh td")).stream().mapToInt(td -> Integer.parseInt(td.getAttribute("textContent"))).sum(), where);
                assertFalse(daily.findElements(By.cssSelector("svg rect.ch-b")).isEmpty(), where);

                String aspectName = campaign.path("aspects").get(0).path("name").path(lang).asText();
                WebElement industry = section("benchmarks").findElements(By.cssSelector(".bm")).get(0);
                JsonNode industryGroup = insight.path("benchmarks").get(0);
                assertEquals("industry", industryGroup.path("group").asText());
                if (industryGroup.path("enough").asBoolean()) {
                    assertTrue(industry.findElement(By.cssSelector(".vh table")).getAttribute("textContent").contains(aspectName), where);
                } else {
                    assertFalse(industry.findElements(By.cssSelector(".nodata")).isEmpty(), where);
                    assertTrue(industry.findElements(By.tagName("figure")).isEmpty(), where);
                }

                List<WebElement> employees = section("employees").findElements(By.cssSelector(".employees summary"));
                assertEquals(2, employees.size(), where);
                assertTrue(employees.get(0).getText().startsWith("Anna Bērziņa") && employees.get(0).getText().endsWith("3"), where + ": " + employees.get(0).getText());

                String mystery = section("mystery").findElement(By.cssSelector(".vh table")).getAttribute("textContent");
                assertTrue(mystery.contains(criterion(insight, criterion, lang)), where + ": " + mystery);
                chromium.screenshot(Path.of(System.getProperty("basedir", "."), "target", "screenshots"), "participant-view-" + lang + "-" + width);
            }
        }

        // The report (Latvian) and one employee's praise card, downloaded as files.
        driver.get(server.baseUrl() + "/my/?lang=lv");
        wait.until(d -> name.equals(d.findElement(By.id("name")).getText()));
        driver.findElement(By.xpath("//div[@id='body']/div[@class='actions']/button[1]")).click();
        String report = pdfText(awaitPdf(1));
        assertTrue(report.contains(name), "the report names the participant: " + report);
        String approved = insight.path("praise").path("approved").asText(), mean = insight.path("praise").path("meanStars").asText();
        assertEquals("4", approved);
        assertTrue(report.contains(approved) && (report.contains(mean) || report.contains(mean.replace('.', ','))),
                "the report's figures (" + approved + " praise, " + mean + " stars): " + report);
        assertTrue(report.contains("Anna Bērziņa") && report.contains("Jānis Ozoliņš"), "the employees praised, with their diacritics: " + report);
        section("employees").findElement(By.cssSelector(".employees > li > button")).click();
        String card = pdfText(awaitPdf(2));
        assertTrue(card.contains("Anna Bērziņa") && card.contains("ļoti laipni izskaidroja rēķinu"), "the card: " + card);
    }

    /** Plans, submits (every criterion of its channel answered) and approves one visit; answers a criterion's id. */
    private static String approvedVisit(String participant, JsonNode campaign, String organiser) throws Exception {
        String evaluator = "my." + UUID.randomUUID().toString().substring(0, 8) + "@example.lv";
        int year = campaign.path("year").asInt();
        String day = campaign.path("praiseOpensAt").asText().substring(0, 10);
        HttpResponse<String> planned = send("POST", "/api/admin/visits", "{\"year\":" + year + ",\"visits\":[{\"participantId\":\"" + participant
                + "\",\"channel\":\"phone\",\"evaluator\":\"" + evaluator + "\",\"dueFrom\":\"" + day + "\",\"dueTo\":\"" + day + "\"}]}", organiser);
        assertEquals(201, planned.statusCode(), planned.body());
        String token = Replies.JSON.readTree(send("POST", "/_local/token", "{\"email\":\"" + evaluator + "\",\"evaluator\":true}", null).body()).path("token").asText();
        JsonNode plan = Replies.JSON.readTree(send("GET", "/api/evaluate/plan?year=" + year, null, token).body());
        StringBuilder answers = new StringBuilder();
        String first = null;
        for (JsonNode c : plan.path("questionnaires").get(plan.path("questionnaires").size() - 1).path("criteria")) {
            if (!c.path("channels").toString().contains("\"phone\"")) {
                continue;
            }
            String scale = c.path("scale").asText();
            String value = scale.equals("response_time") ? "6" : scale.equals("yes_no") ? "\"yes\"" : scale.equals("zero_two") ? "2" : "4";
            answers.append(answers.length() == 0 ? "" : ",").append("{\"criterion\":\"").append(c.path("id").asText()).append("\",\"value\":").append(value).append('}');
            first = first == null ? c.path("id").asText() : first;
        }
        String visit = plan.path("visits").get(0).path("id").asText();
        HttpResponse<String> submitted = send("PUT", "/api/evaluate/visits/" + visit, "{\"submissionId\":\"" + UUID.randomUUID() + "\",\"visitedAt\":\""
                + day + "T09:00\",\"place\":\"+371 67000000\",\"comment\":\"Laipni un ātri.\",\"answers\":[" + answers + "]}", token);
        assertEquals(200, submitted.statusCode(), submitted.body());
        HttpResponse<String> approved = send("POST", "/api/admin/visits/" + visit + "/review", "{\"decision\":\"approve\"}", organiser);
        assertEquals(200, approved.statusCode(), approved.body());
        return first;
    }

    private static String criterion(JsonNode insight, String id, String lang) {
        for (JsonNode c : insight.path("mystery").path("criteria")) {
            if (c.path("id").asText().equals(id)) {
                return c.path("wording").path(lang).asText();
            }
        }
        throw new AssertionError("criterion " + id + " is not in the insight: " + insight.path("mystery"));
    }

    /** A section, scrolled to: the lower ones are drawn when they come near the screen (my/view.js), aria-busy until then. */
    private static WebElement section(String id) {
        WebElement section = driver.findElement(By.xpath("//section[@aria-labelledby='h-" + id + "']"));
        driver.executeScript("arguments[0].scrollIntoView()", section);
        new WebDriverWait(driver, WAIT).until(d -> section.getAttribute("aria-busy") == null);
        return section;
    }

    /** Waits until the download folder holds {@code count} finished PDFs; answers the newest. */
    private static Path awaitPdf(int count) {
        return new WebDriverWait(driver, WAIT).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified())).toList();
                return pdfs.size() >= count ? pdfs.get(pdfs.size() - 1) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String pdfText(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        return LocalApi.send(server, method, path, body, token);
    }
}
