package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCustomMessageEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.Lang;
import lv.praise.domain.contacts.SignInCodeMail;

/**
 * The participants' user pool's custom message trigger (ParticipantPool's {@code LambdaConfig CustomMessage}, no
 * HTTP route): Cognito calls it before it e-mails a contact its sign-in code ({@code CustomMessage_Authentication},
 * the trigger source of the {@code EMAIL_OTP} code), and this answers the subject and body of
 * {@link SignInCodeMail} in the user's {@code locale} (lv when none), with Cognito's {@code codeParameter} where the
 * code goes. Every other source (sign-up, invitation, attribute verification, password reset: none of them is a
 * way contacts take; the functions create users without an invitation) is answered unchanged, so Cognito sends
 * its own message, if any. Needs no table and no wiring: the wording is data in the domain. The log line names
 * the source and the language, never the address.
 */
public final class SignInCodeMailHandler
        implements RequestHandler<CognitoUserPoolCustomMessageEvent, CognitoUserPoolCustomMessageEvent> {
    /** The trigger source of a code sent during sign-in (EMAIL_OTP first factor, or an MFA code). */
    public static final String SIGN_IN_CODE = "CustomMessage_Authentication";
    static final String LOCALE = "locale";
    static final String COMPOSED = "signin_code_mail";

    public SignInCodeMailHandler() {
        // Nothing to wire: the trigger reads only its event.
    }

    @Override
    public CognitoUserPoolCustomMessageEvent handleRequest(CognitoUserPoolCustomMessageEvent event, Context context) {
        try (JsonLog.Invocation ignored = JsonLog.invocation(context)) {
            String source = event == null ? null : event.getTriggerSource();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("triggerSource", source == null ? "" : source);
            if (!SIGN_IN_CODE.equals(source) || event.getRequest() == null) {
                fields.put("composed", false);
                JsonLog.info(COMPOSED, fields);
                return event;
            }
            CognitoUserPoolCustomMessageEvent.Request request = event.getRequest();
            Map<String, String> attributes = request.getUserAttributes() == null ? Map.of() : request.getUserAttributes();
            Lang lang = SignInCodeMail.languageOf(attributes.get(LOCALE));
            // Without its placeholder Cognito refuses the message and sends no code: a failure shows it (alarmed).
            SignInCodeMail mail = SignInCodeMail.of(lang, request.getCodeParameter());
            CognitoUserPoolCustomMessageEvent.Response response = event.getResponse() == null
                    ? new CognitoUserPoolCustomMessageEvent.Response() : event.getResponse();
            response.setEmailSubject(mail.subject());
            response.setEmailMessage(mail.html());
            event.setResponse(response);
            fields.put("composed", true);
            fields.put("lang", lang.code());
            JsonLog.info(COMPOSED, fields);
            return event;
        }
    }
}
