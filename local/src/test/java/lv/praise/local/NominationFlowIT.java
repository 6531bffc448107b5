package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A nomination over the local run: submitted, not counted; confirmed from the outbox e-mail's link,
 * counted once; the link opened again changes nothing; the same person's other spelling of the name is
 * refused at its confirmation; another person's spelling joins the same row with its reason.
 */
class NominationFlowIT {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration MAIL_WAIT = Duration.ofSeconds(10);
    private static LocalServer server;

    @BeforeAll
    static void start() {
        server = LocalServer.shared();
    }

    @Test
    void aNominationCountsOnceItsEmailLinkIsConfirmedAndSpellingsAreOneRow() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Kafejnīca \"Pie Tirgus " + tag + "\", SIA";
        String anna = "nom-anna-" + tag + "@example.com";
        assertEquals(202, nominate(name, "Laipna apkalpošana.", anna).statusCode());
        assertTrue(row(tag).isMissingNode(), "nothing counts before the link is opened");

        OutboxMail mail = OutboxMail.awaitNext(server.outboxDir(), anna, 0, MAIL_WAIT);
        assertTrue(mail.subject().contains("Pie Tirgus " + tag), mail.subject());
        assertTrue(mail.text().contains("&kind=nomination"), "the link opens the nomination's confirmation page");
        String token = token(mail);
        HttpResponse<String> confirmed = post("/api/nominations/confirm", "{\"token\":\"" + token + "\"}");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals("confirmed", Replies.JSON.readTree(confirmed.body()).path("status").asText());
        assertEquals(1, row(tag).path("count").asInt());

        HttpResponse<String> again = post("/api/nominations/confirm", "{\"token\":\"" + token + "\"}");
        assertEquals("already_confirmed", Replies.JSON.readTree(again.body()).path("status").asText());
        assertEquals(1, row(tag).path("count").asInt(), "a second click counts nothing");

        // The same person, another spelling of the same name: sent, but its confirmation is refused.
        assertEquals(202, nominate("KAFEJNĪCA PIE TIRGUS " + tag.toUpperCase(), "Vēlreiz", anna).statusCode());
        HttpResponse<String> twice = post("/api/nominations/confirm",
                "{\"token\":\"" + token(OutboxMail.awaitNext(server.outboxDir(), anna, 1, MAIL_WAIT)) + "\"}");
        assertEquals(409, twice.statusCode(), twice.body());
        assertEquals("already_praised", Replies.JSON.readTree(twice.body()).path("error").path("code").asText());

        String janis = "nom-janis-" + tag + "@example.com";
        String other = "SIA „Kafejnīca Pie Tirgus " + tag + "”";
        assertEquals(202, nominate(other, "Garšīga kafija.", janis).statusCode());
        assertEquals(200, post("/api/nominations/confirm",
                "{\"token\":\"" + token(OutboxMail.awaitNext(server.outboxDir(), janis, 0, MAIL_WAIT)) + "\"}").statusCode());
        JsonNode row = row(tag);
        assertEquals(2, row.path("count").asInt(), row.toString());
        assertEquals(2, row.path("spellings").size(), row.toString());
        assertEquals("Garšīga kafija.", row.path("reasons").get(0).path("text").asText(), "newest first");
        assertEquals("Laipna apkalpošana.", row.path("reasons").get(1).path("text").asText());
        assertFalse(row.toString().contains("@"), "no addresses");
    }

    private static String token(OutboxMail mail) {
        Map<String, String> query = Arrays.stream(mail.text().replaceAll("(?s).*?/confirm\\.html\\?(\\S+).*", "$1").split("&"))
                .map(p -> p.split("=", 2)).collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        assertEquals("nomination", query.get("kind"));
        return query.get("token");
    }

    /** The console's row of the names carrying this test's tag (missing when none is counted). */
    private static JsonNode row(String tag) throws Exception {
        HttpResponse<String> listed = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/admin/nominations"))
                .header("Authorization", "Bearer " + server.organiserToken()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, listed.statusCode(), listed.body());
        for (JsonNode item : Replies.JSON.readTree(listed.body()).path("items")) {
            if (item.path("name").asText().toLowerCase().contains(tag)) {
                return item;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static HttpResponse<String> nominate(String name, String text, String email) throws Exception {
        ObjectNode body = Replies.JSON.createObjectNode().put("name", name).put("text", text).put("email", email)
                .put("consent", true).put("lang", "lv").put("website", "");
        return post("/api/nominations", body.toString());
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
