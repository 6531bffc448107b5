package lv.praise.domain;

import java.util.function.IntSupplier;
import java.time.Clock;
import java.time.Instant;

/** The current campaign and its state at this instant. */
public final class ReadCampaign {
    public record Snapshot(Campaign campaign, CampaignState state, Instant now) {
    }

    private final IntSupplier campaignYear;
    private final CampaignStore campaigns;
    private final Clock clock;

    /** For one fixed year (tests; a job or a certificate names its own year). */
    public ReadCampaign(int campaignYear, CampaignStore campaigns, Clock clock) {
        this(() -> campaignYear, campaigns, clock);
    }

    public ReadCampaign(IntSupplier campaignYear, CampaignStore campaigns, Clock clock) {
        this.campaignYear = campaignYear;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    public Snapshot current() {
        Campaign campaign = campaigns.findOrDefault(campaignYear.getAsInt());
        Instant now = clock.instant();
        return new Snapshot(campaign, campaign.stateAt(now), now);
    }
}
