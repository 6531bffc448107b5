package lv.praise.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCustomMessageEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.Lang;
import lv.praise.domain.contacts.SignInCodeMail;
import lv.praise.testkit.Events;
import org.junit.jupiter.api.Test;

/**
 * The participants' pool's custom message trigger, fed by events/signin-code-mail.json (the event Cognito sends
 * before it e-mails an EMAIL_OTP sign-in code): the subject and body in the user's locale, with Cognito's code
 * placeholder; other trigger sources come back untouched.
 */
class SignInCodeMailHandlerTest {
    private static final String EVENT = "../events/signin-code-mail.json";

    private final SignInCodeMailHandler handler = new SignInCodeMailHandler();
    private final List<String> logLines = new ArrayList<>();

    @Test
    void aLatvianContactGetsTheLatvianSubjectAndBodyWithCognitosPlaceholder() throws Exception {
        CognitoUserPoolCustomMessageEvent answer = logged(event("lv"));

        assertEquals("Tavs pieslēgšanās kods dalībnieka lapai", answer.getResponse().getEmailSubject());
        String body = answer.getResponse().getEmailMessage();
        assertTrue(body.contains("kampaņā „Uzslavē labu servisu!”"), body);
        assertTrue(body.contains("Kods derīgs 3 minūtes"), body);
        assertEquals(1, count(body, answer.getRequest().getCodeParameter()), "the placeholder once, where the code goes");
        assertTrue(body.startsWith("<html>") && body.endsWith("</html>"), "Cognito sends the message as HTML");
        assertNull(answer.getResponse().getSmsMessage(), "no SMS: the pool sends none");
        assertEquals(1, logLines.size(), String.join("\n", logLines));
        JsonNode line = Events.JSON.readTree(logLines.get(0));
        assertEquals("signin_code_mail", line.path("message").asText());
        assertEquals("CustomMessage_Authentication", line.path("triggerSource").asText());
        assertTrue(line.path("composed").asBoolean());
        assertEquals("lv", line.path("lang").asText());
        assertFalse(String.join("\n", logLines).contains("@"), "no address in the log");
    }

    @Test
    void englishAndEstonianLocalesGetTheirOwnText() {
        CognitoUserPoolCustomMessageEvent en = logged(event("en-GB"));
        CognitoUserPoolCustomMessageEvent et = logged(event("et"));

        assertEquals("Your sign-in code for the participant’s page", en.getResponse().getEmailSubject());
        assertTrue(en.getResponse().getEmailMessage().contains("valid for 3 minutes"), en.getResponse().getEmailMessage());
        assertEquals("Sinu sisselogimiskood osaleja lehele", et.getResponse().getEmailSubject());
        assertTrue(et.getResponse().getEmailMessage().contains("Kood kehtib 3 minutit"), et.getResponse().getEmailMessage());
        for (CognitoUserPoolCustomMessageEvent answer : List.of(en, et)) {
            assertEquals(1, count(answer.getResponse().getEmailMessage(), "{####}"));
        }
    }

    @Test
    void noLocaleOrALanguageWeDoNotWriteIsLatvian() {
        CognitoUserPoolCustomMessageEvent none = event(null);
        none.getRequest().getUserAttributes().remove("locale");

        assertEquals(SignInCodeMail.of(Lang.LV, "{####}").subject(), logged(none).getResponse().getEmailSubject());
        assertEquals(SignInCodeMail.of(Lang.LV, "{####}").subject(), logged(event("de")).getResponse().getEmailSubject());
    }

    @Test
    void thePlaceholderCognitoGivesIsTheOneUsed() {
        CognitoUserPoolCustomMessageEvent event = event("lv");
        event.getRequest().setCodeParameter("{####-code}");

        String body = logged(event).getResponse().getEmailMessage();

        assertTrue(body.contains("{####-code}") && !body.contains("{####}"), body);
    }

    @Test
    void anotherTriggerSourceIsAnsweredUnchanged() {
        for (String source : List.of("CustomMessage_ForgotPassword", "CustomMessage_AdminCreateUser",
                "CustomMessage_VerifyUserAttribute", "CustomMessage_SomethingNew")) {
            CognitoUserPoolCustomMessageEvent event = event("en");
            event.setTriggerSource(source);

            CognitoUserPoolCustomMessageEvent answer = logged(event);

            assertSame(event, answer);
            assertNull(answer.getResponse().getEmailMessage(), source);
            assertNull(answer.getResponse().getEmailSubject(), source);
        }
        assertTrue(logLines.stream().allMatch(l -> l.contains("\"composed\":false")), String.join("\n", logLines));
    }

    @Test
    void aSignInCodeEventWithoutAPlaceholderFailsRatherThanSendAMessageWithNoCode() {
        CognitoUserPoolCustomMessageEvent event = event("lv");
        event.getRequest().setCodeParameter(null);

        assertThrows(IllegalArgumentException.class, () -> handler.handleRequest(event, null));
    }

    @Test
    void theAnswerKeepsTheShapeCognitoReads() throws Exception {
        JsonNode answer = Events.JSON.valueToTree(logged(event("et")));

        assertEquals("CustomMessage_Authentication", answer.path("triggerSource").asText());
        assertEquals("Sinu sisselogimiskood osaleja lehele", answer.path("response").path("emailSubject").asText());
        assertTrue(answer.path("response").path("emailMessage").asText().contains("{####}"));
    }

    private static CognitoUserPoolCustomMessageEvent event(String locale) {
        CognitoUserPoolCustomMessageEvent event = EventLoader.loadEvent(EVENT, CognitoUserPoolCustomMessageEvent.class);
        Map<String, String> attributes = new HashMap<>(event.getRequest().getUserAttributes());
        attributes.put("locale", locale);
        event.getRequest().setUserAttributes(attributes);
        return event;
    }

    private CognitoUserPoolCustomMessageEvent logged(CognitoUserPoolCustomMessageEvent event) {
        try (JsonLog.Invocation ignored = JsonLog.record(logLines::add)) {
            return handler.handleRequest(event, null);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
