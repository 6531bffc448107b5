package lv.praise.domain.campaigns;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.CurrentCampaign;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;

/**
 * Use case: the campaigns of many years. Organisers create next year's campaign from the current one (its
 * vocabulary and scoring carried over, its calendar shifted a year unless they give another) and set the
 * current campaign's calendar; the awards schedule follows the calendar's {@code awardsAt}. A published
 * campaign is read-only for good.
 */
public final class CampaignYears {
    /** The furthest ahead a next campaign may be created (a typed year, not a plan for the next decade). */
    public static final int MAX_YEARS_AHEAD = 5;

    /** A calendar as asked for; a null field keeps (or, for a new campaign, shifts) what there is. */
    public record Calendar(Instant praiseOpensAt, Instant praiseClosesAt, Instant awardsAt) {
        public static final Calendar UNCHANGED = new Calendar(null, null, null);

        boolean empty() {
            return praiseOpensAt == null && praiseClosesAt == null && awardsAt == null;
        }
    }

    /** A campaign with its awards schedule as the scheduler holds it (empty: none). */
    public record View(Campaign campaign, Optional<AwardsSchedule.Scheduled> schedule) {
    }

    private final CurrentCampaign current;
    private final CampaignStore campaigns;
    private final AwardsSchedule schedule;
    private final Clock clock;
    private final PublicationProgress publication;

    /**
     * What still holds a year's publication open. {@code publishedAt} alone does not say it: the publication
     * sets it at its first step (the freeze), long before the results record, the awards and the letters;
     * and the awards routes (resend among them) serve the current year only, so a next year created before
     * they are done would strand them.
     */
    @FunctionalInterface
    public interface PublicationProgress {
        /** Why the publication of {@code year} is not finished (a sentence for the log and the API), or empty. */
        Optional<String> unfinished(int year);
    }

    /** Tests: a publication is finished as soon as the campaign is published. */
    public CampaignYears(CurrentCampaign current, CampaignStore campaigns, AwardsSchedule schedule, Clock clock) {
        this(current, campaigns, schedule, clock, year -> Optional.empty());
    }

    public CampaignYears(CurrentCampaign current, CampaignStore campaigns, AwardsSchedule schedule, Clock clock,
                         PublicationProgress publication) {
        this.current = current;
        this.campaigns = campaigns;
        this.schedule = schedule;
        this.clock = clock;
        this.publication = publication;
    }

    /** The current campaign and its schedule. */
    public View current() {
        Campaign campaign = current.campaign();
        return new View(campaign, schedule.find(campaign.year()));
    }

    /** The current campaign's time zone: a time given without an offset is read in it. */
    public ZoneId timeZone() {
        return current.campaign().timeZone();
    }

    /** What "next year" would be: the current campaign shifted a year (the console's starting values). */
    public Campaign proposal() {
        Campaign last = current.campaign();
        return shifted(last, last.year() + 1);
    }

    /**
     * Creates the campaign of {@code year} from the current one and makes it current. Refused: a year that is
     * that exists (409 already_exists, year), a year not after the current one (400 year), a current
     * campaign whose results are not published yet (409 not_published, year: its results would vanish), a
     * publication not finished – its job not done, its results record or awards not all written, a letter
     * pending or failed (409 publication_unfinished, year), a calendar out of order (400 naming the field). Nothing is written when refused.
     */
    public View createNext(Integer year, Calendar calendar) {
        Campaign last = current.campaign();
        if (year == null) {
            throw RefusedException.invalid("year", "year is required");
        }
        if (campaigns.find(year).isPresent()) {
            throw new RefusedException(ErrorCode.ALREADY_EXISTS, "year", "a campaign of " + year + " exists already");
        }
        if (year <= last.year() || year > last.year() + MAX_YEARS_AHEAD) {
            throw RefusedException.invalid("year", "the next campaign's year must be after " + last.year()
                    + " and at most " + (last.year() + MAX_YEARS_AHEAD));
        }
        // The calendar first: a wrong field is named whatever the state (and nothing is written either way).
        Campaign next = withCalendar(shifted(last, year), calendar, true);
        if (last.publishedAt() == null) {
            throw new RefusedException(ErrorCode.NOT_PUBLISHED, "year", "the " + last.year()
                    + " results are not published yet; create the next campaign after them");
        }
        Optional<String> unfinished = publication.unfinished(last.year());
        if (unfinished.isPresent()) {
            throw new RefusedException(ErrorCode.PUBLICATION_UNFINISHED, "year", "the " + last.year()
                    + " publication is not finished: " + unfinished.get()
                    + "; create the next campaign once it is (awards status)");
        }
        switch (campaigns.create(next, last.year())) {
            case CREATED -> {
            }
            case YEAR_EXISTS -> throw new RefusedException(ErrorCode.ALREADY_EXISTS, "year",
                    "a campaign of " + year + " exists already");
            case CURRENT_CHANGED -> throw new RefusedException(ErrorCode.ALREADY_EXISTS, "year",
                    "another organiser created the next campaign a moment ago");
        }
        current.forget();
        // After the write: a refused creation must not move an existing year's schedule.
        schedule.scheduleAwards(next.year(), next.awardsAt(), next.timeZone());
        return new View(next, schedule.find(next.year()));
    }

