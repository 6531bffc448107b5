package lv.praise.domain;

import java.util.List;
import java.util.Objects;

/**
 * An e-mail ready to send: plain text, one recipient (a bare address, {@link EmailAddress#address()}),
 * optional attachments.
 *
 * @param deliveryKey names this message for good (e.g. one award's certificate letter): a mailer that
 *                    can tell delivers a key at most once, so a retried send is not a second letter.
 *                    Null for messages that may go out again (a new confirmation link).
 */
public record OutgoingMail(String to, String subject, String text, Lang lang, List<Attachment> attachments,
                           String deliveryKey) {

    /** A file sent with the message. */
    public record Attachment(String fileName, String contentType, byte[] content) {
        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }
    }

    public OutgoingMail {
        // Only a bare accepted address, in its one form: no display name or comment can ride along to To:.
        to = EmailAddress.of(Objects.requireNonNull(to, "to")).address();
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lang, "lang");
        attachments = List.copyOf(attachments);
        if (deliveryKey != null && !deliveryKey.matches("[a-z0-9][a-z0-9-]{0,199}")) {
            throw new IllegalArgumentException("a delivery key is lower-case letters, digits and hyphens");
        }
    }

    /** A plain message without attachments, which may be sent again. */
    public OutgoingMail(String to, String subject, String text, Lang lang) {
        this(to, subject, text, lang, List.of(), null);
    }
}
