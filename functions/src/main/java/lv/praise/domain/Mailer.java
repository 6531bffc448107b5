package lv.praise.domain;

/**
 * Port: delivers one e-mail or throws. {@link MailNotSentException} says it was certainly not sent;
 * any other exception leaves it unknown (the answer may have been lost after the message left).
 */
public interface Mailer {
    void send(OutgoingMail mail);
}
