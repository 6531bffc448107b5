package lv.praise.local;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The .eml files of the outbox, read as e-mails (decoded headers and text). */
final class OutboxMessages {
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}\\.eml");
    private static final Session SESSION = Session.getInstance(new Properties());

    record MailHeader(String name, String value) {
    }

    /** A file attached to a message; {@code index} is its place among the message's attachments. */
    record Attachment(int index, String fileName, String contentType, byte[] content) {
    }

    record Message(String file, String from, String to, String subject, Instant date, String text,
                   List<MailHeader> headers, List<Attachment> attachments) {
    }

    private final Path folder;

    OutboxMessages(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** Every message, newest first. */
    List<Message> list() {
        List<Path> files;
        try (Stream<Path> all = Files.list(folder)) {
            files = all.filter(p -> validName(p.getFileName().toString())).toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the outbox " + folder, e);
        }
        List<Message> messages = new ArrayList<>();
        for (Path file : files) {
            read(file).ifPresent(messages::add);
        }
        messages.sort(Comparator.comparing(Message::date).thenComparing(Message::file).reversed());
        return messages;
    }

    Optional<Message> find(String fileName) {
        return file(fileName).flatMap(OutboxMessages::read);
    }

    /** The file of a message, when the name is a plain .eml name of this folder. */
    Optional<Path> file(String fileName) {
        if (!validName(fileName)) {
            return Optional.empty();
        }
        Path file = folder.resolve(fileName);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    static boolean validName(String name) {
        return name != null && FILE_NAME.matcher(name).matches() && !name.contains("..");
    }

    private static Optional<Message> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage mime = new MimeMessage(SESSION, in);
            Instant date = mime.getSentDate() != null
                    ? mime.getSentDate().toInstant() : Files.getLastModifiedTime(file).toInstant();
            List<MailHeader> headers = new ArrayList<>();
            for (Header h : Collections.list(mime.getAllHeaders())) {
                headers.add(new MailHeader(h.getName(), decode(h.getValue())));
            }
            return Optional.of(new Message(file.getFileName().toString(), addresses(mime.getFrom()),
                    addresses(mime.getRecipients(MimeMessage.RecipientType.TO)),
                    mime.getSubject() == null ? "" : mime.getSubject(), date, text(mime), List.copyOf(headers),
                    attachments(mime)));
        } catch (NoSuchFileException e) {
            return Optional.empty(); // removed while we looked
        } catch (IOException | MessagingException e) {
            return Optional.of(new Message(file.getFileName().toString(), "", "", "(unreadable: " + e.getMessage() + ")",
                    Instant.EPOCH, "", List.of(), List.of()));
        }
    }

    /** The first text/plain part (the whole body when the message is text). */
    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            Object content = part.getContent();
            return content instanceof String s ? s : "";
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String text = text(child);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    /** The parts sent as attachments (the certificate PDF of an award letter), in order. */
    private static List<Attachment> attachments(MimeMessage mime) throws MessagingException, IOException {
        List<Attachment> found = new ArrayList<>();
        if (mime.isMimeType("multipart/*") && mime.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                    try (InputStream in = part.getInputStream()) {
                        String type = part.getContentType() == null ? "application/octet-stream"
                                : part.getContentType().split(";", 2)[0].strip();
                        found.add(new Attachment(found.size(), part.getFileName(), type, in.readAllBytes()));
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        return Stream.of(addresses)
                .map(a -> a instanceof InternetAddress ia ? ia.toUnicodeString() : a.toString())
                .collect(Collectors.joining(", "));
    }

    private static String decode(String value) {
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(value));
        } catch (UnsupportedEncodingException e) {
            return value;
        }
    }
}
