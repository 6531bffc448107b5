package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Moderation over HTTP on the local run: praise and confirm by the e-mail link, find it pending in the
 * organisers' queue, approve it and see it on the participant's public praise; reject another and see
 * it hidden and the count drop; enter a phone praise and see it shown at once. The shared campaign is
 * neither closed nor published here (other tests of this JVM use it).
 */
class ModerationFlowIT {
    private static final Pattern TOKEN = Pattern.compile("/confirm\\.html\\?token=([A-Za-z0-9_.~-]+)");
    private static LocalServer server;
    private static String participant;

    @BeforeAll
    static void start() {
        server = LocalServer.shared();
        // Second to last: PraiseFlowIT praises the last one and counts from zero.
        participant = server.participantIds().get(server.participantIds().size() - 2);
    }

    @Test
    void approvedPraiseIsShownAndRejectedPraiseIsHiddenAndUncounted() throws Exception {
        long before = card().path("confirmedPraiseCount").asLong();
        String good = "Laipni un ātri – " + UUID.randomUUID();
        String spam = "Pērciet lētus pulksteņus – " + UUID.randomUUID();
        String goodId = praiseAndConfirm(good);
        String spamId = praiseAndConfirm(spam);
        assertEquals(before + 2, card().path("confirmedPraiseCount").asLong(), "pending review still counts");

        JsonNode pending = admin("GET", "/api/admin/moderation?status=pending&participant=" + participant + "&limit=100", null);
        List<String> queued = new ArrayList<>();
        pending.path("items").forEach(i -> queued.add(i.path("praiseId").asText()));
        assertTrue(queued.containsAll(List.of(goodId, spamId)), queued.toString());
        assertTrue(queued.indexOf(goodId) < queued.indexOf(spamId), "oldest first");
        assertFalse(wallTexts().contains(good), "not shown before approval");

        JsonNode decided = admin("POST", "/api/admin/moderation/decisions", "{\"decisions\":["
                + "{\"praiseId\":\"" + goodId + "\",\"decision\":\"approve\"},"
                + "{\"praiseId\":\"" + spamId + "\",\"decision\":\"reject\",\"reason\":\"spam\"}]}");
        assertEquals("approved", decided.path("results").get(0).path("status").asText());
        assertEquals("rejected", decided.path("results").get(1).path("status").asText());
        assertTrue(decided.path("counts").path("rejected").asLong() >= 1);

        List<String> shown = wallTexts();
        assertTrue(shown.contains(good), shown.toString());
        assertFalse(shown.contains(spam), "a rejected praise is not shown");
        assertEquals(before + 1, card().path("confirmedPraiseCount").asLong(), "a rejected praise no longer counts");

        ObjectNode phone = Replies.JSON.createObjectNode().put("participantId", participant).put("stars", 4)
                .put("text", "Piezvanīja un pateicās – " + UUID.randomUUID()).put("channel", "phone")
                .put("employee", "Anna Liepa");
        HttpResponse<String> entered = send("POST", "/api/admin/praise", phone.toString(), server.organiserToken());
        assertEquals(201, entered.statusCode(), entered.body());
        assertEquals(before + 2, card().path("confirmedPraiseCount").asLong());
        JsonNode newest = wall().path("items").get(0);
        assertEquals(phone.get("text").asText(), newest.path("text").asText(), "newest first");
        assertEquals("phone", newest.path("channel").asText());
        assertEquals("Anna", newest.path("employee").asText());
    }

    @Test
    void theQueueIsForOrganisersOnly() throws Exception {
        assertEquals(401, send("GET", "/api/admin/moderation", null, null).statusCode());
        HttpResponse<String> outsider = send("GET", "/api/admin/moderation", null,
                server.tokenFor("editor@example.lv", false));
        assertEquals(403, outsider.statusCode());
    }

    private String praiseAndConfirm(String text) throws Exception {
        String email = "moderation-" + UUID.randomUUID() + "@example.com";
        ObjectNode praise = Replies.JSON.createObjectNode().put("participantId", participant).put("stars", 5)
                .put("text", text).put("channel", "online").put("email", email).put("consent", true);
        HttpResponse<String> submitted = send("POST", "/api/praise", praise.toString(), null);
        assertEquals(202, submitted.statusCode(), submitted.body());
        // The e-mail leaves the request: the sender function writes it from the queue soon after the 202.
        OutboxMail.awaitNext(server.outboxDir(), email, 0, Duration.ofSeconds(15));
        String token = null;
        for (JsonNode m : json(send("GET", "/_outbox/messages.json", null, null))) {
            if (m.get("to").asText().equals(email)) {
                Matcher link = TOKEN.matcher(m.get("text").asText());
                assertTrue(link.find());
                token = link.group(1);
            }
        }
        assertTrue(token != null, "the confirmation e-mail is in the outbox");
        HttpResponse<String> confirmed = send("POST", "/api/praise/confirm", "{\"token\":\"" + token + "\"}", null);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        return token.substring(0, token.indexOf('.'));
    }

    private static JsonNode card() throws Exception {
        return json(send("GET", "/api/participants/" + participant, null, null));
    }

    private static JsonNode wall() throws Exception {
        HttpResponse<String> response = send("GET", "/api/participants/" + participant + "/praise?limit=50", null, null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static List<String> wallTexts() throws Exception {
        List<String> texts = new ArrayList<>();
        wall().path("items").forEach(i -> texts.add(i.path("text").asText()));
        return texts;
    }

    private static JsonNode admin(String method, String path, String body) throws Exception {
        HttpResponse<String> response = send(method, path, body, server.organiserToken());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return json(response);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Replies.JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        return LocalApi.send(server, method, path, body, token);
    }
}
