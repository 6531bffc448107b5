package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium against the local run, whose demo data praises participants on every day the
 * window has been open: the daily trend is drawn (a bar for every day with praise, as its table says), the figures
 * agree with the table, and the page fits 360 and 1280 px in lv, en and et (screenshots in target/screenshots).
 */
class DashboardInBrowserIT extends BrowserSession {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

    @Test
    void theTrendChartShowsTheDemosPraiseDayByDayWithATableAlternative() {
        chromium.viewport(1280, 900, false);
        chromium.clearSiteData(server.baseUrl());
        driver.get(server.baseUrl() + "/admin/index.html?lang=lv");
        visible("#email").sendKeys("organiser.dashboard@example.lv", Keys.ENTER);
        WebElement chart = visible("#trend-svg");
        assertEquals("img", chart.getAttribute("role"));

        // The table alternative: a row per day of the window so far, the demo's praise on each day before today.
        List<long[]> rows = trendRows();
        LocalDate today = server.day();
        List<String> dates = trendDates();
        assertEquals(today.toString(), dates.get(dates.size() - 1), "the trend runs to today");
        for (int back = 1; back <= DemoData.OPENED_DAYS_AGO; back++) {
            int i = dates.indexOf(today.minusDays(back).toString());
            assertTrue(i >= 0 && rows.get(i)[0] > 0, "the demo praised on " + today.minusDays(back) + ": " + dates);
        }
        long withPraise = rows.stream().filter(r -> r[0] > 0).count();
        assertEquals(withPraise, driver.findElements(By.cssSelector("#trend-svg rect.bar-submitted")).size(),
                "a bar for every day with praise");
        long submitted = rows.stream().mapToLong(r -> r[0]).sum();
        long confirmed = rows.stream().mapToLong(r -> r[1]).sum();
        assertEquals(submitted, figure(0), "the tile says what the days add up to");
        assertEquals(confirmed, figure(1));
        String label = chart.getAttribute("aria-label");
        assertTrue(label.replaceAll("[\\s\u00a0\u202f]", "").contains(Long.toString(submitted)), label);

        // Opened, the table is there to read; the summary is a real control.
        WebElement summary = find("#trend-details summary");
        assertFalse(find("#trend-table").isDisplayed());
        summary.click();
        visible("#trend-table");
        assertEquals("Uzslavas pa dienām", find("#trend-heading").getText());
        assertFalse(find("#industry-list").getText().isBlank() && find("#industries-none").getText().isBlank());

        // After a recalculation: participants without an evaluation and the industries, as of that run.
        Object recalculated = driver.executeAsyncScript("var done = arguments[0];"
                + "Admin.api('/api/admin/scores/recalculate', { method: 'POST' }).then(function (r) { done(r.status); });");
        assertEquals(200L, ((Number) recalculated).longValue());
        driver.navigate().refresh();
        visible("#recalc-facts");
        assertTrue(find("#r-not-evaluated").getText().matches("\\d+ no \\d+"), find("#r-not-evaluated").getText());
        assertFalse(driver.findElements(By.cssSelector("#industry-list li")).isEmpty(), "the top industries");

        // An export from the dashboard: fetched with the session, saved under the server's name.
        find("button[data-export='nominations']").click();
        wait(d -> find("#exports-heading").findElement(By.xpath("..")).findElement(By.cssSelector(".export-status"))
                .getText().startsWith("Lejupielādēts: nominations-"));

        // Nothing to export yet is said in the console's language, with no code or English message.
        find("button[data-export='awards']").click();
        WebElement refused = visible("#exports-heading + p + .export-actions ~ .export-error");
        assertEquals("Rezultāti vēl nav publicēti: apbalvoto vēl nav.", refused.getText());

        // Every language at both widths, never wider than the screen.
        List<String> tooWide = new ArrayList<>();
        for (String lang : List.of("lv", "en", "et")) {
            for (int width : new int[] {1280, 360}) {
                boolean phone = width < 600;
                chromium.viewport(width, phone ? 740 : 900, phone);
                driver.get(server.baseUrl() + "/admin/index.html?lang=" + lang);
                visible("#trend-svg");
                wait(d -> !find("#figure-list").getText().isBlank());
                Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
                if (scrollWidth.intValue() > width) {
                    tooWide.add(lang + " at " + width + " px is " + scrollWidth + " px wide");
                }
                Number svgWidth = (Number) driver.executeScript("return document.getElementById('trend-svg').getBoundingClientRect().width;");
                assertTrue(svgWidth.intValue() <= width, lang + " " + width + ": the chart is drawn for its box, " + svgWidth);
                chromium.screenshot(SCREENSHOTS, "dashboard-" + lang + "-" + width);
            }
        }
        assertTrue(tooWide.isEmpty(), "wider than the viewport: " + tooWide);
    }

    /** [submitted, confirmed] of each row of the trend's table (read whether or not it is open). */
    @SuppressWarnings("unchecked")
    private static List<long[]> trendRows() {
        List<List<String>> raw = (List<List<String>>) driver.executeScript("return Array.prototype.map.call("
                + "document.querySelectorAll('#trend-table tbody tr'), function (tr) {"
                + " return [tr.cells[1].textContent, tr.cells[2].textContent]; });");
        List<long[]> rows = new ArrayList<>();
        raw.forEach(r -> rows.add(new long[] {digits(r.get(0)), digits(r.get(1))}));
        assertFalse(rows.isEmpty(), "the trend's table has rows");
        return rows;
    }

    /** The ISO day of each bar's date attribute is the table's order; read from the bars' and the rows' source. */
    @SuppressWarnings("unchecked")
    private static List<String> trendDates() {
        Map<String, Object> dash = (Map<String, Object>) driver.executeAsyncScript("var done = arguments[0];"
                + "Admin.api('/api/admin/dashboard').then(function (r) { done(r.body); });");
        List<String> dates = new ArrayList<>();
        ((List<Map<String, Object>>) dash.get("trend")).forEach(d -> dates.add((String) d.get("date")));
        return dates;
    }

    private static long figure(int index) {
        List<WebElement> values = driver.findElements(By.cssSelector("#figure-list .figure-value"));
        return digits(values.get(index).getText());
    }

    private static long digits(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
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
