package lv.praise.testkit.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The Debian Chromium and ChromeDriver of this machine (and CI's: .ci/run installs them), headless,
 * with a fresh profile that is deleted on close. Selenium Manager never runs: the driver executable
 * and the browser binary are both given, so nothing is downloaded.
 */
public final class HeadlessChromium implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /*
     * Selenium 4.49 knows the DevTools protocol up to v153 and warns about any newer Chromium at
     * every session. Held in a static field: java.util.logging keeps loggers weakly, and a collected
     * logger would come back at its default level.
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    }

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;

    /** The browser started on the service; if it can't start, the service stopped and the profile removed. */
    private HeadlessChromium(ChromeDriverService service, ChromeOptions options, Path profile) {
        try {
            this.driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteTree(profile);
            throw e;
        }
        this.service = service;
        this.profile = profile;
    }

    /** The browser tests' Chromium: a 1280 × 900 window, the browser's own language. */
    public static HeadlessChromium start() {
        return start(1280, 900, null);
    }

    /**
     * A Latvian visitor (the benchmarks' pages): {@code --lang} and the Accept-Language preference set to
     * {@code lang} (e.g. "lv-LV"), the window {@code width} × {@code height}.
     */
    public static HeadlessChromium start(int width, int height, String lang) {
        for (Path tool : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(tool)) {
                throw new IllegalStateException(tool + " is missing: the browser tests need Debian's chromium and "
                        + "chromium-driver (apt-get install -y chromium chromium-driver; .ci/run does it)");
            }
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("praise-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                // Without these it keeps calling hosts that this closed network refuses.
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                // Every remaining name look-up fails at once, except the local server's.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        if (lang != null) {
            options.addArguments("--lang=" + lang);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", lang + "," + lang.substring(0, 2)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new HeadlessChromium(service, options, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** An exact viewport in CSS pixels; {@code mobile} also applies the pages' meta viewport, as a phone does. */
    public void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Forgets everything the site stored (localStorage keeps the chosen language), as for a new visitor. */
    public void clearSiteData(URI origin) {
        driver.executeCdpCommand("Storage.clearDataForOrigin",
                Map.of("origin", origin.getScheme() + "://" + origin.getAuthority(), "storageTypes", "all"));
    }

    /** The whole page, not only the viewport, as a PNG file. */
    public Path screenshot(Path dir, String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        @SuppressWarnings("unchecked")
        Map<String, Object> viewport = (Map<String, Object>) metrics.get("cssLayoutViewport");
        double width = Math.max(number(content.get("width")), number(viewport.get("clientWidth")));
        double height = Math.max(number(content.get("height")), number(viewport.get("clientHeight")));
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(profile);
        }
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // A file Chromium still held: the temporary folder is left, and harms nobody.
                }
            });
        } catch (IOException e) {
            // Same.
        }
    }
}
