package lv.praise.domain.intake;

import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.HashRetention;
import lv.praise.domain.Praise;
import lv.praise.domain.RefusedException;
import lv.praise.domain.PraiseStatus;
import java.time.Clock;
import java.time.Instant;

/** Use case: the person opens the link from the e-mail; the praise counts from then on, once. */
public final class ConfirmPraise {

    /** What a confirmation did; the participant is named so the thank-you page can say whom. */
    public record Confirmation(PraiseStore.ConfirmOutcome outcome, String participantId, String participantName) {
    }

    private final CampaignStore campaigns;
    private final PraiseStore praises;
    private final Clock clock;
    private final HashRetention retention;

    public ConfirmPraise(CampaignStore campaigns, PraiseStore praises, Clock clock) {
        this(campaigns, praises, clock, HashRetention.DEFAULT);
    }

    /** @param retention how long after the awards the person's e-mail hash is kept */
    public ConfirmPraise(CampaignStore campaigns, PraiseStore praises, Clock clock, HashRetention retention) {
        this.campaigns = campaigns;
        this.praises = praises;
        this.clock = clock;
        this.retention = retention;
    }

    public Confirmation confirm(String tokenText) {
        ConfirmationToken token = ConfirmationToken.parse(tokenText).orElseThrow(ConfirmPraise::invalidToken);
        Praise praise = praises.find(token.praiseId())
                .filter(p -> token.matches(p.tokenHash()))
                .orElseThrow(ConfirmPraise::invalidToken);
        if (praise.status() == PraiseStatus.CONFIRMED) {
            return new Confirmation(PraiseStore.ConfirmOutcome.ALREADY_CONFIRMED, praise.participantId(),
                    praise.participantName());
        }
        if (praise.status() == PraiseStatus.ERASED) {
            throw new RefusedException(ErrorCode.WITHDRAWN, "token", "this praise was withdrawn");
        }
        // The confirmation's instant, taken before the campaign is read: if a close is written meanwhile,
        // the instant it records follows this one (docs/scoring.md §1a), so a confirmation passing the
        // check below is always before the close.
        Instant now = clock.instant();
        if (now.isAfter(praise.tokenExpiresAt())) {
            throw new RefusedException(ErrorCode.TOKEN_EXPIRED, "token",
                    "the confirmation link has expired; please praise again");
        }
        Campaign campaign = campaigns.findOrDefault(praise.campaignYear());
        campaign.requireOpenAt(now);
        PraiseStore.ConfirmOutcome outcome = praises.confirm(praise, now, retention.expiresAt(campaign));
        if (outcome == PraiseStore.ConfirmOutcome.ALREADY_PRAISED) {
            throw RefusedException.alreadyPraised();
        }
        if (outcome == PraiseStore.ConfirmOutcome.CAMPAIGN_CLOSED) {
            throw new RefusedException(ErrorCode.CLOSED, "campaign",
                    "praise for the " + praise.campaignYear() + " campaign has closed");
        }
        return new Confirmation(outcome, praise.participantId(), praise.participantName());
    }

    private static RefusedException invalidToken() {
        return new RefusedException(ErrorCode.INVALID_TOKEN, "token", "this confirmation link is not valid");
    }
}
