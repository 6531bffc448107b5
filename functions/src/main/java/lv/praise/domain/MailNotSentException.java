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
        /** Refused for good as it is (address, sender identity, size); sending again won't help. */
        REJECTED,
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
