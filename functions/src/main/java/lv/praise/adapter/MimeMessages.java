package lv.praise.adapter;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Properties;
import lv.praise.domain.EmailAddress;
import lv.praise.domain.MailNotSentException;
import lv.praise.domain.OutgoingMail;

/** Builds the RFC 5322 message both mailers deliver, so the outbox shows exactly what SES sends. */
final class MimeMessages {
    static {
        // Jakarta Mail 2.1 finds its StreamProvider through ServiceLoader on every header it encodes
        // (jakartaee/mail-api#861), scanning every jar of the package each time: ~0.4 ms a message.
        // Naming the implementation turns that into a plain class look-up.
        System.getProperties().putIfAbsent("jakarta.mail.util.StreamProvider",
                "org.eclipse.angus.mail.util.MailStreamProvider");
    }

    private static final Session SESSION = Session.getInstance(new Properties());

    private MimeMessages() {
    }

    /** Parses "Name <address>" and encodes the name, which may carry Latvian letters. */
    private static InternetAddress address(String text) throws AddressException, UnsupportedEncodingException {
        InternetAddress address = new InternetAddress(text, true);
        if (address.getPersonal() != null) {
            address.setPersonal(address.getPersonal(), "UTF-8");
        }
        return address;
    }

    /**
     * The recipient as the bare address it is: it must be in the one form {@link EmailAddress} accepts, and it
     * is set, never parsed, so no display name or RFC 5322 comment ({@code a@b.lv(1)} read as the name "1")
     * can reach the To: header.
     */
    private static InternetAddress recipient(String to) throws AddressException {
        String problem = EmailAddress.problem(to);
        if (problem != null || !EmailAddress.of(to).address().equals(to)) {
            throw new IllegalArgumentException("the recipient is not a bare e-mail address in its accepted form");
        }
        InternetAddress address = new InternetAddress();
        address.setAddress(to);
        address.validate();
        return address;
    }

    /**
     * The message, or {@link MailNotSentException} when it can't be written. Only a malformed <em>recipient</em> is
     * {@code REJECTED} (this address, for good: a letter with several recipients records it as done); a malformed
     * sender ({@code SENDER_EMAIL}) or any other reason is the set-up's, the same for every recipient:
     * {@code SENDER_REFUSED}, never recorded, sent again after the fix.
     */
    static byte[] buildOrRefuse(String from, OutgoingMail mail) {
        try {
            recipient(mail.to());
        } catch (IllegalArgumentException | AddressException e) {
            throw new MailNotSentException(MailNotSentException.Reason.REJECTED, "the recipient's address is malformed", e);
        }
        try {
            return build(from, mail);
        } catch (IllegalArgumentException e) {
            throw new MailNotSentException(MailNotSentException.Reason.SENDER_REFUSED,
                    "the message could not be written (the sender's address or the message, not the recipient)", e);
        }
    }

    static byte[] build(String from, OutgoingMail mail) {
        try {
            MimeMessage message = new MimeMessage(SESSION);
            message.setFrom(address(from));
            message.setRecipient(MimeMessage.RecipientType.TO, recipient(mail.to()));
            message.setSubject(mail.subject(), "UTF-8");
            if (mail.attachments().isEmpty()) {
                message.setText(mail.text(), "UTF-8");
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.text(), "UTF-8");
                mixed.addBodyPart(text);
                for (OutgoingMail.Attachment attachment : mail.attachments()) {
                    MimeBodyPart file = new MimeBodyPart();
                    file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                            attachment.contentType())));
                    file.setFileName(attachment.fileName());
                    file.setDisposition(MimeBodyPart.ATTACHMENT);
                    mixed.addBodyPart(file);
                }
                message.setContent(mixed);
            }
            message.setHeader("Content-Language", mail.lang().code());
            if (mail.deliveryKey() != null) {
                // Lets a support person match a letter in a mailbox to its award's send record.
                message.setHeader("X-Praise-Delivery", mail.deliveryKey());
            }
            message.setSentDate(new Date());
            message.saveChanges();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            return bytes.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalArgumentException("the e-mail could not be built", e);
        }
    }
}
