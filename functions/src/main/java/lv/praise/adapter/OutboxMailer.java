package lv.praise.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.UUID;
import lv.praise.domain.Mailer;
import lv.praise.domain.OutgoingMail;

/**
 * The local run's mailer: each message becomes an .eml file in a folder, the same MIME bytes SES
 * would get. Files appear whole (written aside, then moved) so a reader never sees half a message.
 *
 * <p>A message with a delivery key is written as {@code {key}.eml}, linked into place only if no file
 * of that name exists (an atomic hard link), so the same letter sent twice – a retry after a crash –
 * stays one letter.
 */
public final class OutboxMailer implements Mailer {
    private final Path folder;
    private final String from;

    public OutboxMailer(Path folder, String from) {
        this.folder = folder;
        this.from = from;
    }

    @Override
    public void send(OutgoingMail mail) {
        byte[] mime = MimeMessages.buildOrRefuse(from, mail);
        try {
            Files.createDirectories(folder);
            Path partial = folder.resolve(UUID.randomUUID() + ".eml.part");
            Files.write(partial, mime);
            if (mail.deliveryKey() == null) {
                String name = Instant.now().toEpochMilli() + "-" + UUID.randomUUID() + ".eml";
                Files.move(partial, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                return;
            }
            try {
                Files.createLink(folder.resolve(mail.deliveryKey() + ".eml"), partial);
            } catch (FileAlreadyExistsException delivered) {
                // Delivered before: the letter exists once already.
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write to the outbox " + folder, e);
        }
    }
}
