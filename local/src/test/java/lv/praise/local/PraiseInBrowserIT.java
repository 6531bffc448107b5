package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.praise.domain.posters.Posters;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The public site in a real browser (headless Chromium) against the whole local run: search, the
 * praise form, the e-mail in the outbox, the confirmation link, the participant's count; the form's
 * own error display; the pages at a phone's width. One browser for the class; each test starts as a
 * new visitor (no stored language) and praises participants no other test of this JVM praises.
 *
 * <p>Screenshots of the main pages at 360 and 1280 px go to target/screenshots/ for a person to look at.
 */
class PraiseInBrowserIT extends FreshVisitorSession {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

    // Each test praises its own participant (PraiseFlowIT praises the last seeded one, TemplateServedIT reads the first).
    private static final String PREILU = "preilu-galvena-biblioteka";
    private static final String PREILU_NAME = "Preiļu Galvenā bibliotēka";
    private static final String CAFE = "kafejnica-medus-podins";
    private static final String CAFE_NAME = "Kafejnīca Medus Podiņš";
    private static final String FLORIST = "ziedu-salons-magone";
    private static final String FLORIST_NAME = "Ziedu Salons Magone";
    private static final String SCHOOL = "muzikas-skola-cirulis";
    private static final String SCHOOL_NAME = "Mūzikas Skola Cīrulis";
    private static final String LONGEST = "novada-turisma-informacijas-punkts-ligatne";
    private static final String LONGEST_NAME = "Novada Tūrisma informācijas punkts Līgatnē";

    @Test
    void latvianVisitorFindsPraisesAndConfirmsByTheEmailedLink() {
        int before = praiseCount(PREILU, PREILU_NAME);
        String email = uniqueEmail("lv");
        String text = "Ļoti laipni un ātri palīdzēja atrast grāmatu – paldies! Šķiet, ka šeit strādā īsti zinātāji. "
                + UUID.randomUUID();

        openPraiseForm("/praise.html");
        assertEquals("lv", htmlLang());
        assertEquals("Iesniegt uzslavu", find("h1").getText());
        chooseBySearch("preilu", PREILU_NAME); // no diacritics typed
        // The branch is asked only of praise "at a branch".
        assertFalse(find("#branch-field").isDisplayed(), "no branch before 'at a branch' is chosen");
        click("#channel-branch");
        visible("#branch-field");
        click("#channel-online");
        assertFalse(find("#branch-field").isDisplayed(), "online: no branch");
        click("#channel-branch");
        new Select(visible("#branch")).selectByVisibleText("Preiļi");
        find("#employee").sendKeys("Līga Bērziņa");
        pickStars(5);
        List<String> aspects = tickAspects(2);
        find("#text").sendKeys(text);
        find("#email").sendKeys(email);
        click("#consent");
        click("#submit");
        awaitCheckEmailPage("Pārbaudi savu e-pastu");
        // It names the participant and the address, masked; the address is in no URL.
        String sent = visible("#ce-sent").getText();
        assertTrue(sent.contains("„" + PREILU_NAME + "”"), sent);
        String masked = email.charAt(0) + "\u2022\u2022\u2022@" + email.charAt(email.indexOf('@') + 1) + "\u2022\u2022\u2022"
                + email.substring(email.lastIndexOf('.'));
        assertTrue(sent.contains(masked), sent + " should name " + masked);
        assertFalse(sent.contains(email), sent);
        assertFalse(driver.getCurrentUrl().contains("@"), driver.getCurrentUrl());
        chromium.screenshot(SCREENSHOTS, "check-email-1280");

        OutboxMail mail = OutboxMail.awaitNext(server.outboxDir(), email, 0, WAIT);
        assertEquals("Apstiprini savu uzslavu: " + PREILU_NAME, mail.subject());
        assertEquals("lv", mail.language());
        assertTrue(mail.text().contains("Paldies, ka uzslavēji: " + PREILU_NAME + ". Tu rakstīji:"), mail.text());
        assertTrue(mail.text().replace("\r\n", "\n").contains("\n> " + text + "\n"), "the praise quoted: " + mail.text());
        URI link = mail.confirmationLink();
        assertEquals(server.baseUrl().getAuthority(), link.getAuthority(), "the link points at the local site");
        assertEquals("/confirm.html", link.getPath());

        // What the form sent, as stored: the fields this test filled in, nothing lost on the way.
        Map<String, AttributeValue> stored = storedPraise(text);
        assertEquals(PREILU, stored.get("participantId").s());
        assertEquals("Preiļi", stored.get("branch").s());
        assertEquals("Līga Bērziņa", stored.get("employee").s());
        assertEquals("5", stored.get("stars").n());
        assertEquals(aspects, stored.get("aspects").l().stream().map(AttributeValue::s).toList());
        assertEquals("branch", stored.get("channel").s());
        assertEquals("lv", stored.get("lang").s());
        assertEquals(before, praiseCount(PREILU, PREILU_NAME), "a pending praise does not count yet");

        assertEquals("confirmed", openConfirmation(link));
        assertEquals("Paldies! Tava uzslava ir ieskaitīta.", find("#confirm-result").getText());
        assertTrue(find("#confirm-detail").getText().contains(PREILU_NAME), find("#confirm-detail").getText());
        assertTrue(find("#confirm-reviewed").getText().startsWith("Pirms teksts parādās dalībnieka lapā, to izlasa organizatori"),
                find("#confirm-reviewed").getText());
        chromium.screenshot(SCREENSHOTS, "confirm-1280");
        click("#confirm-href"); // "Skatīt dalībnieka lapu"
        assertEquals(before + 1, shownCount(PREILU_NAME));

        assertEquals("already_confirmed", openConfirmation(link));
        assertEquals("Uzslava jau ir apstiprināta. Paldies!", find("#confirm-result").getText());
        assertEquals(before + 1, praiseCount(PREILU, PREILU_NAME), "a second visit of the link counts nothing");

        // "Send again" from the check-email page (this tab kept what it needs): the page says the same as for any
        // address, and the e-mail – which only the mailbox's owner reads – says the praise is already counted.
        driver.get(server.baseUrl() + "/check-email.html");
        wait(d -> find("#ce-sent").getText().contains(PREILU_NAME));
        click("#resend");
        wait(d -> find("#resend-status").getText().startsWith("Nosūtījām vēlreiz uz " + masked));
        OutboxMail again = OutboxMail.awaitNext(server.outboxDir(), email, 1, WAIT);
        assertTrue(again.text().contains("nekas nav mainījies"), again.text());
        assertEquals(before + 1, praiseCount(PREILU, PREILU_NAME));
    }

