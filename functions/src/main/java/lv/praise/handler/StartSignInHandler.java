package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.domain.contacts.StartSignIn;

/**
 * POST /api/my/signin {@code {"email", "lang"}} – step 1 of a participant contact's sign-in (docs/insight.md,
 * Sign-in): always 202 {@code {"next":"code"}} for an acceptable address within the limits, a contact's or not; the page then asks
 * Cognito for the code. {@code "lang"} (optional: lv, en or et) is the language the code e-mail is written in.
 * The address is never logged.
 */
public final class StartSignInHandler extends ApiHandler {
    private static final Set<String> FIELDS = Set.of("email", "lang");
    private static final Map<String, String> NEXT = Map.of("next", "code");

    private final StartSignIn startSignIn;

    public StartSignInHandler() {
        this(Wiring.get().startSignIn());
    }

    StartSignInHandler(StartSignIn startSignIn) {
        this.startSignIn = startSignIn;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        RequestBody body = RequestBody.parse(event, FIELDS);
        // The page's language (lv, en, et; 400 lang otherwise) becomes the account's locale, the code e-mail's
        // language; a body without it leaves the account's as it is.
        startSignIn.start(body.text("email"), body.text("lang") == null ? null : body.lang(),
                EdgeOrigin.viewerIpAddress(event));
        return Responses.json(202, NEXT);
    }
}
