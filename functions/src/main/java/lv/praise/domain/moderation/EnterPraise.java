package lv.praise.domain.moderation;

import java.util.function.IntSupplier;
import lv.praise.domain.Actor;
import java.time.Clock;
import java.time.Instant;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.ConfirmationToken;
import lv.praise.domain.EnteredPraise;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Participant;
import lv.praise.domain.ParticipantStore;
import lv.praise.domain.Praise;
import lv.praise.domain.PraiseException;
import lv.praise.domain.PraiseStatus;

/**
 * Use case: an organiser types in praise that came by phone or on a paper form. The organiser has
 * read it, so it is stored confirmed and approved at once, and counts from then on; it is recorded
 * who entered it. It is refused outside the praise window, like the public form.
 */
public final class EnterPraise {
    /** The stored praise, and what the public sees of it. */
    public record Entered(ModeratedPraise stored, PraiseWall.Entry shown) {
    }

    private final IntSupplier campaignYear;
    private final CampaignStore campaigns;
    private final ParticipantStore participants;
    private final ModerationStore store;
    private final Clock clock;

    /** For one fixed year (tests; a job or a certificate names its own year). */
    public EnterPraise(int campaignYear, CampaignStore campaigns, ParticipantStore participants, ModerationStore store,
                       Clock clock) {
        this(() -> campaignYear, campaigns, participants, store, clock);
    }

    public EnterPraise(IntSupplier campaignYear, CampaignStore campaigns, ParticipantStore participants, ModerationStore store,
                       Clock clock) {
        this.campaignYear = campaignYear;
        this.campaigns = campaigns;
        this.participants = participants;
        this.store = store;
        this.clock = clock;
    }

    public Entered enter(EnteredPraise input, Actor by) {
        // Taken before the campaign is read, as a confirmation's (docs/scoring.md §1a).
        Instant now = clock.instant();
        Campaign campaign = campaigns.findOrDefault(campaignYear.getAsInt());
        campaign.requireOpenAt(now);
        Participant participant = participants.find(campaignYear.getAsInt(), input.participantId()).orElseThrow(EnterPraise::unknown);
        if (input.branch() != null && !participant.hasBranch(input.branch())) {
            throw PraiseException.invalid("branch", "branch is not one of the participant's branches");
        }
        campaign.requireAspects(input.aspects());
        // The same id space as the public form's praise; there is no token, so no secret is kept.
        String id = ConfirmationToken.generate().praiseId();
        Praise praise = new Praise(id, campaignYear.getAsInt(), participant.id(), participant.name(), input.branch(),
                input.employee(), input.stars(), input.aspects(), input.text(), input.channel(), input.lang(),
                PraiseStatus.CONFIRMED, null, null, now, null, now);
        ModeratedPraise entered = new ModeratedPraise(praise, ModerationStatus.APPROVED, null, by, now, by);
        switch (store.saveEntered(entered)) {
            case STORED -> {
                return new Entered(entered, PraiseWall.Entry.of(praise, campaign.timeZone()));
            }
            case UNKNOWN_PARTICIPANT -> throw unknown();
            case CAMPAIGN_CLOSED -> throw new PraiseException(ErrorCode.CLOSED, "campaign",
                    "praise for the " + campaignYear.getAsInt() + " campaign has closed");
            default -> throw new IllegalStateException("unknown outcome");
        }
    }

    private static PraiseException unknown() {
        return new PraiseException(ErrorCode.UNKNOWN_PARTICIPANT, "participantId", "no such participant");
    }
}
