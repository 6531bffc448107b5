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
         * Refused for good as it is (this address, this message); sending it again won't help. A letter with several
         * recipients counts such a recipient as done (issue 18, {@link lv.praise.domain.mail.Recipients}).
         */
        REJECTED,
        /**
         * Refused for every message while the sender is (account suspended, sending paused, sender identity not
         * verified): nothing wrong with the recipient; sending again after the operators' fix will go.
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
