package lv.praise.domain;

/** Port: delivers one e-mail or throws. */
public interface Mailer {
    void send(OutgoingMail mail);
}
