package lv.praise.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import lv.praise.domain.Lang;
import lv.praise.domain.OutgoingMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxMailerTest {
    @TempDir
    Path outbox;

    @Test
    void eachMessageIsAWholeMimeFileWithLatvianTextIntact() throws Exception {
        OutboxMailer mailer = new OutboxMailer(outbox, "Uzslavē labu servisu <praise@example.lv>");
        mailer.send(new OutgoingMail("anna@example.lv", "Apstipriniet savu uzslavu: Preiļu Galvenā bibliotēka",
                "Labdien!\nhttps://praise.example.lv/confirm.html?token=abc.def", Lang.LV));
        mailer.send(new OutgoingMail("janis@example.lv", "Second", "Otrais", Lang.EN));

        List<Path> files;
        try (Stream<Path> listing = Files.list(outbox)) {
            files = listing.sorted().toList();
        }
        assertEquals(2, files.size());
        assertTrue(files.stream().allMatch(f -> f.toString().endsWith(".eml")), "no half-written files left");

        MimeMessage message;
        try (InputStream in = Files.newInputStream(files.stream()
                .filter(f -> read(f).contains("anna@example.lv")).findFirst().orElseThrow())) {
            message = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertEquals("Apstipriniet savu uzslavu: Preiļu Galvenā bibliotēka", message.getSubject());
        assertEquals("anna@example.lv", message.getAllRecipients()[0].toString());
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertEquals("Uzslavē labu servisu", from.getPersonal());
        assertEquals("praise@example.lv", from.getAddress());
        assertEquals("lv", message.getHeader("Content-Language")[0]);
        assertTrue(((String) message.getContent()).contains("confirm.html?token=abc.def"));
        assertTrue(((String) message.getContent()).startsWith("Labdien!"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
