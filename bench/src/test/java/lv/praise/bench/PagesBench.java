package lv.praise.bench;

import lv.praise.testkit.browser.HeadlessChromium;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import lv.praise.local.LocalServer;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * {@code ./bench.sh --only pages}: every public page of static-site/ (its top-level .html) as deployed – the site's
 * deploy build (site-build/build.mjs, minified) made into bench/target/pages/site – served by the local run (demo
 * data), loaded in headless Chromium with an empty cache. What a page loads
 * is what the browser's Resource Timing lists, so the weight follows the pages' own tags:
 * HTML + CSS + JS + fonts (images, icons and API answers left out), uncompressed and gzipped
 * (CloudFront compresses, Compress: true). Load times from Navigation Timing at two sizes: a phone
 * (360 × 740, touch, CPU slowed 4× as Lighthouse's mobile profile does) and a desktop (1366 × 768).
 */
public final class PagesBench {
    static final String USAGE = """
            usage: ./bench.sh --only pages [--loads N]
              --loads N  loads per page and size, the median is shown (default 5)
            Prints a Markdown table on stdout, progress on stderr.""";

    /** What a page loads before images: the document, its styles, scripts and fonts. */
    private static final List<String> COUNTED = List.of(".css", ".js", ".woff2", ".woff", ".ttf", ".otf");

    record Profile(String name, int width, int height, boolean mobile, double cpuSlowdown) {
    }

    static final List<Profile> PROFILES = List.of(new Profile("phone 360 px, CPU ÷4", 360, 740, true, 4),
            new Profile("desktop 1366 px", 1366, 768, false, 1));

    record Load(double interactive, double domInteractive, double ready, double loaded) {
    }

    record Page(String name, String path, Map<String, Long> files, long rawBytes, long gzipBytes, List<Load> phone,
                List<Load> desktop) {
    }

    private PagesBench() {
    }

    public static void main(String[] args) {
        BenchPart.main(args, USAGE, Set.of("--loads"), line -> {
            Path root = line.root();
            Path results = line.results();
            int loads = line.number("--loads", 5, 1);
            return out -> run(root, results, loads, out);
        });
    }

    private static void run(Path root, Path resultsDir, int loads, PrintStream out) throws Exception {
        long started = System.nanoTime();
        Path work = root.resolve("bench/target/pages");
        ColdStartBench.deleteTree(work);
        Path site = buildSite(root, work.resolve("site"));
        Bench.progress("starting the local run (demo data) and headless Chromium ...");
        try (LocalServer server = LocalServer.start(new LocalServer.Config(0, 0, null,
                Files.createDirectories(work.resolve("outbox")), root.resolve("template.yaml"),
                // Every load comes from one address: the gateway's throttling would measure itself.
                site, null, null, LocalServer.Config.LIMITS_LIFTED));
             HeadlessChromium chromium = HeadlessChromium.start(1366, 900, "lv-LV")) {
            String participant = server.participantIds().get(0);
            List<Page> pages = new ArrayList<>();
            HttpClient http = HttpClient.newHttpClient();
            for (String file : publicPages(root.resolve("static-site"))) {
                String path = "/" + file + switch (file) {
                    case "participant.html" -> "?id=" + participant;
                    case "praise.html" -> "?p=" + participant;
                    default -> "";
                };
                Map<String, List<Load>> byProfile = new LinkedHashMap<>();
                Map<String, Long> files = null;
                for (Profile profile : PROFILES) {
                    List<Load> times = new ArrayList<>();
                    for (int i = 0; i < loads; i++) {
                        Measured m = load(chromium.driver(), server.baseUrl(), path, profile);
                        times.add(m.load());
                        if (files == null) {
                            files = m.files();
                        }
                    }
                    byProfile.put(profile.name(), times);
                }
                long raw = 0;
                long gzip = 0;
                for (String url : files.keySet()) {
                    byte[] body = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                            HttpResponse.BodyHandlers.ofByteArray()).body();
                    raw += body.length;
                    gzip += gzip(body);
                }
                Page page = new Page(file, path, files, raw, gzip, byProfile.get(PROFILES.get(0).name()),
                        byProfile.get(PROFILES.get(1).name()));
                pages.add(page);
                Bench.progress(String.format(Locale.ROOT, "  %-28s %5.1f KB (%4.1f KB gzip), interactive %4.0f / %4.0f ms",
                        file, kb(raw), kb(gzip), median(page.phone(), Load::interactive),
                        median(page.desktop(), Load::interactive)));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            print(out, pages, loads, root, seconds);
            summary(pages, loads).write(resultsDir);
        }
    }

    private record Measured(Load load, Map<String, Long> files) {
    }

    /** One load with an empty cache and no site data, as a first visit. */
    private static Measured load(ChromeDriver driver, URI base, String path, Profile profile) throws InterruptedException {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base.toString(), "storageTypes", "all"));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", profile.width(),
                "height", profile.height(), "deviceScaleFactor", 1, "mobile", profile.mobile()));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", profile.mobile()));
        driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", profile.cpuSlowdown()));
        driver.get(base + path);
        // The API answers the pages fetch after DOMContentLoaded: wait until no resource was added for 300 ms.
        int count = -1;
        long quietSince = System.nanoTime();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            Number n = (Number) driver.executeScript("return performance.getEntriesByType('resource')"
                    + ".filter(function (e) { return e.responseEnd > 0; }).length;");
            if (n.intValue() != count) {
                count = n.intValue();
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > 300_000_000L) {
                break;
            }
            Thread.sleep(50);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> timing = (Map<String, Object>) driver.executeScript("""
                var nav = performance.getEntriesByType('navigation')[0];
                var api = 0, files = {};
                files[nav.name.split('#')[0]] = nav.decodedBodySize;
                performance.getEntriesByType('resource').forEach(function (e) {
                  if (e.initiatorType === 'fetch' || e.initiatorType === 'xmlhttprequest') {
                    api = Math.max(api, e.responseEnd);
                  } else {
                    files[e.name] = e.decodedBodySize;
                  }
                });
                return {domInteractive: nav.domInteractive, dcl: nav.domContentLoadedEventEnd,
                        load: nav.loadEventEnd, api: api, files: files};
                """);
        driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
        double dcl = number(timing.get("dcl"));
        @SuppressWarnings("unchecked")
        Map<String, Object> all = (Map<String, Object>) timing.get("files");
        Map<String, Long> files = new LinkedHashMap<>();
        all.forEach((url, size) -> {
            String name = URI.create(url).getPath();
            if (name.endsWith(".html") || name.endsWith("/") || COUNTED.stream().anyMatch(name::endsWith)) {
                files.put(url, (long) number(size));
            }
        });
        return new Measured(new Load(dcl, number(timing.get("domInteractive")), Math.max(dcl, number(timing.get("api"))),
                number(timing.get("load"))), files);
    }

    /** The deploy build of static-site/ into {@code out} (node site-build/build.mjs), what it says on stderr. */
    private static Path buildSite(Path root, Path out) throws IOException, InterruptedException {
        Bench.progress("building the site as deployed (node site-build/build.mjs) ...");
        // stdout is the table's: the build's lines go to the progress (stderr).
        Process node = new ProcessBuilder("node", root.resolve("site-build/build.mjs").toString(),
                root.resolve("static-site").toString(), out.toString()).redirectErrorStream(true).start();
        String said = new String(node.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        if (node.waitFor() != 0) {
            throw new IllegalStateException("the site build failed (node site-build/build.mjs, exit " + node.exitValue() + "): " + said);
        }
        Bench.progress(said);
        return out;
    }

    private static List<String> publicPages(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList();
        }
    }

    /** gzip at its default level (6); CloudFront's level is not documented, and it serves brotli when asked. */
    static long gzip(byte[] body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(body);
        }
        return bytes.size();
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : 0;
    }

    static double kb(long bytes) {
        return bytes / 1024.0;
    }

    private static double median(List<Load> loads, java.util.function.ToDoubleFunction<Load> f) {
        double[] v = loads.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static void print(PrintStream out, List<Page> pages, int loads, Path root, double seconds) {
        out.println("| page | files loaded (before images) | **KB** | **KB gzip** | size | DOM interactive ms"
                + " | **interactive (DOMContentLoaded end) ms** | ready (API data in) ms | load event ms |");
        out.println("| --- | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |");
        for (Page p : pages) {
            Map<String, Long> names = new HashMap<>();
            p.files().forEach((url, size) -> names.put(URI.create(url).getPath(), size));
            String files = String.join(", ", names.keySet().stream().sorted().toList());
            for (int i = 0; i < PROFILES.size(); i++) {
                List<Load> l = i == 0 ? p.phone() : p.desktop();
                out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %.0f | **%.0f** | %.0f | %.0f |%n",
                        i == 0 ? "`" + p.path() + "`" : "", i == 0 ? files : "",
                        i == 0 ? String.format(Locale.ROOT, "**%.1f**", kb(p.rawBytes())) : "",
                        i == 0 ? String.format(Locale.ROOT, "**%.1f**", kb(p.gzipBytes())) : "",
                        PROFILES.get(i).name(), median(l, Load::domInteractive), median(l, Load::interactive),
                        median(l, Load::ready), median(l, Load::loaded));
            }
        }
        out.println();
        out.println(note(loads));
        out.printf(Locale.ROOT, "Machine: %d cores (%s), %s; run took %.0f s.%n", Runtime.getRuntime().availableProcessors(),
                Machine.cpuModel(), chromiumVersion(), seconds);
    }

    private static String note(int loads) {
        return "Pages: every top-level page of static-site/, as deployed (the minified deploy build, site-build/), from the"
                + " local server (loopback, no network throttling,"
                + " demo data), headless Chromium " + chromiumVersion() + " with an empty cache each load, a Latvian"
                + " visitor; weight = the document + the CSS, JS and fonts its Resource Timing lists (images, the icon"
                + " and API answers not counted), gzip at level 6 of the same bytes; times from Navigation Timing,"
                + " median of " + loads + " loads: interactive = DOMContentLoaded end (the deferred scripts have run),"
                + " ready = when also the API answers the page asked for have arrived.";
    }

    private static String chromiumVersion() {
        try {
            Process p = new ProcessBuilder(HeadlessChromium.CHROMIUM.toString(), "--version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Chromium (\\d+[.\\d]*)").matcher(v);
            return m.find() ? m.group(1) : "?";
        } catch (IOException | InterruptedException | RuntimeException e) {
            return "?";
        }
    }

    private static SummaryRows summary(List<Page> pages, int loads) {
        SummaryRows s = new SummaryRows("pages");
        for (Page p : pages) {
            String weight = String.format(Locale.ROOT, "%.1f KB (%.1f KB gzip)", kb(p.rawBytes()), kb(p.gzipBytes()));
            s.add("page weight `" + p.name() + "` (HTML+CSS+JS+fonts)", "≤ 30 KB", "uncompressed / gzip", weight, "", "");
        }
        for (Page p : pages) {
            s.add("time to interactive `" + p.name() + "` (ready with API data)", "–", PROFILES.get(0).name(),
                    String.format(Locale.ROOT, "%.0f ms (%.0f)", median(p.phone(), Load::interactive),
                            median(p.phone(), Load::ready)),
                    PROFILES.get(1).name(), String.format(Locale.ROOT, "%.0f ms (%.0f)",
                            median(p.desktop(), Load::interactive), median(p.desktop(), Load::ready)));
        }
        s.note(note(loads));
        return s;
    }
}
