package lv.praise.domain.nominations;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.EmailAddress;
import lv.praise.domain.EmailHasher;
import lv.praise.domain.HashRetention;
import lv.praise.domain.FreeText;
import lv.praise.domain.PraiseException;
import lv.praise.domain.SearchKey;

/**
 * Use case: a person praises an organisation that is not in the list by typing its name. It never
 * counts toward any score; organisers see how many people named it, and may invite it. The e-mail
 * address is kept only as its keyed hash, to count each person once.
 */
public final class Nominations {
    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 2000;

    private final int campaignYear;
    private final CampaignStore campaigns;
    private final NominationStore nominations;
    private final EmailHasher hasher;
    private final Clock clock;
    private final HashRetention retention;

    public Nominations(int campaignYear, CampaignStore campaigns, NominationStore nominations, EmailHasher hasher,
                       Clock clock) {
        this(campaignYear, campaigns, nominations, hasher, clock, HashRetention.DEFAULT);
    }

    /** @param retention how long after the awards a nominator's e-mail hash is kept */
    public Nominations(int campaignYear, CampaignStore campaigns, NominationStore nominations, EmailHasher hasher,
                       Clock clock, HashRetention retention) {
        this.retention = retention;
        this.campaignYear = campaignYear;
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** @return whether it was counted (false: this person had named this organisation already) */
    public boolean nominate(String name, String text, String email) {
        // Checked before blanks are joined, which would turn a line break into a space unnoticed.
        String stripped = name == null ? "" : FreeText.name("name", name.strip()).replaceAll("\\s+", " ");
        if (stripped.length() < 2) {
            throw PraiseException.invalid("name", "the organisation's name is required");
        }
        if (stripped.length() > MAX_NAME) {
            throw PraiseException.invalid("name", "name must be at most " + MAX_NAME + " characters");
        }
        String key = SearchKey.of(stripped);
        if (stripped.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw PraiseException.invalid("name", "the name needs letters or digits");
        }
        String body = text == null || text.isBlank() ? null : FreeText.text("text", text.strip());
        if (body != null && body.length() > MAX_TEXT) {
            throw PraiseException.invalid("text", "text must be at most " + MAX_TEXT + " characters");
        }
        // The same canonical mailbox as praise's, so one person counts once however the address is written.
        EmailAddress address = EmailAddress.parse("email", email);
        Instant now = clock.instant();
        Campaign campaign = campaigns.find(campaignYear).orElseGet(() -> Campaign.defaults(campaignYear));
        campaign.requireOpenAt(now);
        return nominations.add(campaignYear, key, stripped, hasher.hash(address), body, now, retention.expiresAt(campaign));
    }

    /** Most named first, then by name. */
    public List<Nomination> list() {
        return nominations.all(campaignYear).stream()
                .sorted(Comparator.comparingLong(Nomination::count).reversed().thenComparing(Nomination::name))
                .toList();
    }
}
