package lv.praise.domain;

/** An e-mail ready to send: plain text, one recipient. */
public record OutgoingMail(String to, String subject, String text, Lang lang) {
}
