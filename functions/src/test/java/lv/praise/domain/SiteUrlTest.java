package lv.praise.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import lv.praise.domain.awards.Certificates;
import org.junit.jupiter.api.Test;

class SiteUrlTest {
    @Test
    void linksStartAtTheSitesRootWithOrWithoutATrailingSlash() {
        for (String written : new String[] {"https://uzslave.example.lv", "https://uzslave.example.lv/", " https://uzslave.example.lv "}) {
            SiteUrl site = SiteUrl.of(written);
            assertTrue(site.configured(), written);
            assertEquals("https://uzslave.example.lv/confirm.html?token=x", site.link("/confirm.html?token=x"), written);
        }
    }

    @Test
    void anAddressNotKnownYetRefusesEveryLinkWithNotConfigured() {
        for (String none : Arrays.asList(null, "", "  ")) {
            SiteUrl site = SiteUrl.of(none);
            assertFalse(site.configured());
            RefusedException e = assertThrows(RefusedException.class, () -> site.link("/verify.html"));
            assertEquals(ErrorCode.NOT_CONFIGURED, e.code());
            assertNull(e.field(), "no input of the caller's is at fault");
            assertTrue(e.getMessage().contains("SiteUrl"), e.getMessage());
            assertThrows(RefusedException.class, site::require);
        }
        assertEquals(ErrorCode.NOT_CONFIGURED, assertThrows(RefusedException.class,
                () -> new Certificates("").verificationUrl("7KQ2M9XD4HTBW3ZA")).code());
    }
}
