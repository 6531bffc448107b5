package lv.praise.domain.nominations;

import java.time.Instant;
import java.util.List;

/** Port: nominations of a campaign, one count per person and organisation. */
public interface NominationStore {
    /**
     * Counts one person's nomination of an organisation, once: a second nomination of the same
     * organisation (by its compared name) from the same e-mail hash changes nothing.
     *
     * @param nameKey the compared form of the name (case, diacritics and spacing don't matter)
     * @param hashExpiresAt when the person's slot – the only place the hash is kept – expires (TTL, {@code HashRetention})
     * @return whether it was counted
     */
    boolean add(int campaignYear, String nameKey, String name, String emailHash, String text, Instant at,
                Instant hashExpiresAt);

    /** Every nomination of the campaign. */
    List<Nomination> all(int campaignYear);
}
