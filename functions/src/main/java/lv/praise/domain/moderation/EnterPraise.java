package lv.praise.domain.moderation;

import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import lv.praise.domain.Actor;
import java.time.Clock;
import java.time.Instant;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.intake.ConfirmationToken;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Participant;
import lv.praise.domain.ParticipantStore;
import lv.praise.domain.Praise;
import lv.praise.domain.RefusedException;

/**
 * Use case: an organiser types in praise that came by phone or on a paper form. The organiser has
 * read it, so it is stored confirmed and approved at once, and counts from then on; it is recorded
 * who entered it. It is refused outside the praise window, like the public form.
 */
public final class EnterPraise {
    /** The stored praise, and what the public sees of it. */
    public record Entered(ModeratedPraise stored, PraiseWall.Entry shown) {
    }

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

    /**
     * One praise on the list of entered praise: who typed it in and when, for which participant, and its
     * review state now ({@code status} null when the praise was erased since).
     */
    public record Listed(ModerationStore.EnteredEntry entry, ModerationStatus status) {
    }

    public record Listing(List<Listed> items, String nextCursor) {
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
            throw RefusedException.invalid("branch", "branch is not one of the participant's branches");
        }
        campaign.requireAspects(input.aspects());
        // The same id space as the public form's praise; there is no token, so no secret is kept.
        String id = ConfirmationToken.generate().praiseId();
        Praise praise = Praise.entered(id, campaignYear.getAsInt(), participant.name(), input.content(), now);
        ModeratedPraise entered = new ModeratedPraise(praise, ModerationStatus.APPROVED, null, by, now, by);
        switch (store.saveEntered(entered)) {
            case STORED -> {
                return new Entered(entered, PraiseWall.Entry.of(praise, campaign.timeZone()));
            }
            case UNKNOWN_PARTICIPANT -> throw unknown();
            case CAMPAIGN_CLOSED -> throw new RefusedException(ErrorCode.CLOSED, "campaign",
                    "praise for the " + campaignYear.getAsInt() + " campaign has closed");
            default -> throw new IllegalStateException("unknown outcome");
        }
    }

    /**
     * The campaign's entered praise, newest first, a page at a time: the log's page, then the praises' current
     * review states read by id in one batch.
     */
    public Listing list(Integer limit, String cursor) {
        int size = ModeratePraise.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        int year = campaignYear.getAsInt();
        String list = "e#" + year;
        Position after = Cursor.decode(list, cursor);
        ModerationStore.EnteredPage page = store.entered(year, size, after);
        Map<String, ModeratedPraise> now = page.items().isEmpty() ? Map.of()
                : store.findConfirmed(page.items().stream().map(ModerationStore.EnteredEntry::praiseId).toList());
        List<Listed> items = page.items().stream().map(e -> {
            ModeratedPraise found = now.get(e.praiseId());
            return new Listed(e, found == null ? null : found.status());
        }).toList();
        String next = null;
        if (page.more() && !page.items().isEmpty()) {
            ModerationStore.EnteredEntry last = page.items().get(page.items().size() - 1);
            next = Cursor.encode(list, new Position(last.enteredAt(), last.praiseId()));
        }
        return new Listing(items, next);
    }

    private static RefusedException unknown() {
        return new RefusedException(ErrorCode.UNKNOWN_PARTICIPANT, "participantId", "no such participant");
    }
}
