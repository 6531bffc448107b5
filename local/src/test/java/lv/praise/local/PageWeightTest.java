package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.Test;

/**
 * The size budget of the public pages: HTML + CSS + JS + fonts that a page makes the browser fetch,
 * images aside, uncompressed, in each language (a page gets only its language's strings, see
 * assets/i18n.js). A budget, not a timing: it fails when a page outgrows it. What is weighed is the deploy build
 * (site-build/build.mjs: static-site/ with its scripts and styles minified), the files that are deployed and that
 * the browser tests run, not the commented sources.
 */
class PageWeightTest {
    static final int BUDGET = 30 * 1024;
    /**
     * The pages over 30 KB even minified, each held to a ceiling just above its weight so that it cannot grow
     * unnoticed. Only the evaluators' page (evaluate/index.html, issue 17), a work tool of a few dozen evaluators, not
     * a public page: its one script holds the sign-in, the plan, the whole visit form with its live score and the
     * draft that survives a lost connection, so that nothing more has to load once an evaluator is out of coverage.
     * The praise form (44 KB unminified), the results (36.5 KB), the nomination form (31.5 KB) and every start of the
     * participant's page (46.5 KB) had ceilings of their own before the deploy build minified the site; now they fit
     * 30 KB, the participant's page with its lower sections in a part of their own (below).
     */
    static final Map<String, Integer> OVER_BUDGET = Map.of("evaluate/index.html", 32 * 1024 + 768);
    /**
     * A page that loads parts of itself later names each on its script tag, {@code data-part-<name>="<files and
     * strings parts>"} (a file is a site path, a strings part a name in assets/i18n/<lang>/). What the browser
     * fetches is weighed, so every such part is either loaded at start – the page is weighed once per start it can
     * take, with the parts of that start, each within the page's budget – or loaded when first used, weighed alone
     * within a small ceiling of its own (so that no part can grow unnoticed, and no part is weighed nowhere).
     * The participant's page (my/index.html, issue 18) fetches its core (the token, the calls, the choice of
     * participant) and then, at start, either the sign-in (signed out) or the view with its dates and charts (signed
     * in), the view after the choice of participant for a contact of several, or after the organisers' part when an
     * organiser comes from the console; the merge of two spellings and the PDF downloads come when first used, and
     * the lower sections (benchmarks, mystery shopping, earlier years: my/lower.js) when one of them comes near the
     * screen.
     */
    static final Map<String, List<List<String>>> STARTS = Map.of("my/index.html", List.of(List.of("signin"), List.of("view"),
            List.of("choose", "view"), List.of("org", "view")));
    static final Map<String, Integer> LATER = Map.of("my/index.html merge", 1792, "my/index.html pdf", 1280, "my/index.html lower", 4352);
    /** Pages in folders of their own, weighed as the top-level ones are. */
    static final List<String> FOLDER_PAGES = List.of("evaluate/index.html", "my/index.html", "my/opt-out.html");
    static final List<String> LANGS = List.of("lv", "en", "et");

    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLESHEET = Pattern.compile("<link\\b[^>]*rel=\"stylesheet\"[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SRC = Pattern.compile("\\bsrc=\"([^\"]+)\"");
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]+)\"");
    private static final Pattern PARTS = Pattern.compile("\\bdata-parts=\"([^\"]*)\"");
    private static final Pattern LATE_PART = Pattern.compile("\\bdata-part-([a-z]+)=\"([^\"]*)\"");
    private static final Pattern IMPORT = Pattern.compile("@import\\s+(?:url\\()?[\"']?([^\"')\\s;]+)");
    private static final Pattern FONT = Pattern.compile("url\\([\"']?([^\"')]+\\.(?:woff2?|ttf|otf))[\"']?\\)");

    /**
     * The deploy build's output (site-build/build.mjs, run by local/pom.xml before the tests and named by the system
     * property {@value LocalServer.Config#SITE_DIR_PROPERTY}): what is deployed is weighed, minified, not the sources;
     * refused when it is not a build of the sources as they are now ({@link SiteBuild}).
     */
    private final Path site = builtSite();

    private static Path builtSite() {
        String dir = System.getProperty(LocalServer.Config.SITE_DIR_PROPERTY);
        assertTrue(dir != null && !dir.isBlank() && Files.isDirectory(Path.of(dir)), "no deploy build of the site to weigh ("
                + LocalServer.Config.SITE_DIR_PROPERTY + "=" + dir + "): run the tests through Maven, which runs node site-build/build.mjs");
        Path built = Path.of(dir).toAbsolutePath().normalize();
        Path template = SamTemplate.locate();
        assertFalse(built.equals(template.resolveSibling("static-site").toAbsolutePath().normalize()),
                "the sources are not what is deployed: weigh the deploy build");
        // A run that skipped the build (a bare failsafe: goal, -Dexec.skip, an IDE) would weigh an old one.
        SiteBuild.requireFresh(built, template.resolveSibling("static-site"), template.resolveSibling("site-build"));
        return built;
    }

    @Test
    void everyPublicPageStaysWithinItsBudgetInEachLanguage() throws IOException {
        List<String> over = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-28s %8s %8s %8s %10s%n", "page", "lv", "en", "et", "lv gzip"));
        List<String> pages = publicPages();
        assertTrue(pages.contains("index.html") && pages.contains("praise.html") && pages.size() >= 10, pages.toString());
        for (String page : pages) {
            Map<String, String> late = lateParts(page);
            List<List<String>> starts = STARTS.getOrDefault(page, List.of(List.of()));
            Set<String> weighed = new LinkedHashSet<>();
            starts.forEach(weighed::addAll);
            for (String part : late.keySet()) {
                if (!weighed.contains(part) && !LATER.containsKey(page + " " + part)) over.add(page + ": part " + part + " is weighed nowhere");
            }
            for (List<String> start : starts) {
                String row = page + (start.isEmpty() ? "" : " +" + String.join("+", start));
                table.append(String.format("%-28s", row));
                for (String lang : LANGS) {
                    Set<Path> files = filesOf(page, lang);
                    for (String part : start) files.addAll(partFiles(page, late, part, lang));
                    long bytes = size(files);
                    table.append(String.format(" %8d", bytes));
                    if (bytes > OVER_BUDGET.getOrDefault(row, OVER_BUDGET.getOrDefault(page, BUDGET))) over.add(row + " (" + lang + "): " + bytes + " B");
                }
                Set<Path> lv = filesOf(page, "lv");
                for (String part : start) lv.addAll(partFiles(page, late, part, "lv"));
                long gzip = 0;
                for (Path file : lv) gzip += gzipped(file);
                table.append(String.format(" %10d%n", gzip));
            }
            for (String part : late.keySet()) {
                Integer ceiling = LATER.get(page + " " + part);
                if (ceiling == null) continue;
                String row = page + " " + part + " (later)";
                table.append(String.format("%-28s", row));
                for (String lang : LANGS) {
                    long bytes = size(partFiles(page, late, part, lang));
                    table.append(String.format(" %8d", bytes));
                    if (bytes > ceiling) over.add(row + " (" + lang + "): " + bytes + " B > " + ceiling);
                }
                long gzip = 0;
                for (Path file : partFiles(page, late, part, "lv")) gzip += gzipped(file);
                table.append(String.format(" %10d%n", gzip));
            }
        }
        System.out.print(table);
        assertTrue(over.isEmpty(), "over the budget (" + BUDGET + " B, " + OVER_BUDGET + "): " + over + "\n" + table);
        OVER_BUDGET.forEach((page, ceiling) -> assertTrue(pages.contains(page) || STARTS.getOrDefault(page.split(" ")[0], List.of()).stream()
                .anyMatch(start -> page.equals(page.split(" ")[0] + " +" + String.join("+", start))), page + " is gone: drop its ceiling"));
        STARTS.forEach((page, starts) -> assertTrue(lateParts(page).keySet().containsAll(starts.stream().flatMap(List::stream).toList()),
                page + " has no such part: " + starts));
        LATER.forEach((part, ceiling) -> assertTrue(lateParts(part.split(" ")[0]).containsKey(part.split(" ")[1]), part + " is gone: drop its ceiling"));
    }

    @Test
    void aPageGetsTheStringsOfItsOwnLanguageOnly() throws IOException {
        for (String page : publicPages()) {
            Set<Path> lv = filesOf(page, "lv");
            Map<String, String> late = lateParts(page);
            for (String part : late.keySet()) lv.addAll(partFiles(page, late, part, "lv"));
            assertTrue(lv.contains(site.resolve("assets/i18n/lv/site.js")), page);
            assertFalse(lv.stream().anyMatch(f -> f.startsWith(site.resolve("assets/i18n/en"))
                    || f.startsWith(site.resolve("assets/i18n/et"))), page + " fetches another language: " + lv);
        }
    }

    private List<String> publicPages() throws IOException {
        try (Stream<Path> files = Files.list(site)) {
            List<String> pages = new ArrayList<>(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList());
            pages.addAll(FOLDER_PAGES);
            return pages;
        }
    }

    /** The page and everything it fetches before images; every file must exist. */
    private Set<Path> filesOf(String page, String lang) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        Path html = site.resolve(page);
        files.add(html);
        String text = Files.readString(html, StandardCharsets.UTF_8);
        Matcher css = STYLESHEET.matcher(text);
        while (css.find()) addCss(files, local(find(HREF, css.group(), page)));
        Matcher script = SCRIPT.matcher(text);
        while (script.find()) {
            String attributes = script.group(1);
            Path js = local(find(SRC, attributes, page));
            files.add(js);
            Matcher parts = PARTS.matcher(attributes);
            if (js.endsWith(Path.of("assets", "i18n.js"))) {
                List<String> names = new ArrayList<>(List.of("site"));
                if (parts.find()) names.addAll(List.of(parts.group(1).trim().split("\\s+")));
                names.removeIf(String::isEmpty);
                for (String part : names) files.add(existing(site.resolve("assets/i18n/" + lang + "/" + part + ".js")));
            }
        }
        return files;
    }

    /** The parts a page's scripts load later: name -> the files and strings parts of data-part-<name>. */
    private Map<String, String> lateParts(String page) {
        Map<String, String> found = new java.util.LinkedHashMap<>();
        try {
            Matcher m = LATE_PART.matcher(Files.readString(site.resolve(page), StandardCharsets.UTF_8));
            while (m.find()) found.put(m.group(1), m.group(2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private Set<Path> partFiles(String page, Map<String, String> late, String part, String lang) {
        Set<Path> files = new LinkedHashSet<>();
        assertTrue(late.containsKey(part), page + " has no part " + part);
        for (String f : late.get(part).trim().split("\\s+")) {
            files.add(f.startsWith("/") ? local(f) : existing(site.resolve("assets/i18n/" + lang + "/" + f + ".js")));
        }
        return files;
    }

    private static long size(Set<Path> files) throws IOException {
        long bytes = 0;
        for (Path file : files) bytes += Files.size(file);
        return bytes;
    }

    private void addCss(Set<Path> files, Path css) throws IOException {
        if (!files.add(existing(css))) return;
        String text = Files.readString(css, StandardCharsets.UTF_8);
        Matcher imports = IMPORT.matcher(text);
        while (imports.find()) addCss(files, css.resolveSibling(imports.group(1)).normalize());
        Matcher fonts = FONT.matcher(text);
        while (fonts.find()) files.add(existing(css.resolveSibling(fonts.group(1)).normalize()));
    }

    private static String find(Pattern attribute, String tag, String page) {
        Matcher m = attribute.matcher(tag);
        assertTrue(m.find(), page + ": no address in " + tag);
        return m.group(1);
    }

    private Path local(String url) {
        assertTrue(url.startsWith("/") && !url.startsWith("//"), "not a file of the site: " + url);
        return existing(site.resolve(url.substring(1)).normalize());
    }

    private static Path existing(Path file) {
        assertTrue(Files.isRegularFile(file), "missing: " + file);
        return file;
    }

    private static long gzipped(Path file) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) { gz.write(Files.readAllBytes(file)); }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
