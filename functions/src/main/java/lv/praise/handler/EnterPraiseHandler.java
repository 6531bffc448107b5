package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.Channel;
import lv.praise.domain.moderation.EnteredPraise;
import lv.praise.domain.Lang;
import lv.praise.domain.moderation.EnterPraise;
import lv.praise.domain.moderation.ModeratedPraise;

/** POST /api/admin/praise – an organiser enters praise received by phone or on paper; it counts at once. */
public final class EnterPraiseHandler extends AdminHandler {
    private static final Set<String> FIELDS = Set.of("participantId", "branch", "employee", "stars", "aspects",
            "text", "channel", "lang");

    private final EnterPraise enterPraise;

    public EnterPraiseHandler() {
        this(Wiring.get().enterPraise());
    }

    EnterPraiseHandler(EnterPraise enterPraise) {
        this.enterPraise = enterPraise;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Organiser organiser = call.organiser();
        RequestBody body = RequestBody.parse(event, FIELDS);
        EnterPraise.Entered entered = enterPraise.enter(read(body), organiser.actor());
        ModeratedPraise stored = entered.stored();
        JsonLog.info("praise_entered", Map.of("participantId", stored.praise().participantId(),
                "channel", stored.praise().channel().code()));
        // The public fields, plus the ids an organiser needs to find it again in the moderation queue.
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("praiseId", stored.id());
        answer.put("participantId", stored.praise().participantId());
        answer.putAll(GetPraiseWallHandler.entry(entered.shown()));
        answer.put("moderation", stored.status().code());
        return Responses.json(201, answer);
    }

    private static EnteredPraise read(RequestBody body) {
        String participantId = body.text("participantId");
        String branch = body.text("branch");
        String employee = body.text("employee");
        int stars = body.stars();
        var aspects = body.textList("aspects", 10);
        String text = body.text("text");
        Channel channel = EnteredPraise.enteredChannel(body.text("channel"));
        Lang lang = body.lang();
        return new EnteredPraise(participantId, branch, employee, stars, aspects, text, channel, lang);
    }
}
