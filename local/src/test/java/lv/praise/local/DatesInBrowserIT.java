package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lv.praise.domain.CalendarDates;
import lv.praise.domain.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site's date formatter (static-site/assets/dates.js, as the local server serves it) in headless Chromium,
 * against its Java twin {@link CalendarDates}: every day of the leap year 2028, in lv, en and et, in every form,
 * from instants at 00:30 and 23:30 Riga time (a wrong time zone or summer-time rule moves one of them to another
 * day) and from the plain yyyy-mm-dd. The browser runs in Los Angeles time, as a visitor abroad would, so the
 * browser's own zone can't stand in for the campaign's. Literal strings besides, so that both can't be wrong
 * together; and no day of the month with a leading zero (Chromium's en-GB parts give "02"). The page's text differs
 * from the mails' in one way only: a no-break space after each number ("2.&nbsp;janvārī", "2027.&nbsp;gada"), so a
 * line never ends at "5." – see {@link #inPage}.
 */
class DatesInBrowserIT extends BrowserSession {
    private static final ZoneId RIGA = ZoneId.of("Europe/Riga");
    private static final Pattern ZERO_PADDED_DAY = Pattern.compile("(^|\\D)0\\d(\\.?[ \u00a0])");
    /** A space after a number and before a word: the page's text has a no-break space there. */
    private static final Pattern AFTER_NUMBER = Pattern.compile("(\\d\\.?) (?=\\p{L})");

    @BeforeAll
    static void prepare() {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "America/Los_Angeles"));
    }

    /**
     * A page without the formatter, then the formatter itself by a script element: the page's CSP allows it as it
     * allows the pages' own scripts.
     */
    private static void loadFormatter() {
        driver.get(server.baseUrl() + "/privacy.html");
        Object loaded = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var s = document.createElement('script'); s.src = '/assets/dates.js';"
                + "s.onload = function () { done(typeof Dates); }; s.onerror = function () { done('failed'); };"
                + "document.head.appendChild(s);");
        assertEquals("object", loaded, "/assets/dates.js did not load");
        assertEquals("America/Los_Angeles", driver.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone;"));
    }

    @Test
    void everyDayOf2028ReadsAsCalendarDatesWritesIt() {
        loadFormatter();
        List<String> days = new ArrayList<>();
        List<String> early = new ArrayList<>();
        List<String> late = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2028, 1, 1); day.getYear() == 2028; day = day.plusDays(1)) {
            days.add(day.toString());
            early.add(ZonedDateTime.of(day, LocalTime.of(0, 30), RIGA).toInstant().toString());
            late.add(ZonedDateTime.of(day, LocalTime.of(23, 30), RIGA).toInstant().toString());
        }
        assertEquals(366, days.size());
        assertTrue(early.get(0).endsWith("Z"), "instants in UTC, for the page to place in Riga: " + early.get(0));

        // Per day and language: each form from the early instant (zone left to the default), the late one (zone
        // given) and the plain day, then the machine-readable day of both instants.
        @SuppressWarnings("unchecked")
        List<List<String>> browser = (List<List<String>>) driver.executeScript(
                "var days = arguments[0], early = arguments[1], late = arguments[2], out = [];"
                + "days.forEach(function (day, i) { ['lv', 'en', 'et'].forEach(function (l) { out.push(["
                + "  Dates.on(l, early[i]), Dates.date(l, early[i]), Dates.dayMonth(l, early[i]), Dates.dateTime(l, early[i]),"
                + "  Dates.on(l, late[i], 'Europe/Riga'), Dates.date(l, late[i], 'Europe/Riga'),"
                + "  Dates.dayMonth(l, late[i], 'Europe/Riga'), Dates.dateTime(l, late[i], 'Europe/Riga'),"
                + "  Dates.on(l, day), Dates.date(l, day), Dates.dayMonth(l, day),"
                + "  Dates.isoDay(early[i]), Dates.isoDay(late[i], 'Europe/Riga')]); }); });"
                + "return out;", days, early, late);
        assertEquals(366 * 3, browser.size());

        List<String> wrong = new ArrayList<>();
        int compared = 0;
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = LocalDate.parse(days.get(i));
            Instant e = Instant.parse(early.get(i));
            Instant l = Instant.parse(late.get(i));
            for (Lang lang : Lang.values()) {
                List<String> expected = Stream.of(
                        CalendarDates.on(lang, day), CalendarDates.date(lang, day), CalendarDates.dayMonth(lang, day),
                        CalendarDates.dateTime(lang, e, RIGA),
                        CalendarDates.on(lang, day), CalendarDates.date(lang, day), CalendarDates.dayMonth(lang, day),
                        CalendarDates.dateTime(lang, l, RIGA),
                        CalendarDates.on(lang, day), CalendarDates.date(lang, day), CalendarDates.dayMonth(lang, day),
                        day.toString(), day.toString()).map(DatesInBrowserIT::inPage).toList();
                List<String> actual = browser.get(i * 3 + lang.ordinal());
                if (!expected.equals(actual)) {
                    wrong.add(day + " " + lang.code() + ": expected " + shown(expected) + " but the browser wrote " + shown(actual));
                }
                for (String text : actual) {
                    if (ZERO_PADDED_DAY.matcher(text).find() && !text.equals(day.toString())) {
                        wrong.add(day + " " + lang.code() + ": a zero-padded day in \"" + text + "\"");
                    }
                }
                compared += actual.size();
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " differences (~ a no-break space), the first: "
                + String.join("\n", wrong.subList(0, Math.min(10, wrong.size()))));
        assertEquals(366 * 3 * 13, compared);
    }

    /** The pages use it: the home page's campaign state, in each language, for a visitor in Los Angeles. */
    @Test
    void theHomePageNamesTheCampaignsDayAsCalendarDatesDoes() throws Exception {
        HttpResponse<String> res = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.baseUrl().resolve("/api/campaign")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode(), res.body());
        JsonNode campaign = new ObjectMapper().readTree(res.body());
        ZoneId zone = ZoneId.of(campaign.get("timeZone").asText());
        boolean upcoming = "upcoming".equals(campaign.get("state").asText());
        LocalDate day = OffsetDateTime.parse(campaign.get(upcoming ? "praiseOpensAt" : "praiseClosesAt").asText())
                .atZoneSameInstant(zone).toLocalDate();
        for (Lang lang : Lang.values()) {
            driver.get(server.baseUrl() + "/index.html?lang=" + lang.code());
            WebElement state = new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("campaign-state")));
            String text = state.getText();
            assertTrue(text.endsWith(" " + CalendarDates.date(lang, day) + "."), lang + ": " + text);
        }
    }

    /** Known text, written out: if the Java twin were wrong in the same way, these would still fail. */
    @Test
    void literalDates() {
        loadFormatter();
        Map<String, String> cases = Map.ofEntries(
                Map.entry("Dates.on('lv', '2027-01-01T22:30:00Z')", "2027. gada 2. janvārī"),
                Map.entry("Dates.on('en', '2027-01-01T22:30:00Z')", "2 January 2027"),
                Map.entry("Dates.on('et', '2027-01-01T22:30:00Z')", "2. jaanuaril 2027"),
                Map.entry("Dates.date('lv', '2027-01-02')", "2027. gada 2. janvāris"),
                Map.entry("Dates.date('et', '2027-01-02')", "2. jaanuar 2027"),
                Map.entry("Dates.dayMonth('lv', '2027-01-02')", "2. janvāris"),
                Map.entry("Dates.dayMonth('en', '2027-01-02')", "2 January"),
                Map.entry("Dates.dayMonth('et', '2027-01-02')", "2. jaanuar"),
                Map.entry("Dates.on('et', '2026-12-05T10:00:00+02:00')", "5. detsembril 2026"),
                Map.entry("Dates.date('lv', '2026-11-28T12:00:00+02:00')", "2026. gada 28. novembris"),
                Map.entry("Dates.dateTime('lv', '2027-01-02T10:00:00Z')", "2027. gada 2. janvāris, 12:00"),
                Map.entry("Dates.dateTime('en', '2027-01-02T10:00:00Z')", "2 January 2027, 12:00"),
                Map.entry("Dates.dateTime('et', '2027-01-02T10:00:00Z')", "2. jaanuar 2027, 12:00"),
                Map.entry("Dates.on('lv', '2028-02-29')", "2028. gada 29. februārī"),
                Map.entry("Dates.on('et', '2028-02-29')", "29. veebruaril 2028"),
                // The clock changes in Riga (01:00 UTC): just before and after midnight, and the hour itself.
                Map.entry("Dates.dateTime('lv', '2028-03-25T21:59:00Z')", "2028. gada 25. marts, 23:59"),
                Map.entry("Dates.dateTime('lv', '2028-03-25T22:00:00Z')", "2028. gada 26. marts, 00:00"),
                Map.entry("Dates.dateTime('en', '2028-03-26T01:00:00Z')", "26 March 2028, 04:00"),
                Map.entry("Dates.dateTime('en', '2028-03-26T20:59:00Z')", "26 March 2028, 23:59"),
                Map.entry("Dates.dateTime('et', '2028-10-28T21:00:00Z')", "29. oktoober 2028, 00:00"),
                Map.entry("Dates.dateTime('et', '2028-10-29T21:59:00Z')", "29. oktoober 2028, 23:59"),
                Map.entry("Dates.dateTime('et', '2028-10-29T22:00:00Z')", "30. oktoober 2028, 00:00"),
                // Another zone when one is given; the day of the machine-readable date.
                Map.entry("Dates.date('en', '2028-03-26T22:30:00Z', 'UTC')", "26 March 2028"),
                Map.entry("Dates.date('en', '2028-03-26T22:30:00Z')", "27 March 2028"),
                Map.entry("Dates.isoDay('2027-01-01T22:30:00Z')", "2027-01-02"),
                // Not a date: shown as it came, nothing for nothing; an unknown language is Latvian.
                Map.entry("Dates.date('lv', 'soon')", "soon"),
                Map.entry("Dates.date('lv', null)", ""),
                Map.entry("Dates.date('fi', '2027-01-02')", "2027. gada 2. janvāris"));
        List<String> wrong = new ArrayList<>();
        cases.forEach((call, written) -> {
            String expected = inPage(written);
            Object actual = driver.executeScript("return " + call + ";");
            if (!expected.equals(actual)) {
                wrong.add(call + " → \"" + shown(actual) + "\", expected \"" + shown(expected) + "\"");
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals("2027.\u00a0gada 2.\u00a0janvārī", inPage("2027. gada 2. janvārī"));
        assertEquals("2\u00a0January 2027, 12:00", inPage("2 January 2027, 12:00"));
    }

    /** No-break spaces made visible ("~") in a failure's message. */
    private static String shown(Object text) {
        return String.valueOf(text).replace('\u00a0', '~');
    }

    /** CalendarDates' text as the page has it: a no-break space between a number and the word after it. */
    private static String inPage(String text) {
        return AFTER_NUMBER.matcher(text).replaceAll("$1\u00a0");
    }
}