    @Test
    void englishVisitorGetsEnglishPagesAndAnEnglishEmail() {
        int before = praiseCount(CAFE, CAFE_NAME);
        String email = uniqueEmail("en");
        String text = "Friendly staff and the best honey cake in town – thank you! " + UUID.randomUUID();

        driver.get(server.baseUrl() + "/index.html?lang=en");
        wait(d -> "en".equals(htmlLang()));
        assertEquals("Praise good service!", find("h1").getText());
        assertEquals("true", find("button[data-lang='en']").getAttribute("aria-pressed"));
        // The forced language is remembered: the praise page (no ?lang) stays English.
        clickable("#praise-cta a").click();
        awaitPraiseForm();
        assertEquals("en", htmlLang());
        assertEquals("Give praise", find("h1").getText());

        chooseBySearch("medus podins", CAFE_NAME);
        pickStars(4);
        find("#text").sendKeys(text);
        click("#channel-online");
        find("#email").sendKeys(email);
        click("#consent");
        click("#submit");
        awaitCheckEmailPage("Check your e-mail");
        assertEquals("en", htmlLang());

        OutboxMail mail = OutboxMail.awaitNext(server.outboxDir(), email, 0, WAIT);
        assertEquals("Confirm your praise: " + CAFE_NAME, mail.subject());
        assertEquals("en", mail.language());
        assertTrue(mail.text().contains("Thank you for praising " + CAFE_NAME + "."), mail.text());
        Map<String, AttributeValue> stored = storedPraise(text);
        assertEquals("en", stored.get("lang").s());
        assertEquals("online", stored.get("channel").s());
        assertFalse(stored.containsKey("branch"), "no branch chosen, none sent");
        assertFalse(stored.containsKey("employee"), "no employee named, none sent");

        assertEquals("confirmed", openConfirmation(mail.confirmationLink()));
        assertEquals("en", htmlLang());
        assertEquals("Thank you! Your praise is counted.", find("#confirm-result").getText());
        // The language buttons switch the page in place, outcome included.
        find("button[data-lang='lv']").click();
        wait(d -> "lv".equals(htmlLang()));
        assertEquals("Paldies! Tava uzslava ir ieskaitīta.", find("#confirm-result").getText());
        assertEquals("confirmed", find("#confirm-result").getAttribute("data-status"));

        assertEquals(before + 1, praiseCount(CAFE, CAFE_NAME));
    }

