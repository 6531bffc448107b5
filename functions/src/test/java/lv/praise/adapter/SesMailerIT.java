package lv.praise.adapter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import lv.praise.domain.Lang;
import lv.praise.domain.MailNotSentException;
import lv.praise.domain.OutgoingMail;
import lv.praise.testkit.LocalSes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** SesMailer through the real SES v2 client against aws-ses-v2-local on loopback. */
class SesMailerIT {
    private static final String FROM = "Uzslavē labu servisu! <praise@example.lv>";
    private static final String LETTERS = "ā č ē ģ ī ķ ļ ņ š ū ž";

    private static final LocalSes localSes = LocalSes.shared();
    private static SesV2Client ses;
    private static SesMailer mailer;

    @BeforeAll
    static void client() {
        ses = client(localSes.endpoint());
        mailer = new SesMailer(ses, FROM);
    }

    @AfterAll
    static void closeClient() {
        ses.close();
    }

    @BeforeEach
    void emptyStore() {
        localSes.clear();
        assertEquals(0, localSes.emails().size());
    }

    @Test
    void aCertificateLetterArrivesWithItsDiacriticsAndItsPdfIntact() {
        byte[] pdf = pdfLikeBytes(4096);
        String text = "Labdien!\n\nKlienti šogad jūs uzslavēja: pielikumā ir jūsu sertifikāts.\n"
                + "Burti pārbaudei: " + LETTERS + " – ĀČĒĢĪĶĻŅŠŪŽ.\n\nAr cieņu,\nUzslavē labu servisu!";
        String subject = "Klienti mūs uzslavē 2027 – Ķekavas Ūdeņi";
        mailer.send(new OutgoingMail("info@kekava.example.lv", subject, text, Lang.LV,
                List.of(new OutgoingMail.Attachment("sertifikats-2027-kekavas-udeni.pdf", "application/pdf", pdf)),
                "certificate-2027-kekavas-udeni"));

        JsonNode email = onlyEmail();
        assertEquals(List.of("info@kekava.example.lv"), texts(email.path("destination").path("to")));
        assertEquals(subject, email.path("subject").asText());
        assertTrue(email.path("from").asText().contains("Uzslavē labu servisu!"), email.path("from").asText());
        assertTrue(email.path("from").asText().contains("praise@example.lv"), email.path("from").asText());
        String body = normalised(email.path("body").path("text").asText());
        assertEquals(text, body);
        for (String letter : LETTERS.split(" ")) {
            assertTrue(body.contains(letter), "body keeps " + letter);
        }

        JsonNode attachments = email.path("attachments");
        assertEquals(1, attachments.size(), attachments.toString());
        JsonNode attachment = attachments.get(0);
        assertEquals("sertifikats-2027-kekavas-udeni.pdf", attachment.path("filename").asText());
        assertEquals("application/pdf", attachment.path("contentType").asText());
        assertArrayEquals(pdf, Base64.getDecoder().decode(attachment.path("content").asText()));
    }

    @Test
    void aPlainConfirmationArrivesWithItsText() {
        String text = "Paldies par uzslavu!\n\nLai to apstiprinātu, atveriet saiti 72 stundu laikā:\n"
                + "https://uzslave.example.lv/apstiprinat?t=abc123\n\nJa uzslavu nesūtījāt jūs, šo vēstuli var dzēst.";
        mailer.send(new OutgoingMail("anna.berzina@example.lv", "Apstipriniet savu uzslavu", text, Lang.LV));

        JsonNode email = onlyEmail();
        assertEquals(List.of("anna.berzina@example.lv"), texts(email.path("destination").path("to")));
        assertEquals("Apstipriniet savu uzslavu", email.path("subject").asText());
        assertEquals(text, normalised(email.path("body").path("text").asText()));
        assertEquals(0, email.path("attachments").size(), email.path("attachments").toString());
    }

    @Test
    void aRefusedConnectionIsReportedAsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (SesV2Client nowhere = client(URI.create("http://127.0.0.1:" + closedPort))) {
            SesMailer unreachable = new SesMailer(nowhere, FROM);
            MailNotSentException e = assertThrows(MailNotSentException.class, () -> unreachable.send(
                    new OutgoingMail("anna.berzina@example.lv", "Apstipriniet savu uzslavu", "Paldies!", Lang.LV)));
            assertEquals(MailNotSentException.Reason.UNREACHABLE, e.reason());
        }
        assertEquals(0, localSes.emails().size());
    }

    private static SesV2Client client(URI endpoint) {
        return SesV2Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(LocalSes.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LocalSes.ACCESS_KEY, LocalSes.SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(10)))
                .build();
    }

    private static JsonNode onlyEmail() {
        JsonNode emails = localSes.emails();
        assertEquals(1, emails.size(), emails.toString());
        return emails.get(0);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    /** The parsed body in the sent form: LF line ends, no trailing line break added by the MIME round trip. */
    private static String normalised(String text) {
        return text.replace("\r\n", "\n").stripTrailing();
    }

    /** "%PDF-" and then every byte value, so a lossy transfer encoding would show. */
    private static byte[] pdfLikeBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(2027).nextBytes(bytes);
        byte[] header = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, bytes, 0, header.length);
        for (int i = 0; i < 256; i++) {
            bytes[header.length + i] = (byte) i;
        }
        return bytes;
    }
}
