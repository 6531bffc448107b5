package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.RefusedException;
import lv.praise.domain.moderation.ModeratePraise;

/** POST /api/admin/moderation/decisions – approve or reject up to 100 confirmed praises at once. */
public final class ModerationDecisionsHandler extends AdminHandler {
    private static final Set<String> FIELDS = Set.of("decisions");
    private static final Set<String> DECISION_FIELDS = Set.of("praiseId", "decision", "reason");

    private final ModeratePraise moderation;

    public ModerationDecisionsHandler() {
        this(Wiring.get().moderatePraise());
    }

    ModerationDecisionsHandler(ModeratePraise moderation) {
        this.moderation = moderation;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Organiser organiser = call.organiser();
        RequestBody body = RequestBody.parse(event, FIELDS);
        List<RequestBody> items = body.objects("decisions", ModeratePraise.MAX_DECISIONS, DECISION_FIELDS);
        if (items.isEmpty()) {
            throw RefusedException.invalid("decisions", "decisions must list 1 to " + ModeratePraise.MAX_DECISIONS + " decisions");
        }
        List<ModeratePraise.DecisionRequest> requests = items.stream()
                .map(d -> new ModeratePraise.DecisionRequest(d.text("praiseId"), d.text("decision"), d.text("reason")))
                .toList();
        ModeratePraise.Outcome outcome = moderation.decide(requests, organiser.actor());

        long changed = outcome.results().stream().filter(ModeratePraise.Result::changed).count();
        JsonLog.info("praise_moderated", Map.of("decisions", outcome.results().size(), "changed", changed));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("results", outcome.results().stream().map(r -> {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("praiseId", r.praiseId());
            result.put("status", r.status().code());
            result.put("changed", r.changed());
            return result;
        }).toList());
        answer.put("counts", ModerationView.counts(outcome.counts()));
        return Responses.json(200, answer);
    }
}
