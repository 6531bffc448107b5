package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.moderation.RedactPraise;

/**
 * POST /api/admin/praise/redact – an organiser hides a part of a praise's text behind "[…]"; the original is kept
 * only in the praise's audit record.
 */
public final class RedactPraiseHandler extends AdminHandler {
    private static final Set<String> FIELDS = Set.of("praiseId", "part");

    private final RedactPraise redaction;

    public RedactPraiseHandler() {
        this(Wiring.get().redactPraise());
    }

    RedactPraiseHandler(RedactPraise redaction) {
        this.redaction = redaction;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Organiser organiser = call.organiser();
        RequestBody body = RequestBody.parse(event, FIELDS);
        RedactPraise.Redacted done = redaction.redact(body.text("praiseId"), body.text("part"), organiser.actor());
        // Who and how many, never the words (hidden or left): the text is personal data.
        JsonLog.info("praise_redacted", Map.of("praiseId", done.praiseId(), "replaced", done.replaced(),
                "by", organiser.actor().id()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("praiseId", done.praiseId());
        answer.put("text", done.text());
        answer.put("replaced", done.replaced());
        return Responses.json(200, answer);
    }
}
