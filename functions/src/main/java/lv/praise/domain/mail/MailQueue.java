package lv.praise.domain.mail;

/**
 * Port: hands a confirmation e-mail to the sender, outside the request. Returns once the queue holds it
 * (the sender retries and, after its last try, parks it for an operator); throws when it certainly or
 * possibly does not.
 */
@FunctionalInterface
public interface MailQueue {
    void enqueue(ConfirmationRequest request);
}