    /**
     * Sets the current campaign's calendar and moves its awards schedule to {@code awardsAt}. Refused: no
     * field given (400 awardsAt), a calendar out of order (400 naming the field), a published campaign
     * (409 closed, naming the first field given).
     */
    public View changeCalendar(Calendar calendar) {
        if (calendar.empty()) {
            throw RefusedException.invalid("awardsAt", "give awardsAt, praiseOpensAt or praiseClosesAt");
        }
        Campaign campaign = current.campaign();
        String field = calendar.praiseOpensAt() != null ? "praiseOpensAt"
                : calendar.praiseClosesAt() != null ? "praiseClosesAt" : "awardsAt";
        if (campaign.publishedAt() != null) {
            throw published(campaign, field);
        }
        Campaign changed = withCalendar(campaign, calendar, calendar.awardsAt() != null);
        if (!campaigns.changeCalendar(campaign, changed.praiseOpensAt(), changed.praiseClosesAt(), changed.awardsAt())) {
            throw published(campaign, field);
        }
        schedule.scheduleAwards(changed.year(), changed.awardsAt(), changed.timeZone());
        return new View(changed, schedule.find(changed.year()));
    }

    /**
     * The participants' view settings (issue 18) of the current campaign, those given (null: unchanged); 409
     * closed naming the field once the campaign is published.
     */
    public View changeInsightSettings(Boolean showsScore, Boolean sharesNotes) {
        Campaign campaign = current.campaign();
        String field = showsScore != null ? "insightShowsScore" : "insightSharesNotes";
        if (campaign.publishedAt() != null) {
            throw published(campaign, field);
        }
        Campaign changed = campaign.withInsightSettings(showsScore == null ? campaign.insightShowsScore() : showsScore,
                sharesNotes == null ? campaign.insightSharesNotes() : sharesNotes);
        if (!campaigns.changeInsightSettings(campaign, changed.insightShowsScore(), changed.insightSharesNotes())) {
            throw published(campaign, field);
        }
        return new View(changed, schedule.find(changed.year()));
    }

    /**
     * Makes the current campaign's awards schedule agree with its {@code awardsAt} when it does not (none yet –
     * the first year, which no organiser has set – or a move whose scheduling failed after the write). A
     * published campaign, or an awards time already past, is left alone.
     *
     * @return whether the schedule was created or moved
     */
    public boolean reconcileSchedule() {
        Campaign campaign = current.campaign();
        if (campaign.publishedAt() != null || !campaign.awardsAt().isAfter(clock.instant())) {
            return false;
        }
        Optional<AwardsSchedule.Scheduled> held = schedule.find(campaign.year());
        if (held.isPresent() && held.get().at().equals(campaign.awardsAt())) {
            return false;
        }
        schedule.scheduleAwards(campaign.year(), campaign.awardsAt(), campaign.timeZone());
        return true;
    }

    private static RefusedException published(Campaign campaign, String field) {
        return new RefusedException(ErrorCode.CLOSED, field, "the " + campaign.year()
                + " results are published; that campaign can't change any more");
    }

    /** {@code base} with the calendar's given fields, checked in order; a new awards time must be ahead. */
    private Campaign withCalendar(Campaign base, Calendar calendar, boolean awardsMustBeAhead) {
        Instant opens = calendar.praiseOpensAt() == null ? base.praiseOpensAt() : calendar.praiseOpensAt();
        Instant closes = calendar.praiseClosesAt() == null ? base.praiseClosesAt() : calendar.praiseClosesAt();
        Instant awards = calendar.awardsAt() == null ? base.awardsAt() : calendar.awardsAt();
        if (!opens.isBefore(closes)) {
            // Named after what the request gave: the field that made the order wrong.
            throw RefusedException.invalid(calendar.praiseClosesAt() != null || calendar.praiseOpensAt() == null
                    ? "praiseClosesAt" : "praiseOpensAt", "praise must close after it opens");
        }
        if (!awards.isAfter(closes)) {
            throw RefusedException.invalid(calendar.awardsAt() != null || calendar.praiseClosesAt() == null
                    ? "awardsAt" : "praiseClosesAt", "the awards must come after praise closes ("
                    + closes.atZone(base.timeZone()).toOffsetDateTime() + ")");
        }
        if (awardsMustBeAhead && !awards.isAfter(clock.instant())) {
            throw RefusedException.invalid("awardsAt", "the awards time must be in the future");
        }
        return base.withCalendar(opens, closes, awards);
    }

    /** The campaign of {@code year} as {@code last} was: its rules and words, its calendar moved to that year. */
    static Campaign shifted(Campaign last, int year) {
        int years = year - last.year();
        ZoneId zone = last.timeZone();
        Campaign copy = new Campaign(year, zone, shift(last.praiseOpensAt(), zone, years),
                shift(last.praiseClosesAt(), zone, years), shift(last.awardsAt(), zone, years), last.categories(),
                last.industries(), last.aspects(), last.sizeClasses(), last.topN(), last.qualityMarkThreshold(),
                last.qualityMarkTitleTemplate(), null, null, null, null, last.formulaVersion(), last.minimumPraise(),
                last.insightShowsScore(), last.insightSharesNotes());
        return copy;
    }

    /** The same wall-clock time in the campaign's zone, {@code years} later (29 February falls to the 28th). */
    private static Instant shift(Instant at, ZoneId zone, int years) {
        return at.atZone(zone).toLocalDateTime().plusYears(years).atZone(zone).toInstant();
    }
}
