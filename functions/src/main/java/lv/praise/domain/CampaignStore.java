package lv.praise.domain;

import java.time.Instant;
import java.util.Optional;

/** Port: campaigns as stored data. A year with nothing stored runs on {@link Campaign#defaults}. */
public interface CampaignStore {
    Optional<Campaign> find(int year);

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
}
