package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17's flow in headless Chromium against the shared local run: on a 360 px phone an evaluator signs in
 * to /evaluate/, sees only their own plan, records a visit, loses the connection as they submit (the page
 * says the draft is kept offline) and gets it through once the connection is back; an organiser approves it
 * in the console; after the recalculation the participant's mystery component is the one worked out here
 * from the answers, the questionnaire's weights and the formula of docs/scoring.md (with its shrinkage).
 * Uses participants no other test of this JVM uses.
 */
class EvaluateInBrowserIT extends BrowserSession {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    private static final String PARTICIPANT = "aptieka-kumelite";
    private static final String BRANCH = "Bauska";
    private static final String SOMEONE_ELSES = "autoserviss-virzulis";

    @Test
    void anEvaluatorRecordsAVisitThroughALostConnectionAndTheApprovedVisitIsTheMysteryComponent() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String anna = "anna." + tag + "@example.lv";
        String juris = "juris." + tag + "@example.lv";
        JsonNode campaign = get("/api/campaign", null);
        int year = campaign.path("year").asInt();
        String from = campaign.path("praiseOpensAt").asText().substring(0, 10);
        String to = campaign.path("praiseClosesAt").asText().substring(0, 10);
        String name = get("/api/participants/" + PARTICIPANT, null).path("name").asText();
        String othersName = get("/api/participants/" + SOMEONE_ELSES, null).path("name").asText();

        // The organiser plans one visit for each evaluator.
        ObjectNode plan = Replies.JSON.createObjectNode().put("year", year);
        ArrayNode rows = plan.putArray("visits");
        rows.addObject().put("participantId", PARTICIPANT).put("branch", BRANCH).put("channel", "visit")
                .put("evaluator", anna).put("dueFrom", from).put("dueTo", to);
        rows.addObject().put("participantId", SOMEONE_ELSES).put("channel", "phone")
                .put("evaluator", juris).put("dueFrom", from).put("dueTo", to);
        HttpResponse<String> planned = send("POST", "/api/admin/visits", plan.toString(), server.organiserToken());
        assertEquals(201, planned.statusCode(), planned.body());
        String visitId = visitOf(year, anna).path("id").asText();
        String othersVisit = visitOf(year, juris).path("id").asText();

        // On the phone: sign in, and only her own visit is there.
        chromium.viewport(360, 740, true);
        chromium.clearSiteData(server.baseUrl());
        driver.get(server.baseUrl() + "/evaluate/?lang=lv");
        visible("#email").sendKeys(anna, Keys.ENTER);
        wait(d -> cardIds().size() == 1);
        assertEquals(List.of(visitId), cardIds());
        String planText = find("#plan").getText();
        assertTrue(planText.contains(name) && planText.contains(BRANCH) && planText.contains("Ieplānots"), planText);
        assertFalse(planText.contains(othersName), "another evaluator's visit is not shown: " + planText);
        assertFalse(cardIds().contains(othersVisit));
        chromium.screenshot(SCREENSHOTS, "evaluate-plan-360");

        // The visit form has the questionnaire's criteria for the channel, as big choices.
        find("li[data-visit-id='" + visitId + "'] button.primary").click();
        visible("#visit-h");
        JsonNode questionnaire = get("/api/admin/questionnaire?year=" + year, server.organiserToken());
        List<JsonNode> criteria = new ArrayList<>();
        questionnaire.path("criteria").forEach(c -> {
            if (c.path("channels").toString().contains("\"visit\"")) {
                criteria.add(c);
            }
        });
        wait(d -> driver.findElements(By.cssSelector("#criteria fieldset.criterion")).size() == criteria.size());
        driver.executeScript("var i = document.getElementById('visitedAt'); i.value = arguments[0];"
                + "i.dispatchEvent(new Event('input', { bubbles: true }));", from + "T10:30");
        find("#place").sendKeys(BRANCH + ", Rīgas iela 1");

