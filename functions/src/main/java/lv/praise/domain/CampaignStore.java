package lv.praise.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** Port: campaigns as stored data. A year with nothing stored runs on {@link Campaign#defaults}. */
public interface CampaignStore {
    Optional<Campaign> find(int year);

    /** The stored campaign of a year, or the defaults of a year not stored yet (the one way to read a campaign). */
    default Campaign findOrDefault(int year) {
        return find(year).orElseGet(() -> Campaign.defaults(year));
    }

    /** The year the current-campaign item names; empty until a campaign was created from the console. */
    OptionalInt currentYear();

    /** What {@link #create} did. */
    enum Created { CREATED, YEAR_EXISTS, CURRENT_CHANGED }

    /**
     * Stores a new campaign and makes it the current one, all or nothing: only if no campaign of its year
     * is stored and the current one is still {@code previousYear} (two organisers creating at once: one
     * creates, the other is told the current campaign changed).
     */
    Created create(Campaign next, int previousYear);

    /**
     * Sets a campaign's calendar, only while it is not published. A year with nothing stored is stored
     * first, as {@code campaign} gives it.
     *
     * @return false when the campaign is published (nothing is changed)
     */
    boolean changeCalendar(Campaign campaign, Instant opensAt, Instant closesAt, Instant awardsAt);

    void save(Campaign campaign);

    /**
     * Records that an organiser closed the praise window at {@code at}, once and for good: a
     * conditional write, so of two organisers closing at the same moment one is recorded.
     * A year with nothing stored is stored first, as {@code campaign} gives it.
     *
     * @return false when the campaign was already closed early or published (nothing is changed)
     */
    boolean closeEarly(Campaign campaign, Instant at, Actor by);

    /**
     * Freezes the campaign for publication (its state becomes published: no more praise or
     * confirmations), once: of concurrent publications one freezes, the others find it frozen.
     *
     * @return false when it was frozen already (nothing is changed)
     */
    boolean freeze(Campaign campaign, Instant at, Actor by);

    /**
     * Moves a recorded early close from {@code recorded} to {@code later}, only while it still says
     * {@code recorded}. A close takes its instant before its write lands, and a confirmation that read
     * the campaign just before the write may carry an instant between the two; the first instant known
     * to follow the write keeps "counts only if confirmed before the close" true for it as well.
     *
     * @return false when the record says something else (nothing is changed)
     */
    boolean restampClose(int year, Instant recorded, Instant later);

    /** As {@link #restampClose}, for the freeze ({@code publishedAt}) and the moderation decisions it ends. */
    boolean restampFreeze(int year, Instant recorded, Instant later);

    /**
     * Sets the participants' view settings (issue 18), unless the campaign is published by now.
     *
     * @return false when it is published (nothing written)
     */
    default boolean changeInsightSettings(Campaign campaign, boolean showsScore, boolean sharesNotes) {
        throw new UnsupportedOperationException("this campaign store does not change settings");
    }
}
