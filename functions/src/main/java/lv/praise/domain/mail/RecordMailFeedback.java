package lv.praise.domain.mail;

import java.time.Clock;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.RefusedException;

/**
 * Use case: a hard bounce or a complaint puts its addresses on the suppression list, so the account's
 * bounce and complaint rates – which SES watches to pause the account – stop rising from them. The
 * address is hashed with the same keyed hash as a submission's, so the sender's look-up finds it.
 */
public final class RecordMailFeedback {
    private final KeyedHasher hasher;
    private final SuppressionList suppressions;
    private final Clock clock;

    public RecordMailFeedback(KeyedHasher hasher, SuppressionList suppressions, Clock clock) {
        this.hasher = hasher;
        this.suppressions = suppressions;
        this.clock = clock;
    }

    /** @return how many recipients were suppressed (0 for a transient bounce or another kind of event) */
    public int record(MailFeedback feedback) {
        SuppressionReason reason = switch (feedback.kind()) {
            case BOUNCE -> feedback.permanent() ? SuppressionReason.HARD_BOUNCE : null;
            case COMPLAINT -> SuppressionReason.COMPLAINT;
            case OTHER -> null;
        };
        if (reason == null) {
            return 0;
        }
        int suppressed = 0;
        for (String recipient : feedback.recipients()) {
            String emailHash;
            try {
                // The canonical mailbox's hash, as the submission computed it: every written form of one mailbox.
                emailHash = hasher.hash(recipient);
            } catch (RefusedException notAcceptable) {
                // Our forms refuse such an address, so no submission can carry it: nothing to suppress.
                continue;
            }
            suppressions.suppress(emailHash, reason, clock.instant());
            suppressed++;
        }
        return suppressed;
    }
}
