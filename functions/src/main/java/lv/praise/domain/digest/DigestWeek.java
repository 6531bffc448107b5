package lv.praise.domain.digest;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.praise.domain.Campaign;

/**
 * One week of the weekly digest: Monday to Sunday in the campaign's time zone (Europe/Riga), named by its ISO week
 * ({@code 2027-W10}). Its bounds are instants of that zone's midnights, so the week of the change to summer time
 * (the last Sunday of March) is 167 hours long, and the week of the change back 169.
 */
public record DigestWeek(LocalDate monday) {
    private static final Pattern CODE = Pattern.compile("(\\d{4})-W(\\d{2})");

    public DigestWeek {
        Objects.requireNonNull(monday, "monday");
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a digest week starts on a Monday, not " + monday);
        }
    }

    /** The week the day is in. */
    public static DigestWeek containing(LocalDate day) {
        return new DigestWeek(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** The week before the one {@code now} is in, in the zone: what a Monday's run tells about. */
    public static DigestWeek before(Instant now, ZoneId zone) {
        return containing(LocalDate.ofInstant(now, zone)).previous();
    }

    /** The week named by its ISO code ({@code 2027-W10}). */
    public static DigestWeek parse(String code) {
        Matcher m = code == null ? null : CODE.matcher(code);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("a week is yyyy-Www");
        }
        int weekYear = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        // 4 January is always in week 1 of its week-based year.
        LocalDate first = LocalDate.of(weekYear, 1, 4);
        if (week < 1 || week > first.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw new IllegalArgumentException("no week " + week + " in " + weekYear);
        }
        return containing(first.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week));
    }

    public DigestWeek previous() {
        return new DigestWeek(monday.minusWeeks(1));
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    /** The ISO week, as the DIGEST item's key names it: {@code 2027-W10}. */
    public String code() {
        return String.format(Locale.ROOT, "%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Monday's midnight in the zone (inclusive). */
    public Instant start(ZoneId zone) {
        return monday.atStartOfDay(zone).toInstant();
    }

    /** The next Monday's midnight in the zone (exclusive). */
    public Instant end(ZoneId zone) {
        return monday.plusWeeks(1).atStartOfDay(zone).toInstant();
    }

    /**
     * Whether the campaign's digest tells about this week: the week has some of the praise window in it (the
     * window as announced, or until an organiser closed it early). So the digests go out on each Monday of the
     * window and on the Monday after it closes, and never for a week before it opened.
     */
    public boolean activeFor(Campaign campaign) {
        ZoneId zone = campaign.timeZone();
        return start(zone).isBefore(windowEnd(campaign)) && end(zone).isAfter(campaign.praiseOpensAt());
    }

    /**
     * Whether this is a week after the window in which moderation still goes on: it starts at or after the window's
     * end and the results were not published before it began (publication freezes moderation). Such a week's digest
     * tells about the praise confirmed within the window and approved that week only – moderation carries on after the
     * window closes, and without these weeks a praise approved after the Monday following the close would be in no
     * digest (issue 18 review). With {@link #activeFor} every approval of in-window praise is in exactly one week.
     */
    public boolean lateFor(Campaign campaign) {
        Instant start = start(campaign.timeZone());
        return !start.isBefore(windowEnd(campaign))
                && (campaign.publishedAt() == null || campaign.publishedAt().isAfter(start));
    }

    /** The instant the praise window ended (exclusive): its announced close, or an organiser's early close. */
    public static Instant windowEnd(Campaign campaign) {
        // The window includes its last announced second (Campaign.stateAt).
        Instant closes = campaign.praiseClosesAt().plus(Duration.ofSeconds(1));
        if (campaign.closedEarlyAt() != null && campaign.closedEarlyAt().isBefore(closes)) {
            closes = campaign.closedEarlyAt();
        }
        return closes;
    }

    /**
     * Whether the praise's approval falls in {@code [from, to)}: the instant of its first approval (kept by the
     * moderation write), else of its last moderation decision (it is approved now; an item from before the first
     * approval was kept), or, for a praise approved without a decision of its own, its confirmation. A week's digest tells
     * about the praise approved that week, so a praise still waiting for moderation at a Monday's run (the weekend's,
     * approved on Tuesday) is in the next week's digest, not in none; each approval is in exactly one week.
     */
    public static boolean approvedIn(lv.praise.domain.moderation.ModeratedPraise praise, Instant from, Instant to) {
        // The first approval: approved, rejected and approved again later, it stays in the first approval's week.
        Instant approved = praise.firstApprovedAt() != null ? praise.firstApprovedAt()
                : praise.at() != null ? praise.at() : praise.praise().confirmedAt();
        return approved != null && !approved.isBefore(from) && approved.isBefore(to);
    }
}
