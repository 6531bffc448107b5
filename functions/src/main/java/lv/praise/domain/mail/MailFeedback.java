package lv.praise.domain.mail;

import java.util.List;
import java.util.Objects;

/**
 * What the mail service reported about a sent e-mail: a bounce or a complaint, for some of its recipients.
 * Holds addresses only on the way to {@link RecordMailFeedback}, which hashes them at once.
 *
 * @param permanent for a bounce: the mailbox does not exist (SES "Permanent"); a transient bounce (a full
 *                  mailbox, a server away) is not a reason to stop writing. Ignored for complaints.
 */
public record MailFeedback(Kind kind, boolean permanent, List<String> recipients) {
    public enum Kind { BOUNCE, COMPLAINT, OTHER }

    public MailFeedback {
        Objects.requireNonNull(kind, "kind");
        recipients = List.copyOf(recipients);
    }

    /** Names the kind and the count only: the addresses never reach a log. */
    @Override
    public String toString() {
        return "MailFeedback[kind=" + kind + ", permanent=" + permanent + ", recipients=" + recipients.size() + "]";
    }
}
