package lv.praise.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import lv.praise.domain.RefusedException;
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

    @Test
    void theToHeaderIsTheBareAddressAndNothingElseCanGetThere() throws Exception {
        for (String text : List.of("someone@example.org(1)", "1 <someone@example.org>", "\"some one\"@example.org",
                "someone@example.org, other@example.org")) {
            assertThrows(RefusedException.class, () -> new OutgoingMail(text, "S", "T", Lang.LV), text);
        }
        OutboxMailer mailer = new OutboxMailer(outbox, "praise@example.lv");
        mailer.send(new OutgoingMail("ｓｏｍｅｏｎｅ＋１@Example.ORG", "S", "T", Lang.LV));
        Path file;
        try (Stream<Path> listing = Files.list(outbox)) {
            file = listing.findFirst().orElseThrow();
        }
        MimeMessage message;
        try (InputStream in = Files.newInputStream(file)) {
            message = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertEquals("someone+1@example.org", message.getHeader("To")[0]);
        InternetAddress to = (InternetAddress) message.getAllRecipients()[0];
        assertEquals(null, to.getPersonal());
    }

    @Test
    void aLetterWithADeliveryKeyCarriesItsPdfAndIsWrittenOnceHoweverOftenItIsSent() throws Exception {
        OutboxMailer mailer = new OutboxMailer(outbox, "praise@example.lv");
        byte[] pdf = new byte[3000];
        for (int i = 0; i < pdf.length; i++) {
            pdf[i] = (byte) i;
        }
        OutgoingMail letter = new OutgoingMail("info@kekava.example.lv", "Klienti mūs uzslavē 2027 – Ķekavas Ūdeņi",
                "Apsveicam!\nPārbaudes kods / Verification code: 7KQ2-M9XD-4HTB-W3ZA", Lang.LV,
                List.of(new OutgoingMail.Attachment("sertifikats-2027-kekavas-udeni.pdf", "application/pdf", pdf)),
                "certificate-2027-kekavas-udeni");
        mailer.send(letter);
        mailer.send(letter);

        List<Path> files;
        try (Stream<Path> listing = Files.list(outbox)) {
            files = listing.toList();
        }
        assertEquals(List.of(outbox.resolve("certificate-2027-kekavas-udeni.eml")), files, "one file, no leftovers");
        MimeMessage message;
        try (InputStream in = Files.newInputStream(files.get(0))) {
            message = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertEquals("Klienti mūs uzslavē 2027 – Ķekavas Ūdeņi", message.getSubject());
        assertEquals("certificate-2027-kekavas-udeni", message.getHeader("X-Praise-Delivery")[0]);
        assertTrue(message.isMimeType("multipart/mixed"), message.getContentType());
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) message.getContent();
        assertEquals(2, parts.getCount());
        assertTrue(((String) parts.getBodyPart(0).getContent()).contains("Pārbaudes kods"));
        jakarta.mail.BodyPart attachment = parts.getBodyPart(1);
        assertEquals(jakarta.mail.Part.ATTACHMENT, attachment.getDisposition());
        assertEquals("sertifikats-2027-kekavas-udeni.pdf", attachment.getFileName());
        assertTrue(attachment.isMimeType("application/pdf"));
        try (InputStream in = attachment.getInputStream()) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(pdf, in.readAllBytes());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
