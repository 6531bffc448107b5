package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import lv.praise.Wiring;
import lv.praise.adapter.JsonLog;
import lv.praise.domain.campaigns.CampaignYears;

/**
 * POST /api/admin/campaigns – creates next year's campaign from the current one and makes it current:
 * {@code {"year": 2028, "praiseOpensAt"?, "praiseClosesAt"?, "awardsAt"?}} (a time left out is the current
 * campaign's, a year later). 201 with the new campaign and its awards schedule; 409 already_exists (year)
 * for a year that exists, 409 not_published (year) while the current results are not published.
 */
public final class CreateCampaignHandler extends AdminHandler {
    private static final Set<String> FIELDS = Set.of("year", CampaignSettingsView.OPENS, CampaignSettingsView.CLOSES,
            CampaignSettingsView.AWARDS);
    private final CampaignYears years;
    private final Clock clock;

    public CreateCampaignHandler() {
        this(Wiring.get().campaignYears(), Wiring.get().clock());
    }

    CreateCampaignHandler(CampaignYears years, Clock clock) {
        this.years = years;
        this.clock = clock;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Organiser organiser) {
        RequestBody body = RequestBody.parse(event, FIELDS);
        Integer year = body.wholeNumber("year");
        CampaignYears.Calendar calendar = CampaignSettingsView.calendar(body, years.timeZone());
        CampaignYears.View created = years.createNext(year, calendar);
        JsonLog.info("campaign_created", Map.of("campaignYear", created.campaign().year(),
                "awardsAt", created.campaign().awardsAt().toString()));
        return Responses.json(201, CampaignSettingsView.of(created, clock.instant()));
    }
}
