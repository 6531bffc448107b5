package lv.praise.local;

import lv.praise.testkit.browser.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The set-up every browser test shares: the shared local server and one headless Chromium for the class,
 * closed after it. A test class extends it (or {@link FreshVisitorSession}, a new visitor before each test)
 * and adds its own {@code @BeforeAll} under another name: JUnit runs this class's first.
 */
abstract class BrowserSession {
    static LocalServer server;
    static HeadlessChromium chromium;
    static ChromeDriver driver;

    @BeforeAll
    static void startServerAndBrowser() {
        server = LocalServer.shared();
        chromium = HeadlessChromium.start();
        driver = chromium.driver();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
            driver = null;
        }
    }
}
