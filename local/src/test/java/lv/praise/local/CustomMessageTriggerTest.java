package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.Test;

/**
 * The twin's custom message trigger: found through template.yaml's ParticipantPool, called with Cognito's event,
 * the code put where the placeholder was, and the HTML read back as a mail program shows it.
 */
class CustomMessageTriggerTest {
    private static final CustomMessageTrigger TRIGGER = CustomMessageTrigger.fromTemplate(SamTemplate.load());

    @Test
    void theTemplatesPoolNamesTheTriggerAndItWritesInTheUsersLocale() {
        assertNotNull(TRIGGER, "ParticipantPool has a CustomMessage trigger");
        Map<String, String> user = Map.of("sub", "0000", "email", "a@example.lv", "locale", "et", "email_verified", "true");

        CustomMessageTrigger.Message message = TRIGGER.compose(CustomMessageTrigger.SIGN_IN_CODE, "client", user, "12345678");

        assertEquals("Sinu sisselogimiskood osaleja lehele", message.subject());
        assertTrue(message.html().contains("12345678") && !message.html().contains("{####}"), message.html());
        String text = CustomMessageTrigger.text(message.html());
        assertTrue(text.startsWith("Tere!\n\nSinu kood kampaania „Kiida head teenindust!” osaleja lehele sisselogimiseks:\n\n12345678\n\n"), text);
        assertFalse(text.contains("<") || text.contains("&"), text);
    }

    @Test
    void anotherTriggerSourceLeavesCognitosOwnMessage() {
        assertNull(TRIGGER.compose("CustomMessage_ForgotPassword", "client", Map.of("sub", "0000"), "12345678"));
    }

    @Test
    void theHtmlIsReadAsAMailProgramShowsIt() {
        assertEquals("A & B\nC <D>\n\nE\n", CustomMessageTrigger.text("<html><body><p>A &amp; B<br>C &lt;D&gt;</p><p>E</p></body></html>"));
    }
}
