package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.Channel;
import lv.praise.domain.Lang;
import lv.praise.domain.intake.PraiseSubmission;
import lv.praise.domain.intake.SubmitPraise;

/** POST /api/praise */
public final class SubmitPraiseHandler extends ApiHandler {
    static final String HONEYPOT = "website";
    private static final Set<String> FIELDS = Set.of("participantId", "branch", "employee", "stars", "aspects",
            "text", "channel", "email", "consent", "lang", HONEYPOT);
    private static final Map<String, String> ACCEPTED = Map.of("status", "pending_confirmation");

    private final SubmitPraise submitPraise;

    public SubmitPraiseHandler() {
        this(Wiring.get().submitPraise());
    }

    SubmitPraiseHandler(SubmitPraise submitPraise) {
        this.submitPraise = submitPraise;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        RequestBody body = RequestBody.parse(event, FIELDS);
        String honeypot = body.text(HONEYPOT);
        if (honeypot != null && !honeypot.isEmpty()) {
            // Bots get the answer a person would, so they learn nothing; nothing is stored or sent.
            JsonLog.info("honeypot", Map.of());
            return Responses.json(202, ACCEPTED);
        }
        submitPraise.submit(read(body), EdgeOrigin.viewerIpAddress(event));
        return Responses.json(202, ACCEPTED);
    }

    private static PraiseSubmission read(RequestBody body) {
        String participantId = body.text("participantId");
        String branch = body.text("branch");
        String employee = body.text("employee");
        int stars = body.stars();
        var aspects = body.textList("aspects", 10);
        String text = body.text("text");
        Channel channel = PraiseSubmission.publicChannel(body.text("channel"));
        String email = body.text("email");
        PraiseSubmission.requireConsent(body.bool("consent"));
        Lang lang = body.lang();
        return new PraiseSubmission(participantId, branch, employee, stars, aspects, text, channel, email, lang);
    }
}
