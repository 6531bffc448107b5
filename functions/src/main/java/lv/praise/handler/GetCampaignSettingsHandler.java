package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.Map;
import lv.praise.Wiring;
import lv.praise.domain.campaigns.CampaignYears;

/**
 * GET /api/admin/campaign – the current campaign's settings with its awards schedule as the scheduler holds
 * it, and what next year's campaign would be (the console's starting values for creating it).
 */
public final class GetCampaignSettingsHandler extends AdminHandler {
    private final CampaignYears years;
    private final Clock clock;

    public GetCampaignSettingsHandler() {
        this(Wiring.get().campaignYears(), Wiring.get().clock());
    }

    GetCampaignSettingsHandler(CampaignYears years, Clock clock) {
        this.years = years;
        this.clock = clock;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        Map<String, Object> body = CampaignSettingsView.of(years.current(), clock.instant());
        body.put("next", CampaignSettingsView.calendar(years.proposal()));
        return Responses.json(200, body);
    }
}