    @Test
    void estonianVisitorGetsAnEstonianFormAndAnEstonianEmail() {
        int before = praiseCount(SCHOOL, SCHOOL_NAME);
        String email = uniqueEmail("et");
        String text = "Väga sõbralik õpetaja ja kiire vastus – aitäh! Šokolaad ja žürii ka. " + UUID.randomUUID();

        openPraiseForm("/praise.html?lang=et");
        assertEquals("et", htmlLang());
        assertEquals("Saada kiitus", find("h1").getText());
        assertEquals("true", find("button[data-lang='et']").getAttribute("aria-pressed"));
        chooseBySearch("cirulis", SCHOOL_NAME);
        pickStars(5);
        find("#text").sendKeys(text);
        click("#channel-online");
        find("#email").sendKeys(email);
        click("#consent");
        click("#submit");
        awaitCheckEmailPage("Kontrolli oma e-posti");
        assertEquals("et", htmlLang());

        OutboxMail mail = OutboxMail.awaitNext(server.outboxDir(), email, 0, WAIT);
        assertEquals("Kinnita oma kiitus: " + SCHOOL_NAME, mail.subject());
        assertEquals("et", mail.language());
        assertTrue(mail.text().contains("Aitäh, et kiitsid: " + SCHOOL_NAME + "."), mail.text());
        assertTrue(mail.text().contains("Kiida head teenindust!"), mail.text());
        assertFalse(mail.text().contains("Paldies"), "no Latvian in the Estonian e-mail");
        Map<String, AttributeValue> stored = storedPraise(text);
        assertEquals("et", stored.get("lang").s());

        assertEquals("confirmed", openConfirmation(mail.confirmationLink()));
        assertEquals("et", htmlLang());
        assertEquals(before + 1, praiseCount(SCHOOL, SCHOOL_NAME));
    }

    @Test
    void formShowsItsErrorsAndOnePersonPraisesAParticipantOnce() {
        int before = praiseCount(FLORIST, FLORIST_NAME);
        String email = uniqueEmail("twice");

        // No stars, no text, no consent: the page says so and sends nothing.
        openPraiseForm("/praise.html?p=" + FLORIST);
        awaitChosen(FLORIST_NAME);
        click("#channel-online");
        find("#email").sendKeys(email);
        click("#submit");
        WebElement summary = wait(ExpectedConditions.visibilityOfElementLocated(By.id("form-errors")));
        assertEquals(3, summary.findElements(By.cssSelector("li")).size(), summary.getText());
        assertTrue(summary.getText().contains("Vērtējums: Izvēlies vērtējumu no 1 līdz 5 zvaigznēm."), summary.getText());
        assertTrue(summary.getText().contains("Uzslavas teksts: Uzraksti uzslavu (līdz 2000 rakstzīmēm)."),
                summary.getText());
        assertTrue(summary.getText().contains("Piekrišana: Lai nosūtītu uzslavu, nepieciešama tava piekrišana."),
                summary.getText());
        for (String field : List.of("stars", "text", "consent")) {
            assertTrue(find("#err-" + field).isDisplayed(), "#err-" + field + " is shown");
        }
        assertFalse(find("#err-email").isDisplayed(), "a valid e-mail has no error");
        assertEquals("true", find("#text").getAttribute("aria-invalid"));
        assertEquals("true", find("#stars-1").getAttribute("aria-invalid"));
        assertEquals(summary, driver.switchTo().activeElement(), "the focus moves to the summary");
        assertTrue(driver.getCurrentUrl().contains("/praise.html"), driver.getCurrentUrl());
        assertEquals(0, OutboxMail.to(server.outboxDir(), email).size(), "nothing was sent");

        // Put right, the same form goes through.
        pickStars(4);
        find("#text").sendKeys("Skaists pušķis un laipna konsultācija – paldies!");
        click("#consent");
        click("#submit");
        awaitCheckEmailPage("Pārbaudi savu e-pastu");
        URI first = OutboxMail.awaitNext(server.outboxDir(), email, 0, WAIT).confirmationLink();

        // A second praise before either is confirmed is accepted (the person's slot is taken at confirmation) ...
        submitFullForm(FLORIST, FLORIST_NAME, email, "Otrreiz: ziedi joprojām brīnišķīgi!");
        awaitCheckEmailPage("Pārbaudi savu e-pastu");
        URI second = OutboxMail.awaitNext(server.outboxDir(), email, 1, WAIT).confirmationLink();
        assertNotEquals(first, second);

        // ... but only one of them can count.
        assertEquals("confirmed", openConfirmation(first));
        assertEquals("already_praised", openConfirmation(second));
        assertEquals("Šis dalībnieks jau ir uzslavēts", find("#confirm-result").getText());
        assertTrue(find("#confirm-detail").getText().startsWith("No šīs e-pasta adreses šis dalībnieks"),
                find("#confirm-detail").getText());
        chromium.screenshot(SCREENSHOTS, "confirm-already-praised-1280");
        assertEquals(before + 1, praiseCount(FLORIST, FLORIST_NAME));

        // Once one is confirmed, a third praise is answered as any (no oracle: the form can't tell who praised
        // whom); only the e-mail, which the mailbox's owner reads, says it changes nothing.
        submitFullForm(FLORIST, FLORIST_NAME, email, "Trešo reizi – vai drīkst?");
        awaitCheckEmailPage("Pārbaudi savu e-pastu");
        OutboxMail told = OutboxMail.awaitNext(server.outboxDir(), email, 2, WAIT);
        assertTrue(told.text().contains("nekas nav mainījies"), told.text());
        assertFalse(told.text().contains("token="), told.text());
        assertEquals(before + 1, praiseCount(FLORIST, FLORIST_NAME));
    }

