package lv.praise.domain.mail;

import lv.praise.domain.Mailer;

/**
 * Use case: the mail sender's step for one queued confirmation e-mail. An address that bounced for good
 * or complained gets nothing: the praise stays pending and expires as any unconfirmed one does, and the
 * person who submitted got the same answer as everyone else (the answer says nothing about the address).
 */
public final class SendConfirmation {
    /** What happened to one request. */
    public enum Outcome { SENT, SUPPRESSED }

    private final SuppressionList suppressions;
    private final Mailer mailer;

    public SendConfirmation(SuppressionList suppressions, Mailer mailer) {
        this.suppressions = suppressions;
        this.mailer = mailer;
    }

    /**
     * One read, then at most one send. Any failure is thrown: the queue delivers the request again and,
     * after its last try, moves it to the dead-letter queue. A second delivery after SES took the message
     * but before the queue heard of it sends the same e-mail again, with the same link.
     */
    public Outcome send(ConfirmationRequest request) {
        if (suppressions.isSuppressed(request.emailHash())) {
            return Outcome.SUPPRESSED;
        }
        mailer.send(request.mail());
        return Outcome.SENT;
    }
}