        // Answers: a spread of each scale, and "not applicable" for the first criterion that allows it.
        Map<String, String> answers = new LinkedHashMap<>();
        boolean naUsed = false;
        for (int i = 0; i < criteria.size(); i++) {
            JsonNode c = criteria.get(i);
            String scale = c.path("scale").asText();
            String value;
            if (!naUsed && c.path("notApplicable").asBoolean()) {
                value = "na";
                naUsed = true;
            } else {
                value = switch (scale) {
                    case "yes_no" -> i % 2 == 0 ? "yes" : "no";
                    case "zero_two" -> String.valueOf(i % 3);
                    case "one_five" -> String.valueOf(2 + i % 4);
                    default -> throw new AssertionError("no " + scale + " criterion applies to a visit: " + c);
                };
            }
            answers.put(c.path("id").asText(), value);
            WebElement choice = find("fieldset[data-criterion='" + c.path("id").asText() + "'] input[value='" + value + "']");
            // As a person scrolls the question up into the page, clear of the bar with the score and the submit button.
            driver.executeScript("arguments[0].scrollIntoView({ block: 'center' });", choice);
            choice.findElement(By.xpath("..")).click(); // the label: the big touch target
            assertTrue(choice.isSelected(), c.path("id").asText());
        }
        assertTrue(naUsed, "the default questionnaire has a criterion that may be not applicable");
        WebElement firstNote = find("fieldset[data-criterion='" + criteria.get(0).path("id").asText() + "'] details");
        driver.executeScript("arguments[0].scrollIntoView({ block: 'center' });", firstNote);
        firstNote.findElement(By.tagName("summary")).click();
        firstNote.findElement(By.tagName("textarea")).sendKeys("Pasmaidīja, bet ne uzreiz.");
        find("#comment").sendKeys("Kopumā laipni un zinoši.");

        Fraction expectedVisit = visitScore(criteria, answers);
        String shown = latvian(expectedVisit);
        wait(d -> find("#score").getText().equals(shown)); // the live preview, before anything is sent
        wait(d -> "saved".equals(find("#draft-state").getAttribute("data-state")));
        assertEquals("Melnraksts saglabāts šajā ierīcē.", find("#draft-state").getText());

        // The connection goes as she submits: the page says so and keeps the draft, queued.
        driver.executeCdpCommand("Network.enable", Map.of());
        network(false);
        find("#submit").click();
        wait(d -> "offline".equals(find("#draft-state").getAttribute("data-state")));
        assertTrue(find("#draft-state").getText().startsWith("Saglabāts bezsaistē"), find("#draft-state").getText());
        chromium.screenshot(SCREENSHOTS, "evaluate-offline-360");
        JsonNode draft = Replies.JSON.readTree((String) driver.executeScript(
                "return localStorage.getItem('praise.evaluate.draft.' + arguments[0] + '.' + arguments[1]);", anna, visitId));
        assertTrue(draft.path("queued").asBoolean(), draft.toString());
        String submissionId = draft.path("submissionId").asText();
        UUID.fromString(submissionId);
        assertEquals("planned", visitOf(year, anna).path("status").asText(), "nothing reached the server");

        // Back online: the same draft goes, once, and the page says it is submitted with its score.
        network(true);
        wait(d -> "submitted".equals(find("#draft-state").getAttribute("data-state")));
        assertEquals("Iesniegts. Vērtējums: " + shown, find("#draft-state").getText());
        assertNull(driver.executeScript("return localStorage.getItem('praise.evaluate.draft.' + arguments[0] + '.' + arguments[1]);",
                anna, visitId), "the draft is gone once the server has it");
        JsonNode submitted = visitOf(year, anna);
        assertEquals("submitted", submitted.path("status").asText());
        assertEquals(submissionId, submitted.path("submission").path("submissionId").asText());
        assertEquals(0, expectedVisit.rounded().compareTo(submitted.path("submission").path("score").decimalValue()), submitted.toString());
        assertEquals("Pasmaidīja, bet ne uzreiz.", submitted.path("submission").path("answers").get(0).path("note").asText());
        chromium.screenshot(SCREENSHOTS, "evaluate-submitted-360");
        find("#back").click();
        wait(d -> find("li[data-visit-id='" + visitId + "']").getText().contains("Iesniegts, gaida pārbaudi"));

