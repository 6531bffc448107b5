package lv.praise.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MailboxProvidersTest {
    private static final MailboxProviders DATA = MailboxProviders.parse("""
            # comment
            *             -                   -   kept
            example.lv    mail.example.lv     -   ignored
            tags.lv       -                   +   kept
            dash.lv       -                   =   kept
            """);

    @Test
    void theRulesComeFromTheData() {
        assertEquals("anna+x@other.lv", DATA.mailbox(EmailAddress.of("Anna+x@other.lv")), "'*' here has no separator");
        assertEquals("annab+x@example.lv", DATA.mailbox(EmailAddress.of("anna.b+x@mail.example.lv")),
                "an alias maps to the provider's domain, and its dots are ignored");
        assertEquals("anna@tags.lv", DATA.mailbox(EmailAddress.of("anna+x@tags.lv")));
        assertEquals("a.nna@dash.lv", DATA.mailbox(EmailAddress.of("a.nna=x@dash.lv")));
    }

    @Test
    void aBrokenFileIsRefusedWhenItIsRead() {
        assertThrows(IllegalArgumentException.class, () -> MailboxProviders.parse("gmail.com - + kept\n"),
                "no '*' line");
        assertThrows(IllegalArgumentException.class, () -> MailboxProviders.parse("* - + maybe\n"));
        assertThrows(IllegalArgumentException.class, () -> MailboxProviders.parse("* - + kept\nGmail.com - + kept\n"));
        assertThrows(IllegalArgumentException.class,
                () -> MailboxProviders.parse("* - + kept\na.lv b.lv + kept\nb.lv - + kept\n"), "listed twice");
    }

    @Test
    void theShippedDataMapsGmail() {
        assertEquals("stuffersec@gmail.com",
                MailboxProviders.standard().mailbox(EmailAddress.of("Stuffer.Sec+1@googlemail.com")));
    }
}
