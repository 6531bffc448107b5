package lv.praise.domain.mail;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who of one letter's recipients is done (issue 18: a participant's digest of a week, its report): each recipient
 * recorded on the letter's send-state item right after its own outcome, so that a retried or taken-over run writes
 * only to the recipients not recorded yet – a contact who got the letter never gets it twice because another contact's
 * send failed. A recipient is named by its contact's keyed e-mail hash ({@link lv.praise.domain.KeyedHasher}), never
 * by the address.
 *
 * @param sent    recipients the letter was handed over for
 * @param refused recipients the mail service refused for good (their address): done too, never tried again
 */
public record Recipients(Set<String> sent, Set<String> refused) {
    public static final Recipients NONE = new Recipients(Set.of(), Set.of());

    public Recipients {
        sent = Set.copyOf(Objects.requireNonNull(sent, "sent"));
        refused = Set.copyOf(Objects.requireNonNull(refused, "refused"));
    }

    /** Whether nothing more is to be sent to this recipient. */
    public boolean done(String recipientKey) {
        return sent.contains(recipientKey) || refused.contains(recipientKey);
    }

    /** These and one more recipient, as recorded. */
    public Recipients with(String recipientKey, boolean refusedForGood) {
        Set<String> s = new HashSet<>(sent);
        Set<String> r = new HashSet<>(refused);
        (refusedForGood ? r : s).add(recipientKey);
        return new Recipients(s, r);
    }
}
