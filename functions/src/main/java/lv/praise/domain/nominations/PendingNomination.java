package lv.praise.domain.nominations;

import java.time.Instant;
import lv.praise.domain.Lang;

/**
 * One person's nomination as submitted: it waits for its e-mail link like a praise, and counts only once
 * confirmed. Unconfirmed ones expire (docs/data-model.md: TTL a week after the link's expiry).
 *
 * @param groupKey  the compared form of the name ({@link lv.praise.domain.OrganisationName#sameNameKey})
 * @param emailHash the keyed hash of the e-mail address: once per person and name
 * @param tokenHash SHA-256 of the link's secret, never the secret
 */
public record PendingNomination(String id, int campaignYear, String name, String groupKey, String text, Lang lang,
                                String emailHash, String tokenHash, Instant submittedAt, Instant tokenExpiresAt,
                                boolean confirmed) {
}
