package lv.praise.domain.awards;

import java.util.function.IntSupplier;
import lv.praise.domain.Actor;
import java.time.Clock;
import java.time.Instant;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;

/**
 * Use case: an organiser closes the praise window before its end (so the awards can follow). It is
 * recorded with who and when, and can't be undone for that campaign; closing it again changes nothing.
 */
public final class CloseCampaign {
    private final IntSupplier campaignYear;
    private final CampaignStore campaigns;
    private final Clock clock;

    /** For one fixed year (tests; a job or a certificate names its own year). */
    public CloseCampaign(int campaignYear, CampaignStore campaigns, Clock clock) {
        this(() -> campaignYear, campaigns, clock);
    }

    public CloseCampaign(IntSupplier campaignYear, CampaignStore campaigns, Clock clock) {
        this.campaignYear = campaignYear;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** The campaign as it stands after: closed early by this organiser now, or earlier by whoever did. */
    public Campaign close(Actor by) {
        Instant now = clock.instant();
        Campaign campaign = current();
        switch (campaign.stateAt(now)) {
            case UPCOMING -> throw new RefusedException(ErrorCode.NOT_OPEN_YET, "campaign",
                    "the praise window has not opened yet, so it can't be closed");
            case PUBLISHED -> throw new RefusedException(ErrorCode.CLOSED, "campaign",
                    "the " + campaignYear.getAsInt() + " results are published; the campaign is closed for good");
            case CLOSED -> {
                if (campaign.closedEarlyAt() == null) {
                    throw new RefusedException(ErrorCode.CLOSED, "campaign", "the praise window closed at "
                            + campaign.praiseClosesAt().atZone(campaign.timeZone()).toOffsetDateTime());
                }
                return campaign;
            }
            case OPEN -> {
                if (campaigns.closeEarly(campaign, now, by)) {
                    // A confirmation that read the campaign just before this write may be stamped after
                    // `now`: the close is recorded at an instant known to follow the write instead.
                    Instant written = clock.instant();
                    if (written.isAfter(now)) {
                        campaigns.restampClose(campaignYear.getAsInt(), now, written);
                    }
                }
            }
        }
        return current();
    }

    private Campaign current() {
        return campaigns.findOrDefault(campaignYear.getAsInt());
    }
}
