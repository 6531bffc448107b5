package lv.praise.domain;

import java.time.Clock;
import java.time.Instant;

/** The current campaign and its state at this instant. */
public final class CampaignService {
    public record Snapshot(Campaign campaign, CampaignState state, Instant now) {
    }

    private final int campaignYear;
    private final CampaignStore campaigns;
    private final Clock clock;

    public CampaignService(int campaignYear, CampaignStore campaigns, Clock clock) {
        this.campaignYear = campaignYear;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    public Snapshot current() {
        Campaign campaign = campaigns.find(campaignYear).orElseGet(() -> Campaign.defaults(campaignYear));
        Instant now = clock.instant();
        return new Snapshot(campaign, campaign.stateAt(now), now);
    }
}
