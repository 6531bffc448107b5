package lv.praise.domain;

/**
 * A mailer's word that the message was certainly not accepted for delivery, so sending it again can't
 * make a second copy. Any other exception from {@link Mailer#send} leaves the outcome unknown.
 */
public class MailNotSentException extends RuntimeException {
    /** Why, in words a log and an organiser's status page can show (never the address). */
    public enum Reason {
        /** Too many messages too fast: try again after a pause. */
        THROTTLED,
        /**
         * This recipient's address refused for good (SES's MessageRejected about the recipient, or a malformed
         * recipient address); sending to it again won't help. A letter with several recipients counts such a recipient
         * as done (issue 18, {@link lv.praise.domain.mail.Recipients}). Never for a fault of the set-up: that would
         * record every contact as done and no letter would ever be sent again.
         */
        REJECTED,
        /**
         * Refused for every recipient while the sender or the set-up is as it is (account suspended, sending paused,
         * sender identity not verified or not allowed by the IAM policy (403), configuration set not found (404), any
         * other 4xx or bad request, a malformed {@code SENDER_EMAIL}, a message too large): nothing wrong with the
         * recipient; never recorded, and sending again after the operators' fix will go.
         */
        SENDER_REFUSED,
        /** The service could not be reached before the message was handed over. */
        UNREACHABLE
    }

    private final Reason reason;

    public MailNotSentException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
