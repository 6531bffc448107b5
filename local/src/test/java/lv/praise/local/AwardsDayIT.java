package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import lv.praise.domain.CalendarDates;
import lv.praise.domain.Lang;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Awards day against the whole local run: the results and verification pages before publication; the
 * organiser closes the praise window and publishes; the certificate e-mails in the outbox (one PDF each,
 * with the participant's name as written); the published TOP-50 in the browser; a code from an e-mail
 * verified on the site, by hand and by link, and a forged one refused.
 *
 * <p>Publishing freezes the campaign for good, so the tests run in order and this class has a JVM (and a
 * local server) of its own: the build runs {@code AwardsDay*IT} in a failsafe execution apart. One
 * Chromium for the class; screenshots at 360 and 1280 px go to target/screenshots/.
 */
@TestMethodOrder(OrderAnnotation.class)
class AwardsDayIT extends FreshVisitorSession {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    private static final String MARK = "Klienti mūs uzslavē";
    private static final int AWARDEES = 50;
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private static int year;

    /** Filled by the outbox test, used by the browser tests after it. */
    private static final List<OutboxMail.Certificate> MAILS = new ArrayList<>();
    /** Code → the certificate as GET /api/certificates/{code} answers it. */
    private static final Map<String, JsonNode> CERTIFICATES = new LinkedHashMap<>();

    @BeforeAll
    static void prepare() throws Exception {
        year = getJson("/api/campaign", 200).get("year").asInt();
    }

    @Test
    @Order(1)
    void beforePublicationTheResultsPageSaysWhenAndNoCodeIsValid() throws Exception {
        JsonNode campaign = getJson("/api/campaign", 200);
        assertNotEquals("published", campaign.get("state").asText());
        assertError(get("/api/results/" + year), 404, "not_found");

        // The awards day, in the campaign's time zone, as the page must show it.
        ZoneId zone = ZoneId.of(campaign.get("timeZone").asText());
        LocalDate awards = OffsetDateTime.parse(campaign.get("awardsAt").asText()).atZoneSameInstant(zone).toLocalDate();
        driver.get(server.baseUrl() + "/results.html?lang=lv");
        WebElement status = wait(d -> {
            WebElement s = find("#results-status");
            return "upcoming".equals(s.getAttribute("data-state")) ? s : null;
        });
        // The day on which, as the campaign writes it (locative: "… paziņoti 2027. gada 2. janvārī.").
        assertEquals("Rezultāti tiks paziņoti " + CalendarDates.on(Lang.LV, awards) + ".", status.getText());
        assertEquals(awards.toString(), find("#results-status time").getAttribute("datetime"));
        assertFalse(find("#results").isDisplayed(), "no results before publication");
        assertEquals("Rezultāti", find("h1").getText());

        // A well-formed code: no certificate has it (there are none yet).
        String unknown = randomCode();
        assertError(get("/api/certificates/" + unknown), 404, "not_found");
        openVerifyPage("");
        typeCode(unknown);
        WebElement invalid = visible("#cert-invalid");
        assertEquals("Nav derīgs sertifikāts", find("#cert-invalid-heading").getText());
        assertTrue(invalid.getText().contains(unknown), invalid.getText());
        assertFalse(find("#cert-valid").isDisplayed());
        assertTrue(driver.getCurrentUrl().contains("code=" + unknown), "the address keeps the code: " + driver.getCurrentUrl());

        // A malformed one is the field's error, naming the format; the API says so too.
        typeCode("7KQ2-M9XD");
        WebElement fieldError = visible("#err-code");
        assertTrue(fieldError.getText().contains("XXXX-XXXX-XXXX-XXXX"), fieldError.getText());
        assertEquals("true", find("#code").getAttribute("aria-invalid"));
        assertFalse(find("#cert-invalid").isDisplayed());
        assertError(get("/api/certificates/7KQ2-M9XD"), 400, "invalid");
    }

    @Test
    @Order(2)
    void organiserClosesTheWindowPreviewsAndPublishes() throws Exception {
        // Not while praise is still open.
        assertError(postAdmin("/api/admin/awards/publish"), 409, "not_closed");

        // The organiser's way, in the console: sign in, close the window (confirmed), type the year, publish,
        // and watch the letters' progress reach 100 %.
        driver.get(server.baseUrl() + "/admin/awards.html?lang=lv");
        visible("#email").sendKeys("anna.publisher@example.lv", org.openqa.selenium.Keys.ENTER);
        wait(ExpectedConditions.urlContains("/admin/awards.html"));
        WebElement state = visible("#awards-state");
        wait(d -> "open".equals(state.getAttribute("data-state")));
        visible("#close-window").click();
        visible("#close-yes").click();
        wait(d -> "closed".equals(state.getAttribute("data-state")));
        assertEquals("closed", getJson("/api/campaign", 200).get("state").asText());

        HttpResponse<String> preview = getAdmin("/api/admin/awards/preview");
        assertEquals(200, preview.statusCode(), preview.body());
        assertTrue(JSON.readTree(preview.body()).path("publishable").asBoolean(), preview.body());
        assertError(get("/api/results/" + year), 404, "not_found"); // a preview publishes nothing

        visible("#publish-section");
        WebElement typed = visible("#confirm-year");
        assertTrue(find("#publish").getSize().getHeight() >= 44, "the irreversible button is a full-size one");
        find("#publish").click();
        // An empty field asks for the year; a wrong one says it isn't the campaign's.
        assertEquals("Ieraksti kampaņas gadu, lai apstiprinātu.", visible("#err-confirmYear").getText());
        typed.sendKeys(Integer.toString(year - 1));
        find("#publish").click();
        wait(d -> find("#err-confirmYear").getText().equals(
                "Ierakstītais gads „" + (year - 1) + "” nav kampaņas gads " + year + ".")); // the wrong year publishes nothing
        assertError(get("/api/results/" + year), 404, "not_found");
        typed.clear();
        typed.sendKeys(Integer.toString(year));
        find("#publish").click();
        // The route answered 202 at once; the worker's steps show while it runs, then the letters' bar.
        WebElement job = find("#job-status");
        new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> "done".equals(job.getAttribute("data-state")));
        assertEquals("Publicēšana pabeigta.", job.getText());
        WebElement bar = visible("#mail-progress");
        new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> "100".equals(bar.getAttribute("data-percent")));
        chromium.screenshot(SCREENSHOTS, "console-awards-progress-1280");

        JsonNode status = JSON.readTree(getAdmin("/api/admin/awards/status").body());
        JsonNode certificates = status.get("certificates");
        assertEquals(AWARDEES, certificates.get("total").asInt(), status.toString());
        assertEquals(AWARDEES, certificates.get("sent").asInt(), status.toString());
        assertEquals(0, certificates.get("failed").asInt(), status.toString());
        assertEquals("anna.publisher@example.lv", status.get("publishedByEmail").asText(), "the e-mail, for reading");
        assertTrue(status.get("publishedBy").asText().matches("[0-9a-f-]{36}"),
                "the record is the token's immutable sub: " + status.get("publishedBy"));

        JsonNode firstJob = status.get("job");
        assertEquals("done", firstJob.get("state").asText(), status.toString());
        assertEquals("true", firstJob.path("result").path("createdNow").asText(), status.toString());
        assertEquals(1, firstJob.get("attempts").asInt(), status.toString());

        // A second publication starts a new run of the worker, which publishes nothing new and sends nothing:
        // the route answers at once, and the status is polled until the worker is done, as the console does.
        HttpResponse<String> again = postAdmin("/api/admin/awards/publish");
        assertEquals(202, again.statusCode(), again.body());
        JsonNode started = JSON.readTree(again.body());
        assertTrue(started.get("startedNow").asBoolean(), again.body());
        JsonNode done = pollUntilTheJobIsOver();
        assertEquals("done", done.get("job").get("state").asText(), done.toString());
        assertEquals("false", done.get("job").path("result").path("createdNow").asText(), done.toString());
        assertEquals(AWARDEES, done.get("certificates").get("sent").asInt());
        try (var files = java.nio.file.Files.list(server.outboxDir())) {
            assertEquals(AWARDEES, files.filter(f -> f.getFileName().toString().startsWith("certificate-")).count(),
                    "no letter twice");
        }

        assertEquals("published", getJson("/api/campaign", 200).get("state").asText());
        JsonNode results = getJson("/api/results/" + year, 200);
        assertEquals(year, results.get("campaignYear").asInt());
        assertEquals(AWARDEES, results.get("top").size());
        assertTrue(results.get("qualityMarkTitle").asText().contains(MARK), results.get("qualityMarkTitle").asText());
        assertTrue(results.get("inputDigest").asText().matches("[0-9a-f]{64}"), results.get("inputDigest").asText());
    }

    /** GET /api/admin/awards/status until the publication job is no longer queued or running. */
    private static JsonNode pollUntilTheJobIsOver() throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < end) {
            JsonNode status = JSON.readTree(getAdmin("/api/admin/awards/status").body());
            String state = status.path("job").path("state").asText();
            if (!state.equals("queued") && !state.equals("running")) {
                return status;
            }
            // A poll with a deadline, as the console's every 2 s: the worker runs on the server's threads.
            Thread.sleep(200);
        }
        throw new AssertionError("the publication job did not finish in 90 s");
    }

    @Test
    @Order(3)
    void everyAwardeeGetsOneEmailWithItsPdfCertificate() throws Exception {
        List<OutboxMail.Certificate> mails = OutboxMail.awaitCertificates(server.outboxDir(), MARK, AWARDEES, WAIT);
        assertEquals(AWARDEES, mails.size(), "certificate e-mails in " + server.outboxDir());
        Set<String> recipients = new HashSet<>();
        mails.forEach(m -> recipients.add(m.to().toLowerCase(Locale.ROOT)));
        assertEquals(AWARDEES, recipients.size(), "distinct recipients: " + recipients);

        Set<String> awarded = new HashSet<>();
        for (OutboxMail.Certificate mail : mails) {
            String where = mail.file().getFileName().toString();
            String code = mail.code();
            assertTrue(mail.verificationLink().toString().endsWith("/verify.html?code=" + code), where + ": " + mail.text());

            JsonNode cert = getJson("/api/certificates/" + code, 200);
            assertTrue(cert.get("valid").asBoolean(), cert.toString());
            assertEquals(code, cert.get("code").asText());
            assertEquals(year, cert.get("campaignYear").asInt());
            String id = cert.get("participantId").asText();
            String name = cert.get("participantName").asText();
            assertTrue(awarded.add(id), "two certificates for " + id);
            assertTrue(mail.subject().contains(cert.get("qualityMarkTitle").asText()), where + ": " + mail.subject());
            assertEquals("sertifikats-" + year + "-" + id + ".pdf", mail.pdfName(), where);

            String pdfText;
            try (PDDocument pdf = Loader.loadPDF(mail.pdf())) {
                pdfText = new PDFTextStripper().getText(pdf);
            }
            assertTrue(spaced(pdfText).contains(spaced(name)), where + ": the PDF does not name " + name + ":\n" + pdfText);
            MAILS.add(mail);
            CERTIFICATES.put(code, cert);
        }

        // Exactly the published TOP-50 got one.
        Set<String> top = new HashSet<>();
        getJson("/api/results/" + year, 200).get("top").forEach(row -> top.add(row.get("participantId").asText()));
        assertEquals(top, awarded);
    }

    @Test
    @Order(3)
    void theOpenDataFileAloneRebuildsTheDigestAndEveryPublishedTotal() throws Exception {
        JsonNode results = getJson("/api/results/" + year, 200);
        HttpResponse<String> file = get("/api/results/" + year + "/open-data");
        assertEquals(200, file.statusCode(), file.body());
        assertTrue(file.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertEquals(results.get("inputDigest").asText(), lv.praise.testkit.OpenDataCheck.digest(file.body()));
        assertFalse(file.body().contains("@"), "no e-mail address");
        Map<String, lv.praise.testkit.OpenDataCheck.Row> rows = lv.praise.testkit.OpenDataCheck.recompute(file.body());
        assertEquals(results.get("counts").get("participants").asInt(), rows.size());
        assertEquals(results.get("counts").get("eligible").asInt(),
                rows.values().stream().filter(lv.praise.testkit.OpenDataCheck.Row::eligible).count());
        for (JsonNode place : results.get("top")) {
            var row = rows.get(place.get("participantId").asText());
            assertEquals(0, place.get("total").decimalValue().compareTo(row.total()), place.toString());
            assertEquals(place.get("rank").asInt(), row.rank().intValue(), place.toString());
            assertEquals(place.get("confirmedPraiseCount").asLong(), row.praise(), place.toString());
        }
        for (JsonNode winner : results.get("categoryWinners")) {
            assertEquals(0, winner.get("total").decimalValue().compareTo(rows.get(winner.get("participantId").asText())
                    .total()), winner.toString());
        }
    }

    @Test
    @Order(4)
    void resultsPageListsTheTop50AndFiltersByCategory() throws Exception {
        JsonNode results = getJson("/api/results/" + year, 200);
        JsonNode top = results.get("top");
        openResultsPage();
        assertEquals(results.get("qualityMarkTitle").asText(), find("h1").getText());
        JsonNode campaign = getJson("/api/campaign", 200);
        LocalDate published = OffsetDateTime.parse(results.get("publishedAt").asText())
                .atZoneSameInstant(ZoneId.of(campaign.get("timeZone").asText())).toLocalDate();
        String lead = find("#results-lead").getText();
        assertTrue(lead.endsWith(" Publicēts " + CalendarDates.on(Lang.LV, published) + "."), lead);

        List<WebElement> rows = driver.findElements(By.cssSelector("#top-rows tr"));
        assertEquals(AWARDEES, rows.size());
        assertEquals("1", rows.get(0).findElement(By.cssSelector(".c-rank")).getText());
        assertEquals(top.get(0).get("participantId").asText(), rows.get(0).getAttribute("data-participant-id"));
        WebElement firstName = rows.get(0).findElement(By.cssSelector("th a"));
        assertEquals(top.get(0).get("name").asText(), firstName.getText());
        assertTrue(firstName.getAttribute("href").endsWith("/participant.html?id=" + top.get(0).get("participantId").asText()),
                firstName.getAttribute("href"));
        // Two decimals, in Latvian notation.
        String total = top.get(0).get("total").decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
        assertEquals(total, rows.get(0).findElement(By.cssSelector(".c-total")).getText());
        int previous = 0;
        for (WebElement row : rows) {
            int rank = Integer.parseInt(row.findElement(By.cssSelector(".c-rank")).getText().strip());
            assertTrue(rank >= previous, "ranks in order");
            previous = rank;
        }
        assertEquals("Parādīti visi dalībnieki: " + AWARDEES, find("#filter-status").getText());
        assertFalse(driver.findElements(By.cssSelector("#winners li")).isEmpty(), "category winners are listed");
        assertEquals(results.get("distribution").size(), driver.findElements(By.cssSelector("#dist-rows tr")).size());
        assertFalse(driver.findElements(By.cssSelector("#dist-chart svg rect")).isEmpty(), "the chart has bars");
        assertTrue(find("#open-data").getAttribute("href").endsWith("/api/results/" + year + "/open-data"));
        assertTrue(find("#method-text").getText().startsWith("Formulas versija " + results.get("formulaVersion").asText()),
                find("#method-text").getText());

        // The category with the fewest rows (but some): the filter narrows the table to it.
        Map<String, Integer> perCategory = new LinkedHashMap<>();
        top.forEach(row -> perCategory.merge(row.get("category").asText(), 1, Integer::sum));
        String category = perCategory.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        int expected = perCategory.get(category);
        assertTrue(expected < AWARDEES, "the TOP-50 has more than one category: " + perCategory);
        new Select(find("#category-filter")).selectByValue(category);
        wait(d -> shownCategories().size() == expected);
        assertTrue(shownCategories().stream().allMatch(category::equals), shownCategories().toString());
        assertEquals("Parādīti " + expected + " no " + AWARDEES, find("#filter-status").getText());
        assertEquals("status", find("#filter-status").getAttribute("role"));
        assertTrue(driver.getCurrentUrl().contains("category=" + category), driver.getCurrentUrl());

        new Select(find("#category-filter")).selectByValue("");
        wait(d -> shownCategories().size() == AWARDEES);
    }

    @Test
    @Order(5)
    void aCodeFromAnEmailVerifiesAndAForgedOneDoesNot() throws Exception {
        assertFalse(MAILS.isEmpty(), "the outbox test ran first");
        OutboxMail.Certificate mail = MAILS.get(0);
        String code = mail.code();
        JsonNode cert = CERTIFICATES.get(code);
        String name = cert.get("participantName").asText();

        // Typed in (lower case, as people do): the page reads it as the API does.
        openVerifyPage("");
        typeCode(code.toLowerCase(Locale.ROOT));
        visible("#cert-valid");
        assertEquals("Sertifikāts ir derīgs", find("#cert-valid-heading").getText());
        assertEquals(name, find("#cert-name").getText());
        assertEquals(cert.get("rank").asInt() + ". vieta TOP-" + cert.get("topN").asInt(), find("#cert-rank").getText());
        assertEquals(cert.get("qualityMarkTitle").asText(), find("#cert-mark").getText());
        assertEquals(code, find("#cert-code").getText());
        assertEquals(CalendarDates.date(Lang.LV, LocalDate.parse(cert.get("issuedOn").asText())), find("#cert-issued").getText());
        assertEquals(code, find("#code").getAttribute("value"));
        assertTrue(driver.getCurrentUrl().contains("code=" + code), driver.getCurrentUrl());
        assertFalse(find("#cert-invalid").isDisplayed());
        assertTrue(find("#cert-pdf").getAttribute("href").endsWith(cert.get("pdfUrl").asText()),
                find("#cert-pdf").getAttribute("href"));
        assertEquals(cert.get("badgeHtml").asText(), find("#badge-html").getAttribute("value"));
        assertEquals("true", find("#badge-html").getAttribute("readonly"));
        wait(d -> Boolean.TRUE.equals(driver.executeScript(
                "var i = document.getElementById('badge-img'); return i.complete && i.naturalWidth > 0;")));
        assertTrue(find("#badge-img").getAttribute("alt").contains(name), find("#badge-img").getAttribute("alt"));

        // What the page links to is there.
        HttpResponse<byte[]> pdf = HTTP.send(request(cert.get("pdfUrl").asText()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("content-type").orElse("").startsWith("application/pdf"));
        HttpResponse<String> badge = get(cert.get("badgeUrl").asText());
        assertEquals(200, badge.statusCode());
        assertTrue(badge.headers().firstValue("content-type").orElse("").startsWith("image/svg+xml"));

        // The e-mailed link (what the QR code opens) checks at once, on this local site.
        URI link = mail.verificationLink();
        driver.get(server.baseUrl() + link.getRawPath() + "?" + link.getRawQuery() + "&lang=lv");
        wait(d -> name.equals(find("#cert-name").getText()) && find("#cert-valid").isDisplayed());

        // One character changed: still well-formed, not a certificate.
        String forged = forge(code);
        assertError(get("/api/certificates/" + forged), 404, "not_found");
        openVerifyPage("");
        typeCode(forged);
        visible("#cert-invalid");
        assertEquals("Nav derīgs sertifikāts", find("#cert-invalid-heading").getText());
        assertFalse(find("#cert-valid").isDisplayed());
        assertFalse(find("#err-code").isDisplayed(), "a well-formed code is no field error");
    }

    @Test
    @Order(6)
    void pagesFitAPhoneAndAreScreenshot() {
        String code = MAILS.isEmpty() ? randomCode() : MAILS.get(0).code();
        List<String> tooWide = new ArrayList<>();
        for (int width : new int[] {360, 1280}) {
            boolean phone = width < 600;
            chromium.viewport(width, phone ? 740 : 900, phone);

            openResultsPage();
            checkWidth("results.html", width, tooWide);
            chromium.screenshot(SCREENSHOTS, "results-" + width);

            // The recipe, reached from the results page's method section.
            find("a[href='/check-results.html']").click();
            wait(d -> "Kā pārbaudīt rezultātus".equals(find("h1").getText()));
            assertEquals(5, driver.findElements(By.cssSelector("main ol li")).size());
            checkWidth("check-results.html", width, tooWide);
            chromium.screenshot(SCREENSHOTS, "check-results-" + width);

            openVerifyPage("?code=" + code + "&lang=lv");
            visible("#cert-valid");
            checkWidth("verify.html (valid)", width, tooWide);
            chromium.screenshot(SCREENSHOTS, "verify-" + width);
        }
        assertTrue(tooWide.isEmpty(), "wider than the viewport (sideways scroll): " + tooWide);
        // PraiseInBrowserIT runs no axe-core, so neither does this class; the basics are checked here.
        openResultsPage();
        assertFalse(find("#top-table caption").getText().isBlank(), "the table has a caption");
        assertEquals(5, driver.findElements(By.cssSelector("#top-table thead th[scope='col']")).size());
        assertEquals(AWARDEES, driver.findElements(By.cssSelector("#top-rows th[scope='row']")).size());
        assertEquals("page", find("nav a[href='/results.html']").getAttribute("aria-current"));
        openVerifyPage("");
        assertEquals("Pārbaudes kods", find("label[for='code']").getText());
        assertEquals("off", find("#code").getAttribute("autocomplete"));
        assertEquals("false", find("#code").getAttribute("spellcheck"));
        assertEquals("page", find("nav a[href='/verify.html']").getAttribute("aria-current"));
    }

    @Test
    @Order(7)
    void theConsolesAwardsPageShowsTheLettersAt100Percent() {
        driver.get(server.baseUrl() + "/admin/awards.html?lang=lv");
        // Not signed in yet: the sign-in, then back to the awards page.
        visible("#email").sendKeys("anna.awards@example.lv", org.openqa.selenium.Keys.ENTER);
        wait(ExpectedConditions.urlContains("/admin/awards.html"));
        WebElement state = visible("#awards-state");
        // The page fills the state in once /api/campaign answers.
        wait(d -> state.getAttribute("data-state") != null);
        assertEquals("published", state.getAttribute("data-state"));
        WebElement bar = visible("#mail-progress");
        wait(d -> "100".equals(bar.getAttribute("data-percent")));
        assertEquals("100", bar.getAttribute("value"));
        String text = find("#progress-text").getText();
        assertTrue(text.contains("Nosūtītas " + AWARDEES) && text.contains("atlikušas 0") && text.contains("(100 %)"), text);
        assertEquals("status", find("#progress-text").getAttribute("role"));
        assertEquals(AWARDEES, driver.findElements(By.cssSelector("#letters-rows tr")).size());
        assertFalse(find("#publish-section").isDisplayed(), "published: nothing more to publish");
        assertFalse(find("#close-section").isDisplayed());
        assertFalse(find("#resend").isDisplayed(), "nothing failed");
        // Each letter names its recipient and links its certificate's PDF; the public results are a click away.
        assertEquals(AWARDEES, driver.findElements(By.cssSelector("#letters-rows tr td a[href^='/api/certificates/'][href$='/pdf']")).size());
        WebElement firstRow = find("#letters-rows tr");
        assertFalse(firstRow.findElement(By.cssSelector("th")).getText().isBlank(), "the awardee's name");
        assertTrue(firstRow.findElements(By.cssSelector("td")).get(1).getText().contains("@"), "the letter's address");
        WebElement publicResults = visible("#public-results");
        assertTrue(publicResults.getAttribute("href").matches(".*/results\\.html\\?year=\\d{4}"), publicResults.getAttribute("href"));
        visible("#preview-section");
        assertEquals(AWARDEES, driver.findElements(By.cssSelector("#preview-rows tr")).size());
        for (int width : new int[] {1280, 360}) {
            boolean phone = width < 600;
            chromium.viewport(width, phone ? 740 : 900, phone);
            chromium.screenshot(SCREENSHOTS, "console-awards-published-" + width);
        }
    }

    // --- steps ---

    private static void openResultsPage() {
        driver.get(server.baseUrl() + "/results.html?lang=lv");
        visible("#results");
        wait(d -> d.findElements(By.cssSelector("#top-rows tr")).size() == AWARDEES);
    }

    private static void openVerifyPage(String query) {
        driver.get(server.baseUrl() + "/verify.html" + (query.isEmpty() ? "?lang=lv" : query));
        wait(d -> "lv".equals(find("html").getAttribute("lang")));
    }

    private static void typeCode(String code) {
        WebElement input = visible("#code");
        input.clear();
        input.sendKeys(code);
        find("#verify-submit").click();
        // Settled: one of the outcomes is shown.
        wait(d -> find("#cert-valid").isDisplayed() || find("#cert-invalid").isDisplayed()
                || find("#err-code").isDisplayed() || find("#verify-status").isDisplayed());
    }

    /** The categories of the table rows the filter leaves visible. */
    @SuppressWarnings("unchecked")
    private static List<String> shownCategories() {
        return (List<String>) driver.executeScript("return Array.prototype.filter.call("
                + "document.querySelectorAll('#top-rows tr'), function (tr) { return !tr.hidden; })"
                + ".map(function (tr) { return tr.dataset.category; });");
    }

    private static void checkWidth(String page, int width, List<String> tooWide) {
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        if (scrollWidth.intValue() > width) {
            tooWide.add(page + " at " + width + " px is " + scrollWidth + " px wide");
        }
    }

    /** The code with its first character replaced by another of the alphabet: well-formed, but not issued. */
    private static String forge(String code) {
        char first = code.charAt(0);
        char other = CODE_ALPHABET.charAt((CODE_ALPHABET.indexOf(first) + 1) % CODE_ALPHABET.length());
        return other + code.substring(1);
    }

    private static String randomCode() {
        StringBuilder b = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }

    /** Line breaks and runs of spaces as one space: a long name may wrap on the certificate. */
    private static String spaced(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    // --- HTTP ---

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.baseUrl().resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> getAdmin(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).header("Authorization", "Bearer " + server.organiserToken()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** An organiser's POST with an empty JSON object. Publishing renders and mails 50 PDFs: a generous timeout. */
    private static HttpResponse<String> postAdmin(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + server.organiserToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode getJson(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertEquals(status, response.statusCode(), path + " → " + response.body());
        JsonNode body = JSON.readTree(response.body());
        assertNotNull(body, path);
        return body;
    }

    private static void assertError(HttpResponse<String> response, int status, String code) throws IOException {
        assertEquals(status, response.statusCode(), response.uri() + " → " + response.body());
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertNotNull(error, response.body());
        assertEquals(code, error.get("code").asText(), response.body());
    }

    // --- small WebDriver helpers ---

    private static WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    private static WebElement visible(String css) {
        return wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static <T> T wait(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }
}
