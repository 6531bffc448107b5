package lv.praise.domain.awards;

import java.util.function.IntSupplier;
import lv.praise.domain.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignState;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Participant;
import lv.praise.domain.ParticipantStore;
import lv.praise.domain.RefusedException;
import lv.praise.domain.standings.RecalculateStandings;
import lv.praise.domain.standings.ScoringRun;

/**
 * Use case: the awards day. Publication freezes the campaign, recalculates from the raw data one
 * last time, writes the immutable results record once, creates an award per TOP-N place and sends
 * each certificate letter exactly once. Every step can be run again: a retried or concurrent
 * publication finds what the first one did and only finishes what is left, so there is never a
 * second results record and never a second letter.
 */
public final class PublishAwards {
    /** What an organiser sees before publishing. */
    public record Preview(CampaignState state, boolean publishable, String refusal, Publication publication,
                          boolean published, List<Recipient> recipients) {
    }

    /** An awardee's letter as the preview lists it: whom it goes to (organisers only). */
    public record Recipient(int rank, String participantId, String name, String contactEmail) {
    }

    /**
     * What a publication (or a resend) did.
     *
     * @param createdNow    whether this run wrote the results record (false when it had been written before)
     * @param checkedDigest when this run wrote the record after checking it before the freeze: the digest of
     *                      that check's inputs (the record's own differs when praise counted or decisions
     *                      landed between the check and the freeze); null otherwise
     */
    public record Outcome(Publication publication, boolean createdNow, DeliveryCounts certificates,
                          String checkedDigest) {
        public Outcome(Publication publication, boolean createdNow, DeliveryCounts certificates) {
            this(publication, createdNow, certificates, null);
        }

        /** Whether the inputs moved between the check before the freeze and the final read after it. */
        public boolean movedAfterCheck() {
            return checkedDigest != null && !checkedDigest.equals(publication.inputDigest());
        }
    }

    /** The certificate code of the places of a record drawn only to check it (never stored). */
    private static final String UNPUBLISHED = "UNPUBLISHED";

    /** Where the awards stand, for the organisers' progress display. */
    public record Status(CampaignState state, Optional<Publication> publication, DeliveryCounts certificates,
                         List<Award> awards) {
    }

    private final IntSupplier campaignYear;
    private final CampaignStore campaigns;
    private final ParticipantStore participants;
    private final RecalculateStandings scoring;
    private final PublicationStore publications;
    private final AwardStore awards;
    private final CertificateDelivery delivery;
    private final Clock clock;
    private final Supplier<String> codes;

    /** For one fixed year (tests; a job or a certificate names its own year). */
    public PublishAwards(int campaignYear, CampaignStore campaigns, ParticipantStore participants,
                         RecalculateStandings scoring, PublicationStore publications, AwardStore awards,
                         CertificateDelivery delivery, Clock clock, Supplier<String> codes) {
        this(() -> campaignYear, campaigns, participants, scoring, publications, awards, delivery, clock, codes);
    }

    public PublishAwards(IntSupplier campaignYear, CampaignStore campaigns, ParticipantStore participants,
                         RecalculateStandings scoring, PublicationStore publications, AwardStore awards,
                         CertificateDelivery delivery, Clock clock, Supplier<String> codes) {
        this.campaignYear = campaignYear;
        this.campaigns = campaigns;
        this.participants = participants;
        this.scoring = scoring;
        this.publications = publications;
        this.awards = awards;
        this.delivery = delivery;
        this.clock = clock;
        this.codes = codes;
    }

    /**
     * Exactly what publishing now would publish, computed from the raw data without writing anything.
     * After publication: the published record itself.
     */
    public Preview preview() {
        Campaign campaign = campaign();
        CampaignState state = campaign.stateAt(clock.instant());
        Optional<Publication> published = publications.find(campaignYear.getAsInt());
        Publication publication;
        if (published.isPresent()) {
            publication = published.get();
        } else {
            ScoringRun run = scoring.score();
            publication = PublicationPlan.draw(run, run.at(), PREVIEW, () -> "PREVIEW");
        }
        String refusal = refusal(campaign, state).orElse(null);
        return new Preview(state, refusal == null && published.isEmpty(), refusal, publication, published.isPresent(),
                recipients(publication));
    }

    /**
     * Publishes (or finishes a publication that stopped half-way) and sends the letters that are due,
     * until done or the deadline.
     *
     * <p>The freeze is the one step that can't be undone: from it on praise is refused, and only a
     * results record ends that state. So everything that can fail or take long is done once before it
     * – on the data as it is then – and the freeze comes only when that has succeeded: reading every
     * input, scoring, the digest and drawing the record. A run that dies before the freeze leaves the
     * campaign as it was; a retry starts afresh. After the freeze come only the final read and two
     * writes; a run that dies there leaves a frozen campaign without results, and its retry – on data
     * that can no longer move – reads, scores and writes the same results (docs/awards.md).
     *
     * @param by "schedule", or the organiser's e-mail
     */
    /** Who "published" a preview: nobody; the preview is never stored. */
    private static final Actor PREVIEW = new Actor("preview", null);

    public Outcome publish(Actor by, Deadline deadline) {
        return publish(by, deadline, step -> { });
    }

