package lv.praise.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the keyed hashes of people's e-mail addresses are kept: until {@code days} after the campaign's
 * awards. Until then they hold the one-praise-per-person rule (and the nominations' one-count-per-person) and
 * let a person's praise be found for erasure; after it the awards are published and final, and a hash serves
 * nobody. The praiser and nominator slots carry the date as their TTL ({@code purgeAt}); the praise item
 * itself keeps no hash once confirmed (docs/data-model.md, *Retention*).
 *
 * @param days days after {@link Campaign#awardsAt()}; the template parameter HashRetentionDays (183, about six
 *             months: time for the awards' questions and complaints)
 */
public record HashRetention(int days) {
    public static final int DEFAULT_DAYS = 183;
    public static final HashRetention DEFAULT = new HashRetention(DEFAULT_DAYS);

    public HashRetention {
        if (days < 1 || days > 3660) {
            throw new IllegalArgumentException("hash retention must be 1–3660 days after the awards, not " + days);
        }
    }

    /** When the hashes of this campaign's people expire. */
    public Instant expiresAt(Campaign campaign) {
        return campaign.awardsAt().plus(Duration.ofDays(days));
    }
}
