package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The smoke test of the local run: praise a seeded participant, find the confirmation e-mail in the
 * outbox, confirm by its link's token, and see the participant's count rise by one.
 */
class PraiseFlowIT {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern LINK = Pattern.compile("(https?://\\S+)/confirm\\.html\\?token=([A-Za-z0-9_.~-]+)");
    private static LocalServer server;

    @BeforeAll
    static void start() {
        server = LocalServer.shared();
    }

    @Test
    void praiseIsCountedOnceItsEmailLinkIsConfirmed() throws Exception {
        // The last seeded participant: other tests of this JVM praise others.
        String participant = server.participantIds().get(server.participantIds().size() - 1);
        // The demo data seeds praise for evaluated participants, so the count starts where the seed left it.
        long before = getJson("/api/participants/" + participant).get("confirmedPraiseCount").asLong();

        String email = "smoke-" + UUID.randomUUID() + "@example.com";
        ObjectNode praise = Replies.JSON.createObjectNode()
                .put("participantId", participant)
                .put("stars", 5)
                .put("text", "Ļoti laipni un ātri palīdzēja – paldies!")
                .put("channel", "online")
                .put("email", email)
                .put("consent", true);
        HttpResponse<String> submitted = postJson("/api/praise", praise.toString());
        assertEquals(202, submitted.statusCode(), submitted.body());
        assertEquals("pending_confirmation", Replies.JSON.readTree(submitted.body()).get("status").asText());

        // The e-mail leaves the request: the sender function writes it from the queue soon after the 202.
        OutboxMail.awaitNext(server.outboxDir(), email, 0, Duration.ofSeconds(15));
        JsonNode mail = findMail(email);
        String file = mail.get("file").asText();
        assertTrue(Files.isRegularFile(server.outboxDir().resolve(file)), "the .eml is in the outbox folder");
        Matcher link = LINK.matcher(mail.get("text").asText());
        assertTrue(link.find(), "a confirmation link in: " + mail.get("text").asText());
        assertEquals(server.baseUrl().toString(), link.group(1), "the link points at the local site");
        String token = link.group(2);

        HttpResponse<String> confirmed = postJson("/api/praise/confirm", "{\"token\":\"" + token + "\"}");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals("confirmed", Replies.JSON.readTree(confirmed.body()).get("status").asText());
        assertEquals(before + 1, getJson("/api/participants/" + participant).get("confirmedPraiseCount").asLong());

        HttpResponse<String> again = postJson("/api/praise/confirm", "{\"token\":\"" + token + "\"}");
        assertEquals("already_confirmed", Replies.JSON.readTree(again.body()).get("status").asText());
        assertEquals(before + 1, getJson("/api/participants/" + participant).get("confirmedPraiseCount").asLong());

        checkOutboxPages(file, mail.get("subject").asText(), token);
    }

    /** The outbox pages show the message, escaped, with the link clickable, under the site's CSP. */
    private static void checkOutboxPages(String file, String subject, String token) throws Exception {
        HttpResponse<String> list = get("/_outbox/");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("href=\"/_outbox/" + file + "\""), list.body());
        assertTrue(list.body().contains(Html.escape(subject)));
        assertFalse(list.body().contains("<script"), "no script on a page under the CSP");
        assertFalse(list.body().contains("style="), "no inline style on a page under the CSP");
        assertTrue(list.headers().firstValue("content-security-policy").isPresent());

        HttpResponse<String> message = get("/_outbox/" + file);
        assertEquals(200, message.statusCode());
        assertTrue(message.body().contains("<a href=\"" + server.baseUrl() + "/confirm.html?token=" + token + "\">"),
                message.body());

        HttpResponse<String> raw = get("/_outbox/" + file + "?raw");
        assertEquals(200, raw.statusCode());
        assertEquals("message/rfc822", raw.headers().firstValue("content-type").orElseThrow());
        assertEquals(Files.readString(server.outboxDir().resolve(file)), raw.body());

        assertEquals(404, get("/_outbox/..%2f..%2fpom.xml").statusCode());
    }

    private static JsonNode findMail(String to) throws Exception {
        JsonNode messages = getJson("/_outbox/messages.json");
        for (JsonNode m : messages) {
            if (m.get("to").asText().equals(to)) {
                return m;
            }
        }
        throw new AssertionError("no e-mail to " + to + " in " + messages);
    }

    private static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Replies.JSON.readTree(response.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postJson(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