    /** The address a branch poster's QR code holds, as the posters' use case builds it. */
    @Test
    void aPostersCodeOpensTheFormWithTheParticipantAndBranchChosenAndBothCanBeChanged() {
        String url = new Posters(2027, null, null, server.baseUrl().toString()).praiseUrl(PREILU, "Preiļi");
        assertTrue(url.endsWith("?p=" + PREILU + "&b=Prei%C4%BCi"), url);
        driver.get(url);
        awaitPraiseForm();
        awaitChosen(PREILU_NAME);
        visible("#branch-field");
        Select branch = new Select(find("#branch"));
        assertEquals("Preiļi", branch.getFirstSelectedOption().getAttribute("value"));

        branch.selectByVisibleText("Aizkalne");
        assertEquals("Aizkalne", new Select(find("#branch")).getFirstSelectedOption().getAttribute("value"));
        branch.selectByValue("");
        assertEquals("", new Select(find("#branch")).getFirstSelectedOption().getAttribute("value"), "no branch at all");

        click("#change-participant");
        chooseBySearch("medus", CAFE_NAME);
        assertFalse(find("#branch-field").isDisplayed(), "the café has no branches");
        assertTrue(driver.getCurrentUrl().contains("p=" + CAFE), driver.getCurrentUrl());
        assertFalse(driver.getCurrentUrl().contains("b="), "the poster's branch goes with its participant");
    }

    @Test
    void pagesFitAPhoneWidthWithoutSideways() {
        for (int width : new int[] {360, 1280}) {
            boolean phone = width < 600;
            chromium.viewport(width, phone ? 740 : 900, phone);
            String suffix = "-" + width;
            List<String> tooWide = new ArrayList<>();

            driver.get(server.baseUrl() + "/index.html");
            visible("#campaign-state");
            find("#search").sendKeys("novada");
            wait(d -> d.findElements(By.cssSelector("#results li")).size() >= 2);
            checkWidth("index.html with search results", width, tooWide);
            chromium.screenshot(SCREENSHOTS, "index" + suffix);

            openPraiseForm("/praise.html");
            clickable("#participant-search").sendKeys("novada");
            wait(d -> d.findElements(By.cssSelector("#participant-results button")).size() >= 2);
            checkWidth("praise.html with search results", width, tooWide);
            chromium.screenshot(SCREENSHOTS, "praise-search" + suffix);
            resultButton(LONGEST_NAME).click();
            awaitChosen(LONGEST_NAME);
            pickStars(4);
            tickAspects(1);
            checkWidth("praise.html filled in", width, tooWide);
            chromium.screenshot(SCREENSHOTS, "praise" + suffix);
            click("#submit");
            visible("#form-errors");
            checkWidth("praise.html with errors", width, tooWide);
            chromium.screenshot(SCREENSHOTS, "praise-errors" + suffix);

            praiseCount(LONGEST, LONGEST_NAME);
            checkWidth("participant.html", width, tooWide);
            chromium.screenshot(SCREENSHOTS, "participant" + suffix);

            driver.get(server.baseUrl() + "/confirm.html?token=not-a-token");
            wait(d -> !"pending".equals(find("#confirm-result").getAttribute("data-status")));
            checkWidth("confirm.html (invalid link)", width, tooWide);
            chromium.screenshot(SCREENSHOTS, "confirm-invalid" + suffix);

            driver.get(server.baseUrl() + "/check-email.html");
            visible("h1");
            checkWidth("check-email.html", width, tooWide);
            chromium.screenshot(SCREENSHOTS, "check-email" + suffix);

            assertTrue(tooWide.isEmpty(), "wider than " + width + " px (sideways scroll): " + tooWide);
        }
    }

