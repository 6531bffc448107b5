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
 * PUT /api/admin/campaign – sets the current campaign's calendar ({@code praiseOpensAt}, {@code praiseClosesAt},
 * {@code awardsAt}; those given) and moves its awards schedule to {@code awardsAt}. 409 closed (naming the
 * field) once the campaign is published. Also the participants' view settings {@code insightShowsScore} and
 * {@code insightSharesNotes} (booleans, issue 18).
 */
public final class UpdateCampaignHandler extends AdminHandler {
    private static final Set<String> FIELDS = Set.of(CampaignSettingsView.OPENS, CampaignSettingsView.CLOSES,
            CampaignSettingsView.AWARDS, CampaignSettingsView.SHOWS_SCORE, CampaignSettingsView.SHARES_NOTES);
    private final CampaignYears years;
    private final Clock clock;

    public UpdateCampaignHandler() {
        this(Wiring.get().campaignYears(), Wiring.get().clock());
    }

    UpdateCampaignHandler(CampaignYears years, Clock clock) {
        this.years = years;
        this.clock = clock;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        APIGatewayV2HTTPEvent event = call.event();
        RequestBody body = RequestBody.parse(event, FIELDS);
        // Both settings are checked before anything is written: a bad one writes nothing.
        Boolean showsScore = body.bool(CampaignSettingsView.SHOWS_SCORE);
        Boolean sharesNotes = body.bool(CampaignSettingsView.SHARES_NOTES);
        CampaignYears.Calendar calendar = CampaignSettingsView.calendar(body, years.timeZone());
        CampaignYears.View changed = null;
        if (!calendar.equals(CampaignYears.Calendar.UNCHANGED) || (showsScore == null && sharesNotes == null)) {
            changed = years.changeCalendar(calendar);
        }
        if (showsScore != null || sharesNotes != null) {
            changed = years.changeInsightSettings(showsScore, sharesNotes);
        }
        JsonLog.info("campaign_calendar_changed", Map.of("campaignYear", changed.campaign().year(),
                "awardsAt", changed.campaign().awardsAt().toString()));
        return Responses.json(200, CampaignSettingsView.of(changed, clock.instant()));
    }
}
