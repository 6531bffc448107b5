package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lv.praise.domain.ErrorCode;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.Color;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in the organiser's language: every console page (each static-site/admin/*.html but the
 * sign-in's callback, so a page added later is walked too) in Latvian shows no English text and no raw
 * code – checked against the English strings (the console's table in i18n-admin.js and the site's parts
 * the page loads), the API's error codes, the import reasons' codes, the vocabulary's codes and the
 * string keys themselves – with demo data, an import with rejected rows on both import pages, the awards
 * preview, a recalculation's breakdown and a search in the phone-praise picker. Then every page in lv, en
 * and et at 360 and 1280 px (no raw code in any, no English in Estonian), with screenshots; the phone's
 * nav as one disclosure button; the irreversible button as large as the base button; plural forms.
 * Shares the local run with other tests: it imports only dry runs and never closes or publishes.
 */
class ConsoleLanguageInBrowserIT extends FreshVisitorSession {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots",
            "console-language");
    private static final Path SITE = SamTemplate.locate().resolveSibling("static-site");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    /** An entry of i18n-admin.js: 'key': ['lv', 'en', 'et']. */
    private static final Pattern ADMIN_ENTRY = Pattern.compile("^\\s*'([^']+)': \\['([^']*)', '([^']*)', '([^']*)'\\],?\\s*$",
            Pattern.MULTILINE);
    /** An entry of a site part, assets/i18n/<lang>/<part>.js: 'key': 'text'. */
    private static final Pattern SITE_ENTRY = Pattern.compile("^\\s*'([^']+)': '((?:[^'\\\\]|\\\\.)*)',?\\s*$", Pattern.MULTILINE);
    private static final Pattern PARTS = Pattern.compile("data-parts=\"([^\"]*)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\w+\\}");

    /*
     * Counts the page's requests in flight (fetch and reading its body): the walk waits until none is left
     * and none has started or ended for a moment, the page's own signal that its answers are shown.
     */
    private static final String IDLE_PROBE = "(function () {"
            + "window.__pending = 0; window.__changed = performance.now();"
            + "function up() { window.__pending++; window.__changed = performance.now(); }"
            + "function down() { setTimeout(function () { window.__pending--; window.__changed = performance.now(); }, 0); }"
            + "var f = window.fetch; window.fetch = function () { up(); var p = f.apply(this, arguments); p.then(down, down); return p; };"
            + "['json', 'blob', 'text'].forEach(function (m) { var o = Response.prototype[m];"
            + "  Response.prototype[m] = function () { up(); var p = o.apply(this, arguments); p.then(down, down); return p; }; });"
            + "window.__errors = []; window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });"
            + "})();";

    /** Visible text and accessible names in the page's language (user text marked with another lang is left out). */
    private static final String TEXTS = "var lang = document.documentElement.lang, out = [];"
            + "function own(e) { var l = e.closest('[lang]'); return !l || l === document.documentElement || l.lang === lang; }"
            + "var w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), n;"
            + "while ((n = w.nextNode())) { var p = n.parentElement; if (!p || p.closest('script,style,noscript,option:not(:checked)')) continue;"
            + "  if (!p.getClientRects().length || !own(p)) continue; var t = n.nodeValue.replace(/\\s+/g, ' ').trim(); if (t) out.push(t); }"
            + "document.querySelectorAll('[aria-label],[title],[placeholder],[alt]').forEach(function (e) { if (!own(e)) return;"
            + "  ['aria-label', 'title', 'placeholder', 'alt'].forEach(function (a) { var v = e.getAttribute(a); if (v) out.push(v); }); });"
            + "document.querySelectorAll('select').forEach(function (s) { if (!s.getClientRects().length) return;"
            + "  Array.prototype.forEach.call(s.options, function (o) { out.push(o.text); }); });"
            + "out.push(document.title); return out;";

    @TempDir
    Path folder;

    @BeforeAll
    static void prepareBrowser() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", IDLE_PROBE));
    }

    @Test
    void everyConsolePageInLatvianShowsNoEnglishAndNoRawCode() throws Exception {
        Strings strings = Strings.read();
        Set<String> codes = codes(strings);
        List<String> pages = pages();
        assertTrue(pages.containsAll(List.of("index", "participants", "evaluations", "standings", "moderation",
                "praise-entry", "nominations", "posters", "awards")), pages.toString());
        Map<String, List<String>> found = new LinkedHashMap<>();
        signIn("/admin/index.html?lang=lv");
        for (String page : pages) {
            open(page, "lv");
            List<String> shown = new ArrayList<>(texts());
            // The API's own English sentences of what the page was shown (import reasons, the preview's refusal).
            Set<String> english = new TreeSet<>(strings.english(page));
            shown.addAll(exercise(page, codes, english));
            List<String> problems = problems(shown, english, codes, strings.keys());
            if (!problems.isEmpty()) {
                found.put(page, problems);
            }
            chromium.screenshot(SCREENSHOTS, "walk-" + page + "-lv-1280");
            firstScreen("walk-" + page + "-lv-1280-top");
            assertEquals(List.of(), driver.executeScript("return window.__errors;"), page + ": script errors");
        }
        assertTrue(found.isEmpty(), "English text or raw codes in the Latvian console: " + found);
    }

    @Test
    void everyPageInEveryLanguageAtPhoneAndDesktopWidths() throws Exception {
        Strings strings = Strings.read();
        Set<String> codes = codes(strings);
        Map<String, List<String>> found = new LinkedHashMap<>();
        signIn("/admin/index.html?lang=lv");
        for (int width : new int[] {360, 1280}) {
            boolean phone = width < 600;
            chromium.viewport(width, phone ? 740 : 900, phone);
            for (String lang : List.of("lv", "en", "et")) {
                for (String page : pages()) {
                    open(page, lang);
                    // English is the page's language in en; elsewhere it is the mistake looked for.
                    Set<String> english = lang.equals("en") ? Set.of() : strings.english(page);
                    // An English page has English words; there only codes that are no words are out of place.
                    Set<String> out = lang.equals("en") ? words(codes) : codes;
                    List<String> problems = problems(texts(), english, out, strings.keys());
                    Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
                    if (scrollWidth.intValue() > width) {
                        problems.add("the page is " + scrollWidth + " px wide");
                    }
                    if (!problems.isEmpty()) {
                        found.put(page + " " + lang + " " + width, problems);
                    }
                    chromium.screenshot(SCREENSHOTS, page + "-" + lang + "-" + width);
                    firstScreen(page + "-" + lang + "-" + width + "-top");
                }
            }
        }
        assertTrue(found.isEmpty(), "problems: " + found);
    }

    @Test
    void onAPhoneTheNavIsOneButtonThatOpensTheLinks() {
        signIn("/admin/standings.html?lang=lv");
        chromium.viewport(360, 740, true);
        open("standings", "lv");
        WebElement toggle = visible("#console-nav-toggle");
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertTrue(toggle.getText().contains("Rezultātu tabula"), "the button names the current page: " + toggle.getText());
        List<WebElement> links = driver.findElements(By.cssSelector("#console-nav a"));
        assertTrue(links.size() >= 9);
        assertTrue(links.stream().noneMatch(WebElement::isDisplayed), "the links wait behind the button");
        Number navHeight = (Number) driver.executeScript("return document.getElementById('console-nav').getBoundingClientRect().height;");
        assertTrue(navHeight.intValue() < 80, "one row, not five: " + navHeight);
        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        assertTrue(links.stream().allMatch(WebElement::isDisplayed), "open: every link");
        links.get(0).sendKeys(Keys.ESCAPE);
        wait(d -> "false".equals(toggle.getAttribute("aria-expanded")));
        assertEquals("console-nav-toggle", driver.switchTo().activeElement().getAttribute("id"), "Escape closes it and returns");

        chromium.viewport(1280, 900, false);
        wait(d -> !toggle.isDisplayed());
        assertTrue(links.stream().allMatch(WebElement::isDisplayed), "a wide screen shows the links as a list");
    }

    @Test
    void theIrreversibleButtonIsAsLargeAsAPrimaryOneAndFilled() {
        signIn("/admin/awards.html?lang=lv");
        open("awards", "lv");
        WebElement close = visible("#close-window"); // the local run's campaign is open
        assertEquals("Slēgt uzslavu pieņemšanu tagad", close.getText());
        assertTrue(close.getSize().getHeight() >= 44, "at least the base button's 2.75rem: " + close.getSize());
        assertEquals(driver.executeScript("return getComputedStyle(document.body).fontSize;"),
                driver.executeScript("return getComputedStyle(arguments[0]).fontSize;", close), "the page's text size, not a small one");
        assertEquals("#b00020", Color.fromString(close.getCssValue("background-color")).asHex(), "filled in the error colour");
        close.click();
        WebElement yes = visible("#close-yes");
        WebElement no = visible("#close-no");
        assertTrue(yes.getSize().getHeight() >= no.getSize().getHeight(), "not smaller than Cancel beside it");
        assertEquals("#ffffff", Color.fromString(no.getCssValue("background-color")).asHex(), "Cancel is the outlined one");
        no.click();
    }

    @Test
    void pluralFormsFollowTheNumberInEachLanguage() {
        driver.get(server.baseUrl() + "/admin/index.html?lang=lv");
        wait(d -> Boolean.TRUE.equals(driver.executeScript("return !!(window.Admin && window.I18N && I18N.tn);")));
        @SuppressWarnings("unchecked")
        List<String> lv = (List<String>) driver.executeScript(
                "return [0, 1, 2, 10, 11, 21, 22, 101, 111, 1000].map(function (n) { return I18N.plural('lv', n); });");
        assertEquals(List.of("zero", "one", "other", "zero", "zero", "one", "other", "one", "zero", "zero"), lv);
        for (String lang : List.of("en", "et")) {
            assertEquals(List.of("other", "one", "other", "other", "other"), driver.executeScript(
                    "var l = arguments[0]; return [0, 1, 2, 11, 21].map(function (n) { return I18N.plural(l, n); });", lang), lang);
        }
        assertEquals("Importēt 1 derīgo rindu un izlaist 1 noraidīto", driver.executeScript(
                "return I18N.t('imp.importValid', { valid: I18N.tn('cnt.validRows', 1, { n: 1 }), rejected: I18N.tn('cnt.rejectedRows', 1, { n: 1 }) });"));
        assertEquals("Importēt 2 derīgās rindas un izlaist 21 noraidīto", driver.executeScript(
                "return I18N.t('imp.importValid', { valid: I18N.tn('cnt.validRows', 2, { n: 2 }), rejected: I18N.tn('cnt.rejectedRows', 21, { n: 21 }) });"));
        assertEquals("Importēt 10 derīgās rindas un izlaist 11 noraidītās", driver.executeScript(
                "return I18N.t('imp.importValid', { valid: I18N.tn('cnt.validRows', 10, { n: 10 }), rejected: I18N.tn('cnt.rejectedRows', 11, { n: 11 }) });"),
                "Latvian's zero form (ends in 0, or 11-19) reads as the plural where no own form is given");
    }

    // --- what each page is made to show beyond its first view ---

    /** Drives a page into its states with server messages; returns their texts too (read before they change). */
    private List<String> exercise(String page, Set<String> codes, Set<String> english) throws Exception {
        List<String> shown = new ArrayList<>();
        switch (page) {
            case "participants" -> {
                String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
                Path csv = folder.resolve("valoda-dalibnieki.csv");
                Files.writeString(csv, String.join("\n",
                        "name,registration_number,category,industry,size_class,contact_email,branches",
                        "Valodas Tests " + tag + ",VT-" + tag + "-1,B2C,TRANSPORT,SMALL,,Rīga",
                        "Valodas Tests Otrs " + tag + ",VT-" + tag + "-2,XYZ,TRANSPORT,SMALL,nav-adrese,Rīga;;Cēsis",
                        "Valodas Tests Trešais " + tag + ",VT-" + tag + "-3") + "\n", StandardCharsets.UTF_8);
                shown.addAll(dryRun("participants-import", csv, "/api/admin/participants/import", codes, english));
                String choice = find("#participants-import-import-valid").findElement(By.xpath("..")).getText();
                assertEquals("Importēt 1 derīgo rindu un izlaist 2 noraidītās", choice);
                String reason = find("#participants-import-rejected tbody tr[data-code='unknown_term'] td:nth-child(3)").getText();
                assertEquals("Nezināma vērtība „XYZ”: izmanto kampaņas sarakstā esošu kodu.", reason);
                assertEquals("Kategorija (category)",
                        find("#participants-import-rejected tbody tr[data-code='unknown_term'] td:nth-child(2)").getText());
                // The API's refusal of an empty new participant: its errors, field by field, in Latvian.
                find("#add-participant").click();
                visible("#editor-save").click();
                visible("#editor-errors li");
                waitIdle();
                shown.addAll(texts());
            }
            case "evaluations" -> {
                Path csv = folder.resolve("valoda-vertejumi.csv");
                Files.writeString(csv, String.join("\n",
                        "registration_number,date,evaluator,channel,score",
                        "00000000000,2027-03-10,Anna,visit,80",
                        "40003000001,2026-12-31,Anna,fax,87.5") + "\n", StandardCharsets.UTF_8);
                shown.addAll(dryRun("evaluations-import", csv, "/api/admin/evaluations/import", codes, english));
                String outside = find("#evaluations-import-rejected tbody tr[data-code='date_outside_campaign'] td:nth-child(3)")
                        .getText();
                assertTrue(outside.contains("2026. gada 31. decembris") && outside.contains("2027. gada kampaņas"), outside);
            }
            case "standings" -> {
                find("#recalculate").click();
                wait(d -> find("#recalc-status").getText().startsWith("Pārrēķināts"));
                waitIdle();
                visible("#standings-rows tr:not(.detail) .expand").click();
                visible("#standings-rows tr.detail:not([hidden])");
                shown.addAll(texts());
                // Filtered by category and size class: the caption says how many of all.
                String all = find("#standings-caption-text").getText();
                new org.openqa.selenium.support.ui.Select(find("#f-st-category")).selectByValue("B2C");
                wait(d -> !find("#standings-caption-text").getText().equals(all));
                String caption = find("#standings-caption-text").getText();
                assertTrue(caption.matches("Rezultāti .*: \\d+ no \\d+ dalībniek(iem|a)\\. .*"), caption);
                assertFalse(driver.findElements(By.cssSelector("#standings-rows tr:not(.detail)")).isEmpty());
                new org.openqa.selenium.support.ui.Select(find("#f-st-size")).selectByIndex(1);
                shown.addAll(texts());
            }
            case "praise-entry" -> {
                visible("#entry-search").sendKeys("bibliot");
                visible("#entry-results li");
                waitIdle();
                String meta = find("#entry-results li .meta").getText();
                assertFalse(meta.matches(".*\\b[A-Z_]{4,}\\b.*"), "vocabulary labels, not codes: " + meta);
                shown.addAll(texts());
            }
            case "awards" -> {
                // The local run's campaign is open: the preview says until when, from its code, in Latvian.
                WebElement summary = visible("#preview-summary");
                wait(d -> !summary.getText().isEmpty());
                assertTrue(summary.getText().contains("Uzslavu pieņemšana vēl turpinās (beigas: "), summary.getText());
                assertFalse(summary.getText().contains("T23:59"), "a formatted date, not an ISO instant");
                HttpResponse<String> preview = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/admin/awards/preview"))
                        .header("Authorization", "Bearer " + server.organiserToken()).build(), HttpResponse.BodyHandlers.ofString());
                String refusal = Replies.JSON.readTree(preview.body()).path("refusal").asText();
                assertFalse(refusal.isEmpty(), preview.body());
                english.add(refusal);
                shown.addAll(texts());
            }
            default -> {
                // Shown as first loaded.
            }
        }
        return shown;
    }

    /** Checks a CSV through a page's import box; the rejected rows' codes the API gave join the codes to look for. */
    private List<String> dryRun(String box, Path csv, String route, Set<String> codes, Set<String> english) throws Exception {
        visible("#" + box + "-file").sendKeys(csv.toAbsolutePath().toString());
        find("#" + box + "-check").click();
        visible("#" + box + "-rejected tbody tr");
        waitIdle();
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + route + "?dryRun=true"))
                .header("Authorization", "Bearer " + server.organiserToken())
                .header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode report = Replies.JSON.readTree(answer.body());
        assertTrue(report.path("rejected").size() > 1, answer.body());
        report.path("rejected").forEach(r -> {
            assertFalse(r.path("code").asText().isEmpty(), "every reason has a code: " + r);
            codes.add(r.path("code").asText());
            english.add(r.path("reason").asText());
        });
        return texts();
    }

    // --- the checks ---

    private static List<String> problems(List<String> shown, Set<String> english, Set<String> codes, Set<String> keys) {
        List<String> problems = new ArrayList<>();
        for (String text : new LinkedHashSet<>(shown)) {
            for (String fragment : english) {
                if (contains(text, fragment)) {
                    problems.add("English “" + fragment + "” in “" + text + "”");
                }
            }
            for (String code : codes) {
                if (contains(text, code)) {
                    problems.add("code “" + code + "” in “" + text + "”");
                }
            }
            for (String key : keys) {
                if (contains(text, key)) {
                    problems.add("string key “" + key + "” in “" + text + "”");
                }
            }
        }
        return problems;
    }

    /** Codes that can't be read as an English word: with '_', a digit or upper case ("not_closed", "B2C"). */
    private static Set<String> words(Set<String> codes) {
        Set<String> out = new TreeSet<>();
        codes.stream().filter(c -> !c.matches("[a-z]+")).forEach(out::add);
        return out;
    }

    /** As a whole word (or words): "sent" is not found in "presented". */
    private static boolean contains(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            int end = at + word.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) && text.charAt(at - 1) != '_';
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '_';
            if (startOk && endOk) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
    }

    /** The API's error codes, the import reasons' codes, the vocabulary's codes whose Latvian label differs. */
    private static Set<String> codes(Strings strings) throws Exception {
        Set<String> codes = new TreeSet<>();
        for (ErrorCode code : ErrorCode.values()) {
            codes.add(code.code());
        }
        strings.keys().stream().filter(k -> k.startsWith("imp.reason.")).map(k -> k.substring("imp.reason.".length()))
                .forEach(codes::add);
        codes.addAll(List.of("spam", "abusive", "not_about_service", "personal_data", "no_contact", "unknown_outcome",
                "not_evaluated", "below_threshold", "too_few_praise", "final_read", "worker_failed", "launch_failed"));
        HttpResponse<String> campaign = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/campaign")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode c = Replies.JSON.readTree(campaign.body());
        for (String list : List.of("categories", "industries", "aspects", "sizeClasses")) {
            c.path(list).forEach(term -> {
                String code = term.path("code").asText();
                // "Uzņēmums klientiem (B2C)": a label may quote its code.
                if (!term.path("name").path("lv").asText().contains(code)) {
                    codes.add(code);
                }
            });
        }
        return codes;
    }

    /** The console's pages: every admin/*.html but the sign-in's callback (it only passes through). */
    private static List<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(SITE.resolve("admin"))) {
            List<String> pages = new ArrayList<>(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .map(n -> n.substring(0, n.length() - ".html".length())).filter(n -> !n.equals("callback")).sorted().toList());
            // The dashboard first: it is where a session starts.
            pages.remove("index");
            pages.add(0, "index");
            return pages;
        }
    }

    /** The strings of the console and the site, in lv and en, by key. */
    private record Strings(Map<String, String> lv, Map<String, String> en, Map<String, Set<String>> sitePartKeys) {
        static Strings read() throws IOException {
            Map<String, String> lv = new LinkedHashMap<>();
            Map<String, String> en = new LinkedHashMap<>();
            Map<String, Set<String>> partKeys = new LinkedHashMap<>();
            Matcher admin = ADMIN_ENTRY.matcher(Files.readString(SITE.resolve("admin/i18n-admin.js"), StandardCharsets.UTF_8));
            Set<String> adminKeys = new LinkedHashSet<>();
            while (admin.find()) {
                lv.put(admin.group(1), admin.group(2));
                en.put(admin.group(1), admin.group(3));
                adminKeys.add(admin.group(1));
            }
            partKeys.put("admin", adminKeys);
            try (Stream<Path> parts = Files.list(SITE.resolve("assets/i18n/en"))) {
                for (Path part : parts.sorted().toList()) {
                    String name = part.getFileName().toString().replace(".js", "");
                    Set<String> keys = new LinkedHashSet<>();
                    Map<String, String> lvPart = entries(SITE.resolve("assets/i18n/lv/" + name + ".js"));
                    entries(part).forEach((k, v) -> {
                        keys.add(k);
                        // The console's own strings win over a part's (i18n-admin.js): those are compared above.
                        en.putIfAbsent(k, v);
                        lv.putIfAbsent(k, lvPart.getOrDefault(k, ""));
                    });
                    partKeys.put(name, keys);
                }
            }
            return new Strings(lv, en, partKeys);
        }

        private static Map<String, String> entries(Path file) throws IOException {
            Map<String, String> map = new LinkedHashMap<>();
            if (!Files.exists(file)) {
                return map;
            }
            Matcher m = SITE_ENTRY.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                map.put(m.group(1), m.group(2).replace("\\'", "'"));
            }
            return map;
        }

        Set<String> keys() {
            Set<String> keys = new LinkedHashSet<>();
            // Keys with a dot: a word alone ("loading") could be text; "a.nav.home" never is.
            en.keySet().stream().filter(k -> k.contains(".")).forEach(keys::add);
            return keys;
        }

        /**
         * The English text a page could show: the literal pieces of every English string of the console and of
         * the site parts the page loads, where the Latvian string differs ("CSV", "TOP-", "PDF" are both) and a
         * piece has a word of four letters or more (so punctuation and symbols are not counted).
         */
        Set<String> english(String page) throws IOException {
            String html = Files.readString(SITE.resolve("admin/" + page + ".html"), StandardCharsets.UTF_8);
            Set<String> parts = new LinkedHashSet<>(List.of("admin", "site"));
            Matcher m = PARTS.matcher(html);
            if (m.find()) {
                parts.addAll(List.of(m.group(1).trim().split("\\s+")));
            }
            // Words the Latvian strings use too (the CSV columns' names, "CSV", "PDF") are no sign of English.
            String allLatvian = String.join("\n", lv.values());
            Set<String> fragments = new TreeSet<>();
            for (String part : parts) {
                for (String key : sitePartKeys.getOrDefault(part, Set.of())) {
                    String english = en.get(key);
                    String latvian = lv.getOrDefault(key, "");
                    for (String piece : PLACEHOLDER.split(english)) {
                        String f = piece.strip().replaceAll("^[\\p{Punct}\\s–—“”‘’…·()]+|[\\p{Punct}\\s–—“”‘’…·()]+$", "");
                        if (f.matches(".*\\p{L}{4,}.*") && !latvian.contains(f) && !contains(allLatvian, f)) {
                            fragments.add(f);
                        }
                    }
                }
            }
            return fragments;
        }
    }

    // --- steps ---

    private static void open(String page, String lang) {
        driver.get(server.baseUrl() + "/admin/" + page + ".html?lang=" + lang);
        wait(d -> find("#console-nav").getAttribute("hidden") == null);
        waitIdle();
    }

    /** No request in flight and none started or ended for a moment: the page has shown its answers. */
    private static void waitIdle() {
        wait(d -> Boolean.TRUE.equals(driver.executeScript(
                "return document.readyState === 'complete' && window.__pending === 0 && performance.now() - window.__changed > 250;")));
    }

    /** What the first screen shows (the whole page's picture is too long to look at on a phone). */
    private static void firstScreen(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts() {
        return (List<String>) driver.executeScript(TEXTS);
    }

    private static void signIn(String path) {
        driver.get(server.baseUrl() + path);
        visible("#email").sendKeys("organiser.language@example.lv", Keys.ENTER);
        visible("#session");
    }

    private static WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    private static WebElement visible(String css) {
        return wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static <T> T wait(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition::apply);
    }
}