    // --- steps ---

    private static void openPraiseForm(String path) {
        driver.get(server.baseUrl() + path);
        awaitPraiseForm();
    }

    /** The form is usable once the campaign is loaded and open: then its controls are enabled. */
    private static void awaitPraiseForm() {
        wait(ExpectedConditions.elementToBeClickable(By.id("submit")));
    }

    private static void chooseBySearch(String typed, String name) {
        clickable("#participant-search").sendKeys(typed);
        resultButton(name).click();
        awaitChosen(name);
    }

    private static WebElement resultButton(String name) {
        By button = By.xpath("//ul[@id='participant-results']//button[normalize-space(.)=" + xpathLiteral(name) + "]");
        return wait(ExpectedConditions.elementToBeClickable(button));
    }

    private static void awaitChosen(String name) {
        visible("#chosen-participant");
        wait(d -> name.equals(find("#chosen-name").getText()));
    }

    /** The radio covers its star (transparent); should the browser refuse it, the label does the same. */
    private static void pickStars(int n) {
        WebElement radio = find("#stars-" + n);
        try {
            radio.click();
        } catch (ElementNotInteractableException e) { // ElementClickInterceptedException included
            find("label[for='stars-" + n + "']").click();
        }
        wait(d -> radio.isSelected());
    }

    /** Ticks the first {@code count} aspects offered; returns their codes in page order. */
    private static List<String> tickAspects(int count) {
        visible("#aspects-field");
        List<WebElement> boxes = driver.findElements(By.cssSelector("input[name='aspects']"));
        assertTrue(boxes.size() >= count, "aspects offered: " + boxes.size());
        List<String> codes = new ArrayList<>();
        for (WebElement box : boxes.subList(0, count)) {
            box.click();
            assertTrue(box.isSelected());
            codes.add(box.getAttribute("value"));
        }
        return codes;
    }

    private static void submitFullForm(String id, String name, String email, String text) {
        openPraiseForm("/praise.html?p=" + id);
        awaitChosen(name);
        pickStars(5);
        find("#text").sendKeys(text);
        click("#channel-online");
        find("#email").sendKeys(email);
        click("#consent");
        click("#submit");
    }

    private static void awaitCheckEmailPage(String heading) {
        wait(ExpectedConditions.urlToBe(server.baseUrl() + "/check-email.html"));
        wait(d -> heading.equals(find("h1").getText()));
    }

    /** Opens the e-mailed link and returns the outcome the page settles on. */
    private static String openConfirmation(URI link) {
        driver.get(link.toString());
        return wait(d -> {
            String status = find("#confirm-result").getAttribute("data-status");
            return "pending".equals(status) ? null : status;
        });
    }

    /** The participant's public page: checks its name, returns the count it shows. */
    private static int praiseCount(String id, String name) {
        driver.get(server.baseUrl() + "/participant.html?id=" + id);
        return shownCount(name);
    }

    private static int shownCount(String name) {
        visible("#card");
        wait(d -> name.equals(find("#participant-name").getText()));
        return Integer.parseInt(find("#praise-count").getText().strip());
    }

    private static void checkWidth(String page, int width, List<String> tooWide) {
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        if (scrollWidth.intValue() > width) {
            tooWide.add(page + " is " + scrollWidth + " px wide");
        }
    }

    /** The stored item of the praise with this (unique) text. */
    private static Map<String, AttributeValue> storedPraise(String text) {
        List<Map<String, AttributeValue>> items = server.dynamo().scanPaginator(r -> r
                        .tableName(server.tableName())
                        .filterExpression("#type = :praise AND #text = :text")
                        .expressionAttributeNames(Map.of("#type", "type", "#text", "text"))
                        .expressionAttributeValues(Map.of(":praise", AttributeValue.fromS("PRAISE"),
                                ":text", AttributeValue.fromS(text))))
                .items().stream().toList();
        assertEquals(1, items.size(), "praise items with the text " + text);
        return items.get(0);
    }

    private static String uniqueEmail(String tag) {
        return "browser-" + tag + "-" + UUID.randomUUID() + "@example.com";
    }

    // --- small WebDriver helpers ---

    private static String htmlLang() {
        return find("html").getAttribute("lang");
    }

    private static WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    private static WebElement visible(String css) {
        return wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static WebElement clickable(String css) {
        return wait(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    }

    private static void click(String css) {
        clickable(css).click();
    }

    private static <T> T wait(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        // A re-rendered element read mid-render is stale, not a failure: ask again.
        return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    private static String xpathLiteral(String s) {
        return s.contains("'") ? "\"" + s + "\"" : "'" + s + "'";
    }
}
