package lv.praise.local;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The confirmation e-mails of the local run, read from its outbox folder as a mail client would:
 * each .eml parsed with Jakarta Mail (the subject decoded from its RFC 2047 words, the body from
 * its transfer encoding).
 */
record OutboxMail(Path file, String to, String subject, String text, String language) {
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Pattern LINK = Pattern.compile("https?://\\S+/confirm\\.html\\?token=[A-Za-z0-9_.~-]+");

    /** The one confirmation link of the body. */
    URI confirmationLink() {
        Matcher m = LINK.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no confirmation link in the e-mail " + file.getFileName() + ":\n" + text);
        }
        return URI.create(m.group());
    }

    /** Every message to {@code address}, oldest first (the files are named by their time of writing). */
    static List<OutboxMail> to(Path outbox, String address) {
        List<OutboxMail> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(outbox)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".eml"))
                    .sorted(Comparator.comparingLong(OutboxMail::writtenAt).thenComparing(Path::toString)).toList()) {
                OutboxMail mail = read(file);
                if (mail.to().equalsIgnoreCase(address)) {
                    found.add(mail);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the outbox " + outbox, e);
        }
        return found;
    }

    /** Waits (polling) until there are more than {@code seen} messages to {@code address}; returns the newest. */
    static OutboxMail awaitNext(Path outbox, String address, int seen, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<OutboxMail> mails = to(outbox, address);
            if (mails.size() > seen) {
                return mails.get(mails.size() - 1);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no new e-mail to " + address + " in " + outbox + " within " + timeout
                        + " (" + mails.size() + " there before)");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for an e-mail", e);
            }
        }
    }

    static OutboxMail read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(SESSION, in);
            Address[] recipients = message.getRecipients(MimeMessage.RecipientType.TO);
            String to = recipients == null || recipients.length == 0 ? ""
                    : ((InternetAddress) recipients[0]).getAddress();
            Object content = message.getContent();
            if (!(content instanceof String text)) {
                throw new AssertionError(file.getFileName() + " is not a plain text e-mail: " + message.getContentType());
            }
            return new OutboxMail(file, to, message.getSubject(), text, message.getHeader("Content-Language", null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (MessagingException e) {
            throw new AssertionError("not a valid e-mail: " + file, e);
        }
    }

    /** The epoch milliseconds that OutboxMailer puts before the first '-' of the file name. */
    private static long writtenAt(Path file) {
        String name = file.getFileName().toString();
        int dash = name.indexOf('-');
        try {
            return Long.parseLong(dash > 0 ? name.substring(0, dash) : name);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