        // The organiser approves it in the console.
        chromium.viewport(1280, 900, false);
        driver.get(server.baseUrl() + "/admin/index.html?lang=lv");
        visible("#email").sendKeys("organiser.evaluate@example.lv", Keys.ENTER);
        visible("#session");
        driver.get(server.baseUrl() + "/admin/review.html?lang=lv");
        WebElement item = visible("#rv-list li[data-visit-id='" + visitId + "']");
        assertTrue(item.getText().contains("Pasmaidīja, bet ne uzreiz.") && item.getText().contains(anna), item.getText());
        item.findElement(By.cssSelector(".actions button.primary")).click();
        wait(d -> find("#rv-status").getText().startsWith("Apstiprināts: " + name + "."));
        assertEquals("approved", visitOf(year, anna).path("status").asText());

        // The recalculation the console's standings page runs; then the mystery component, worked out here.
        HttpResponse<String> recalculated = send("POST", "/api/admin/scores/recalculate", null, server.organiserToken());
        assertEquals(200, recalculated.statusCode(), recalculated.body());
        JsonNode standings = get("/api/admin/standings", server.organiserToken());
        JsonNode row = null;
        Fraction all = Fraction.ZERO;
        int count = 0;
        for (JsonNode r : standings.path("rows")) {
            for (JsonNode e : get("/api/admin/participants/" + r.path("id").asText(), server.organiserToken()).path("evaluations")) {
                all = all.plus(Fraction.of(e.path("score").decimalValue()));
                count++;
            }
            if (r.path("id").asText().equals(PARTICIPANT)) {
                row = r;
            }
        }
        assertNotNull(row, "the participant is in the standings");
        List<Fraction> own = new ArrayList<>();
        get("/api/admin/participants/" + PARTICIPANT, server.organiserToken()).path("evaluations")
                .forEach(e -> own.add(Fraction.of(e.path("score").decimalValue())));
        // Every approved visit of the campaign counts beside the imported evaluations (this one included).
        for (JsonNode v : get("/api/admin/visits?year=" + year + "&status=approved", server.organiserToken()).path("visits")) {
            Fraction score = v.path("id").asText().equals(visitId) ? expectedVisit : exact(v, criteria);
            all = all.plus(score);
            count++;
        }
        own.add(expectedVisit);
        JsonNode mystery = row.path("components").path("mystery");
        assertEquals(own.size(), mystery.path("n").asInt(), "the imported evaluations and the approved visit: " + row);
        Fraction sum = own.stream().reduce(Fraction.ZERO, Fraction::plus);
        Fraction expected;
        if ("2027.1".equals(standings.path("formulaVersion").asText())) {
            expected = sum.over(own.size());
        } else {
            // (K·μ + Σ scores) / (K + e), μ the mean of every evaluation of the campaign's listed participants.
            Fraction k = Fraction.of(standings.path("rules").path("mysteryPriorWeight").decimalValue());
            Fraction mu = all.over(count);
            expected = k.times(mu).plus(sum).dividedBy(k.plus(Fraction.of(BigDecimal.valueOf(own.size()))));
        }
        assertEquals(0, expected.rounded().compareTo(mystery.path("score").decimalValue()),
                "expected " + expected.rounded() + ", the standings say " + mystery);
    }

    // --- the arithmetic of docs/evaluations.md and docs/scoring.md, exact ---

    /** 100 · Σ wᵢ fᵢ / Σ wᵢ over the answered criteria, N/A left out. */
    /**
     * Issue 17's calibration: three evaluators who agree and one who scores every answer at the bottom of its
     * scale, on the same participants; the console's calibration page flags the planted one and only it. The
     * visits stay submitted (calibration counts them; only approved ones would move a score).
     */
    @Test
    void theCalibrationPageFlagsAPlantedOutlier() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> right = List.of("ilze." + tag + "@example.lv", "karlis." + tag + "@example.lv",
                "liga." + tag + "@example.lv");
        String outlier = "maris." + tag + "@example.lv";
        JsonNode campaign = get("/api/campaign", null);
        int year = campaign.path("year").asInt();
        String from = campaign.path("praiseOpensAt").asText().substring(0, 10);
        String to = campaign.path("praiseClosesAt").asText().substring(0, 10);
        // Two participants no other test of this JVM plans visits for.
        List<String> participants = new ArrayList<>();
        get("/api/admin/participants", server.organiserToken()).path("participants").forEach(p -> {
            String id = p.path("id").asText();
            if (!id.equals(PARTICIPANT) && !id.equals(SOMEONE_ELSES)) {
                participants.add(id);
            }
        });
        participants.sort(java.util.Comparator.reverseOrder());
        List<String> chosen = participants.subList(0, 2);

        ObjectNode plan = Replies.JSON.createObjectNode().put("year", year);
        ArrayNode rows = plan.putArray("visits");
        List<String> evaluators = new ArrayList<>(right);
        evaluators.add(outlier);
        for (String participant : chosen) {
            for (String evaluator : evaluators) {
                rows.addObject().put("participantId", participant).put("channel", "visit").put("evaluator", evaluator)
                        .put("dueFrom", from).put("dueTo", to);
            }
        }
        HttpResponse<String> planned = send("POST", "/api/admin/visits", plan.toString(), server.organiserToken());
        assertEquals(201, planned.statusCode(), planned.body());

        for (String evaluator : evaluators) {
            String token = server.jwt().issueEvaluator(evaluator, Duration.ofHours(1));
            JsonNode mine = get("/api/evaluate/plan?year=" + year, token);
            List<JsonNode> criteria = new ArrayList<>();
            mine.path("questionnaires").get(mine.path("questionnaires").size() - 1).path("criteria").forEach(c -> {
                if (c.path("channels").toString().contains("\"visit\"")) {
                    criteria.add(c);
                }
            });
            boolean low = evaluator.equals(outlier);
            for (JsonNode visit : mine.path("visits")) {
                ObjectNode body = Replies.JSON.createObjectNode().put("submissionId", UUID.randomUUID().toString())
                        .put("visitedAt", from + "T11:00").put("place", "Rīga").put("comment", "");
                ArrayNode answers = body.putArray("answers");
                for (JsonNode c : criteria) {
                    ObjectNode a = answers.addObject().put("criterion", c.path("id").asText());
                    switch (c.path("scale").asText()) {
                        case "yes_no" -> a.put("value", low ? "no" : "yes");
                        case "zero_two" -> a.put("value", low ? 0 : 2);
                        case "one_five" -> a.put("value", low ? 1 : 5);
                        default -> a.put("value", low ? 1000 : 1);
                    }
                }
                HttpResponse<String> submitted = send("PUT", "/api/evaluate/visits/" + visit.path("id").asText(),
                        body.toString(), token);
                assertEquals(200, submitted.statusCode(), submitted.body());
            }
        }

        chromium.viewport(1280, 900, false);
        chromium.clearSiteData(server.baseUrl());
        driver.get(server.baseUrl() + "/admin/index.html?lang=lv");
        visible("#email").sendKeys("organiser.calibration@example.lv", Keys.ENTER);
        visible("#session");
        driver.get(server.baseUrl() + "/admin/calibration.html?lang=lv");
        wait(d -> rowOf(outlier) != null && rowOf(right.get(0)) != null);
        assertTrue(rowOf(outlier).getAttribute("class").contains("flagged"), rowOf(outlier).getText());
        assertTrue(rowOf(outlier).getText().contains("-100") || rowOf(outlier).getText().contains("−100"),
                rowOf(outlier).getText());
        for (String evaluator : right) {
            assertFalse(rowOf(evaluator).getAttribute("class").contains("flagged"), rowOf(evaluator).getText());
        }
        chromium.screenshot(SCREENSHOTS, "calibration-outlier-1280");
    }

    /** The calibration table's row of an evaluator, or null while it is not shown. */
    private static WebElement rowOf(String evaluator) {
        return driver.findElements(By.cssSelector("table tbody tr")).stream()
                .filter(tr -> tr.getText().contains(evaluator)).findFirst().orElse(null);
    }

    private static Fraction visitScore(List<JsonNode> criteria, Map<String, String> answers) {
        Fraction weighted = Fraction.ZERO;
        Fraction weights = Fraction.ZERO;
        for (JsonNode c : criteria) {
            String value = answers.get(c.path("id").asText());
            if (value == null || value.equals("na")) {
                continue;
            }
            Fraction w = Fraction.of(c.path("weight").decimalValue());
            Fraction f = switch (c.path("scale").asText()) {
                case "yes_no" -> value.equals("yes") ? Fraction.ONE : Fraction.ZERO;
                case "zero_two" -> Fraction.of(new BigDecimal(value)).over(2);
                case "one_five" -> Fraction.of(new BigDecimal(value).subtract(BigDecimal.ONE)).over(4);
                default -> throw new AssertionError(c.toString());
            };
            weighted = weighted.plus(w.times(f));
            weights = weights.plus(w);
        }
        return weighted.times(Fraction.of(BigDecimal.valueOf(100))).dividedBy(weights);
    }

    /** Another approved visit's exact score: its stored exact value (a decimal or a/b), or worked out from its answers. */
    private static Fraction exact(JsonNode visit, List<JsonNode> criteria) {
        JsonNode s = visit.path("submission");
        String text = s.path("scoreExact").asText();
        if (text.matches("-?\\d+(\\.\\d+)?")) {
            return Fraction.of(new BigDecimal(text));
        }
        if (text.matches("\\d+/\\d+")) { // a quotient that does not end, as docs/scoring.md §10 writes it
            String[] parts = text.split("/");
            return new Fraction(new BigInteger(parts[0]), new BigInteger(parts[1]));
        }
        Map<String, String> answers = new LinkedHashMap<>();
        s.path("answers").forEach(a -> answers.put(a.path("criterion").asText(), a.path("value").asText()));
        return visitScore(criteria, answers);
    }

    /** A score as the Latvian page shows it: 2 decimals, HALF_UP, a decimal comma. */
    private static String latvian(Fraction f) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("lv"));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(f.rounded()).replace('\u00a0', ' ');
    }

    private record Fraction(BigInteger num, BigInteger den) {
        static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
        static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

        Fraction {
            BigInteger g = num.gcd(den);
            if (den.signum() < 0) {
                g = g.negate();
            }
            if (g.signum() != 0) {
                num = num.divide(g);
                den = den.divide(g);
            }
        }

        static Fraction of(BigDecimal d) {
            return d.scale() > 0 ? new Fraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
                    : new Fraction(d.toBigIntegerExact(), BigInteger.ONE);
        }

        Fraction plus(Fraction o) { return new Fraction(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den)); }

        Fraction times(Fraction o) { return new Fraction(num.multiply(o.num), den.multiply(o.den)); }

        Fraction dividedBy(Fraction o) { return new Fraction(num.multiply(o.den), den.multiply(o.num)); }

        Fraction over(int n) { return new Fraction(num, den.multiply(BigInteger.valueOf(n))); }

        BigDecimal rounded() {
            return new BigDecimal(num).divide(new BigDecimal(den), 2, RoundingMode.HALF_UP);
        }
    }

    // --- steps ---

    private static void network(boolean online) {
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !online, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** The visit planned for an evaluator in this test (each evaluator address is this test's own). */
    private static JsonNode visitOf(int year, String evaluator) throws Exception {
        JsonNode visits = get("/api/admin/visits?year=" + year + "&evaluator=" + URLEncoder.encode(evaluator, StandardCharsets.UTF_8),
                server.organiserToken()).path("visits");
        assertEquals(1, visits.size(), visits.toString());
        return visits.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> cardIds() {
        return (List<String>) driver.executeScript("return Array.prototype.map.call("
                + "document.querySelectorAll('#visits > li'), function (li) { return li.dataset.visitId; });");
    }

    private static JsonNode get(String path, String token) throws Exception {
        HttpResponse<String> response = send("GET", path, null, token);
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
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class).until(condition);
    }
}
