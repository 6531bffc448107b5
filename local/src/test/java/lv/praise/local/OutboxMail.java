package lv.praise.local;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
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
import java.util.Optional;
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

    /**
     * A certificate e-mail (multipart/mixed): its plain-text body and its one PDF attachment, parsed as a
     * mail client would. The other helpers above read plain-text confirmation e-mails only.
     */
    record Certificate(Path file, String to, String subject, String text, String pdfName, byte[] pdf) {
        private static final Pattern CODE = Pattern.compile(
                "Pārbaudes kods / Verification code / Kontrollkood: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})");
        private static final Pattern VERIFY_LINK = Pattern.compile("https?://\\S+/verify\\.html\\?code=[0-9A-Za-z-]+");

        /** The code of the line "Pārbaudes kods / Verification code / Kontrollkood: XXXX-XXXX-XXXX-XXXX". */
        String code() {
            Matcher m = CODE.matcher(text);
            if (!m.find()) {
                throw new AssertionError("no verification code line in " + file.getFileName() + ":\n" + text);
            }
            return m.group(1);
        }

        /** The verification link of the body (what the certificate's QR code opens too). */
        URI verificationLink() {
            Matcher m = VERIFY_LINK.matcher(text);
            if (!m.find()) {
                throw new AssertionError("no verification link in " + file.getFileName() + ":\n" + text);
            }
            return URI.create(m.group());
        }
    }

    /** Every certificate e-mail of the outbox whose (decoded) subject contains {@code subjectPart}, oldest first. */
    static List<Certificate> certificates(Path outbox, String subjectPart) {
        List<Certificate> found = new ArrayList<>();
        for (Path file : emlFiles(outbox)) {
            try (InputStream in = Files.newInputStream(file)) {
                MimeMessage message = new MimeMessage(SESSION, in);
                String subject = message.getSubject();
                if (subject == null || !subject.contains(subjectPart)) {
                    continue;
                }
                Address[] recipients = message.getRecipients(MimeMessage.RecipientType.TO);
                String to = recipients == null || recipients.length == 0 ? ""
                        : ((InternetAddress) recipients[0]).getAddress();
                StringBuilder text = new StringBuilder();
                List<Part> pdfs = new ArrayList<>();
                collect(message, text, pdfs);
                if (pdfs.size() != 1) {
                    throw new AssertionError(file.getFileName() + " has " + pdfs.size() + " PDF parts, not one ("
                            + message.getContentType() + ")");
                }
                Part pdf = pdfs.get(0);
                try (InputStream bytes = pdf.getInputStream()) {
                    found.add(new Certificate(file, to, subject, text.toString(), pdf.getFileName(), bytes.readAllBytes()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            } catch (MessagingException e) {
                throw new AssertionError("not a valid e-mail: " + file, e);
            }
        }
        return found;
    }

    /** Waits (polling) until the outbox holds at least {@code count} such certificate e-mails; returns them all. */
    static List<Certificate> awaitCertificates(Path outbox, String subjectPart, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Certificate> mails = certificates(outbox, subjectPart);
            if (mails.size() >= count || System.nanoTime() > deadline) {
                return mails;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for certificate e-mails", e);
            }
        }
    }

    /** The plain-text parts that are not attachments go to {@code text}; application/pdf parts to {@code pdfs}. */
    private static void collect(Part part, StringBuilder text, List<Part> pdfs) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multi = (Multipart) part.getContent();
            for (int i = 0; i < multi.getCount(); i++) {
                collect(multi.getBodyPart(i), text, pdfs);
            }
        } else if (part.isMimeType("application/pdf")) {
            pdfs.add(part);
        } else if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(
                Optional.ofNullable(part.getDisposition()).orElse(""))) {
            text.append(part.getContent());
        }
    }

    private static List<Path> emlFiles(Path outbox) {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml"))
                    .sorted(Comparator.comparingLong(OutboxMail::writtenAt).thenComparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the outbox " + outbox, e);
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
