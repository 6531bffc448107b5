package lv.praise.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.function.IntSupplier;

/**
 * Which campaign is the current one: the year the table's current-campaign item names, or – before any
 * campaign was created from the console – the first year the deployment gives (template parameter
 * {@code CampaignYear}). The one place every use case asks for "the current year".
 *
 * <p>Read once per {@code refresh} per container (timed by real time, not the campaign's clock): every
 * request would otherwise pay a read for a value that changes once a year. So for up to {@code refresh}
 * after an organiser creates next year's campaign a warm container may still serve the earlier year; the
 * function that created it sees the new year at once ({@link #forget()}).
 */
public final class CurrentCampaign implements IntSupplier {
    /** How long a container trusts its read of the current year. */
    public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(30);

    private final int firstYear;
    private final CampaignStore campaigns;
    private final Clock realTime;
    private final Duration refresh;
    private int year;
    private Instant readAt;

    public CurrentCampaign(int firstYear, CampaignStore campaigns, Clock realTime, Duration refresh) {
        this.firstYear = firstYear;
        this.campaigns = campaigns;
        this.realTime = realTime;
        this.refresh = refresh;
    }

    /** The current campaign's year. */
    public synchronized int year() {
        Instant now = realTime.instant();
        if (readAt == null || !now.isBefore(readAt.plus(refresh))) {
            OptionalInt stored = campaigns.currentYear();
            year = stored.isPresent() ? stored.getAsInt() : firstYear;
            readAt = now;
        }
        return year;
    }

    @Override
    public int getAsInt() {
        return year();
    }

    /** The current campaign, stored or (a first year not stored yet) as the defaults describe it. */
    public Campaign campaign() {
        return campaigns.findOrDefault(year());
    }

    /** Reads the table again at the next question (after this container changed the current campaign). */
    public synchronized void forget() {
        readAt = null;
    }
}
