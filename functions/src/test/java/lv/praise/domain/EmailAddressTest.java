package lv.praise.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

public class EmailAddressTest {
    /** One mailbox written many ways: the issue's variants, full-width forms and a few more of our own. */
    public static final List<String> ONE_GMAIL_MAILBOX = List.of(
            "stuffer.sec@gmail.com",
            "stuffersec@gmail.com",
            "s.t.u.f.f.e.r.sec@gmail.com",
            "stuffersec@googlemail.com",
            "Stuffer.Sec+1@gmail.com",
            "stuffersec+a@gmail.com",
            "ｓｔｕｆｆｅｒ．ｓｅｃ＠ｇｍａｉｌ．ｃｏｍ",
            "ｓｔｕｆｆｅｒｓｅｃ＋ｘ@gmail.com",
            "stuffersec@ＧＭＡＩＬ.com",
            "STUFFERSEC@GOOGLEMAIL.COM",
            "  stuffer.sec+campaign.2027@GoogleMail.com ",
            "stuffer.sec@gmail.com\u00a0",
            "stuffer.sec@gmail\u3002com");

    @Test
    void everyWrittenFormOfOneMailboxHasOneMailbox() {
        for (String variant : ONE_GMAIL_MAILBOX) {
            assertEquals("stuffersec@gmail.com", EmailAddress.parse("email", variant).mailbox(), variant);
        }
    }

    @Test
    void theLetterGoesToTheAddressAsTypedInItsOneForm() {
        assertEquals("Stuffer.Sec+1@gmail.com", EmailAddress.of("Stuffer.Sec+1@gmail.com").address());
        assertEquals("stuffersec@googlemail.com", EmailAddress.of("stuffersec@GoogleMail.com").address());
        assertEquals("stuffer.sec@gmail.com", EmailAddress.of("ｓｔｕｆｆｅｒ．ｓｅｃ＠ｇｍａｉｌ．ｃｏｍ").address());
    }

    @Test
    void otherProvidersLoseTheTagButKeepTheirDots() {
        assertEquals("anna@example.lv", EmailAddress.of("Anna+praise@Example.LV").mailbox());
        assertEquals("anna.berzina@example.lv", EmailAddress.of("Anna.Berzina@example.lv").mailbox());
        assertNotEquals(EmailAddress.of("anna.berzina@example.lv").mailbox(),
                EmailAddress.of("annaberzina@example.lv").mailbox());
        assertEquals("+news@example.lv", EmailAddress.of("+news@example.lv").mailbox(),
                "a tag with no name before it is kept rather than leaving an empty mailbox name");
    }

    @Test
    void unicodeDomainsAreKeptInTheirAsciiForm() {
        EmailAddress idn = EmailAddress.of("anna@ēdnīca.lv");
        assertTrue(idn.domain().startsWith("xn--"), idn.domain());
        assertTrue(idn.domain().endsWith(".lv"), idn.domain());
        assertEquals(idn, EmailAddress.of("anna@" + idn.domain()), "typed in either form, one address");
        assertEquals(idn.mailbox(), EmailAddress.of("ANNA@ĒDNĪCA.LV").mailbox());
        assertNotNull(EmailAddress.of("anna@пример.рф"), "a label in one script of its own is a domain of its own");
    }

    @Test
    void anythingButTheBareAddressIsRefusedNamingTheField() {
        for (String text : List.of(
                "someone@example.org(1)", "someone@example.org(2)", "(1)someone@example.org", "some(1)one@example.org",
                "someone@example.org（１）",
                "Anna <anna@example.lv>", "<anna@example.lv>", "\"anna\"@example.lv", "\"an na\"@example.lv",
                "anna@[10.0.0.1]", "anna@example.lv, janis@example.lv", "anna@example.lv;janis@example.lv",
                "@a:anna@example.lv", "anna@b@example.lv", "anna", "anna@", "@example.lv", "anna@example",
                "anna@example.123", "anna@-example.lv", "anna@exa_mple.lv", "anna@example..lv", "anna@example.lv.",
                ".anna@example.lv", "anna.@example.lv", "an..na@example.lv", "an na@example.lv",
                "an\nna@example.lv", "anna@exam\tple.lv", "anna\u2028@example.lv", "anna\u0000@example.lv",
                "аnna@example.lv", "anna@gmаil.com", "anna@" + java.net.IDN.toASCII("gmаil.com"), "jānis@example.lv",
                "a".repeat(65) + "@example.lv", "a@" + "b".repeat(64) + ".lv",
                "a@" + ("b".repeat(60) + ".").repeat(5) + "lv",
                "a".repeat(64) + "@" + ("b".repeat(60) + ".").repeat(3) + "b".repeat(4) + ".lv")) {
            RefusedException e = assertThrows(RefusedException.class, () -> EmailAddress.parse("contactEmail", text),
                    text);
            assertEquals(ErrorCode.INVALID, e.code(), text);
            assertEquals("contactEmail", e.field(), text);
            assertNotNull(EmailAddress.problem(text), text);
        }
    }

    @Test
    void aBlankAddressIsRequired() {
        assertEquals("email is required", assertThrows(RefusedException.class,
                () -> EmailAddress.parse("email", "  ")).getMessage());
        assertThrows(RefusedException.class, () -> EmailAddress.parse("email", null));
    }

    @Test
    void anAcceptedAddressIsItsOwnForm() {
        for (String variant : ONE_GMAIL_MAILBOX) {
            EmailAddress once = EmailAddress.of(variant);
            assertEquals(once, EmailAddress.of(once.address()), variant);
            assertNull(EmailAddress.problem(once.address()), variant);
        }
    }

    @Test
    void itsTextNeverShowsTheAddress() {
        assertTrue(!EmailAddress.of("anna@example.lv").toString().contains("anna"));
    }
}