    /**
     * As {@link #publish(Actor, Deadline)}, telling {@code steps} where it is: {@code check}, {@code freeze},
     * {@code final_read}, {@code results}, {@code letters} (a run that finds the record skips to the letters).
     */
    public Outcome publish(Actor by, Deadline deadline, Consumer<String> steps) {
        // Before the freeze: results published with letters that can't be sent would wait for a deploy.
        delivery.requireSiteUrl();
        Campaign campaign = campaign();
        Optional<Publication> existing = publications.find(campaignYear.getAsInt());
        boolean createdNow = false;
        String checkedDigest = null;
        if (existing.isEmpty()) {
            refusal(campaign, campaign.stateAt(clock.instant())).ifPresent(reason -> {
                throw new RefusedException(ErrorCode.NOT_CLOSED, "campaign", reason);
            });
            if (campaign.publishedAt() == null) {
                steps.accept("check");
                // The whole publication, dry: a read or a scoring that fails (unreadable data, a praise the
                // rules refuse), or one too slow for this function's time, stops here, with nothing frozen.
                ScoringRun check = scoring.score();
                checkedDigest = PublicationPlan.draw(check, check.at(), by, () -> UNPUBLISHED).inputDigest();
                // The freeze's instant is taken right before its write (docs/scoring.md §1a), not before the check.
                steps.accept("freeze");
                Instant now = clock.instant();
                if (campaigns.freeze(campaign, now, by)) {
                    // A decision that read the campaign just before this write may be stamped after `now`:
                    // the freeze is recorded at an instant known to follow the write instead.
                    Instant written = clock.instant();
                    if (written.isAfter(now)) {
                        campaigns.restampFreeze(campaignYear.getAsInt(), now, written);
                    }
                }
            }
            // Every participant's counts frozen before the read below: a confirmation, entered praise or
            // decision still in flight checks its participant in its own write, so it is counted in this
            // read or refused – never counted after it. Run again by a retried publication (idempotent).
            steps.accept("final_read");
            participants.freezeCounts(campaignYear.getAsInt(), campaign().publishedAt());
            // The final read, after the freeze of the counts: the record is drawn from it alone. Confirmations
            // that landed between the check and the freeze are in it (its digest differs from the check's:
            // the scores are computed anew from it, as they always are – scoring is milliseconds of CPU). Read until
            // it agrees with the frozen counters (an index may lag its writes), or fail here, before any write.
            ScoringRun run = scoring.scoreFrozen();
            Campaign frozen = run.campaign();
            Publication drawn = PublicationPlan.draw(run, frozen.publishedAt(), frozen.publishedBy(), codes);
            steps.accept("results");
            scoring.saveFinal(run);
            // The open data before the record: a run that dies between the two leaves no record, so its retry
            // writes both (the same text: the campaign is frozen); once the record exists, so does its file.
            publications.saveOpenData(OpenData.of(campaignYear.getAsInt(), run));
            createdNow = publications.create(drawn);
            existing = publications.find(campaignYear.getAsInt());
        }
        Publication publication = existing.orElseThrow(() ->
                new IllegalStateException("the results record of " + campaignYear.getAsInt() + " was written but can't be read"));
        steps.accept("letters");
        awards.ensure(publication);
        DeliveryCounts counts = delivery.deliver(campaign(), deadline, winners(publication));
        return new Outcome(publication, createdNow, counts, createdNow ? checkedDigest : null);
    }

    /**
     * What can be refused before a publication starts, cheaply (the route that starts the worker answers
     * at once): the site's address must be known, and unless the results exist the window must have closed.
     */
    public void requirePublishable() {
        delivery.requireSiteUrl();
        if (publications.find(campaignYear.getAsInt()).isPresent()) {
            return;
        }
        Campaign campaign = campaign();
        refusal(campaign, campaign.stateAt(clock.instant())).ifPresent(reason -> {
            throw new RefusedException(ErrorCode.NOT_CLOSED, "campaign", reason);
        });
    }

    /** Sends again what failed or waits (after an organiser fixed a contact e-mail, say). */
    public Outcome resend(Deadline deadline) {
        Publication publication = publications.find(campaignYear.getAsInt()).orElseThrow(() -> new RefusedException(
                ErrorCode.NOT_PUBLISHED, "campaign", "the " + campaignYear.getAsInt() + " results have not been published yet"));
        delivery.requireSiteUrl();
        awards.ensure(publication);
        return new Outcome(publication, false, delivery.deliver(campaign(), deadline, winners(publication)));
    }

    /** Who won their category in the published results: their letters say so. */
    private static java.util.Set<String> winners(Publication publication) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        publication.categoryWinners().forEach(w -> ids.add(w.participantId()));
        return ids;
    }

    public Status status() {
        Campaign campaign = campaign();
        List<Award> all = awards.all(campaignYear.getAsInt());
        return new Status(campaign.stateAt(clock.instant()), publications.find(campaignYear.getAsInt()), DeliveryCounts.of(all), all);
    }

    private Campaign campaign() {
        return campaigns.findOrDefault(campaignYear.getAsInt());
    }

    private static Optional<String> refusal(Campaign campaign, CampaignState state) {
        return switch (state) {
            case UPCOMING -> Optional.of("the praise window of " + campaign.year() + " has not opened yet");
            case OPEN -> Optional.of("the praise window is open until "
                    + campaign.praiseClosesAt().atZone(campaign.timeZone()).toOffsetDateTime()
                    + "; results can be published once it has closed (an organiser may close it early)");
            case CLOSED, PUBLISHED -> Optional.empty();
        };
    }

    private List<Recipient> recipients(Publication publication) {
        Map<String, Participant> byId = new HashMap<>();
        for (Participant p : participants.all(campaignYear.getAsInt())) {
            byId.put(p.id(), p);
        }
        List<Recipient> list = new ArrayList<>();
        for (Publication.Place place : publication.top()) {
            Participant p = byId.get(place.participantId());
            String email = p == null || p.contactEmail() == null || p.contactEmail().isBlank() ? null : p.contactEmail();
            list.add(new Recipient(place.rank(), place.participantId(), place.name(), email));
        }
        return list;
    }
}
