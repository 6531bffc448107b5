package lv.praise.local;

import org.junit.jupiter.api.BeforeEach;

/** A {@link BrowserSession} with a new visitor before each test: desktop viewport, nothing stored for the site. */
abstract class FreshVisitorSession extends BrowserSession {
    @BeforeEach
    void freshVisitor() {
        chromium.viewport(1280, 900, false);
        chromium.clearSiteData(server.baseUrl());
    }
}
