package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.Campaign;
import lv.praise.domain.awards.CloseCampaign;

/**
 * POST /api/admin/campaign/close – an organiser closes the praise window now, before its end. It is
 * recorded (who, when) and can't be undone; calling it again answers the recorded closure.
 */
public final class CloseCampaignHandler extends AdminHandler {
    private final CloseCampaign close;
    private final Clock clock;

    public CloseCampaignHandler() {
        this(Wiring.get().closeCampaign(), Wiring.get().clock());
    }

    CloseCampaignHandler(CloseCampaign close, Clock clock) {
        this.close = close;
        this.clock = clock;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        Organiser organiser = call.organiser();
        RequestBody.requireNone(event);
        Campaign campaign = close.close(organiser.actor());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignYear", campaign.year());
        body.put("state", campaign.stateAt(clock.instant()).code());
        body.put("closedEarlyAt", campaign.closedEarlyAt() == null ? null : campaign.closedEarlyAt().toString());
        // The organiser's sub (the record), and the e-mail their token carried then (for reading).
        body.put("closedEarlyBy", campaign.closedEarlyBy() == null ? null : campaign.closedEarlyBy().id());
        body.put("closedEarlyByEmail", campaign.closedEarlyBy() == null ? null : campaign.closedEarlyBy().email());
        body.put("praiseClosesAt", campaign.praiseClosesAt().toString());
        JsonLog.info("campaign_closed_early", Map.of("campaignYear", campaign.year(),
                "closedEarlyAt", String.valueOf(campaign.closedEarlyAt())));
        return Responses.json(200, body);
    }
}
