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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One person, one praise, over the local run: every written form of one mailbox is submitted to a
 * participant of this test's own, each confirmation link is opened from its e-mail in the outbox, and
 * exactly one praise counts; addresses with a comment or a name are refused, and nothing reaches To: but
 * the bare address. Names with a line break never get in, by the console or by an import.
 */
class OneMailboxIT {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * One Gmail mailbox written many ways: the domain test's list, the one place of these variants – but for the
     * one with an ideographic full stop in the domain, which is sent to the address with a plain dot, so the outbox
     * can't be searched for it as typed.
     */
    private static final List<String> ONE_MAILBOX = lv.praise.domain.EmailAddressTest.ONE_GMAIL_MAILBOX.stream()
            .filter(variant -> variant.indexOf('\u3002') < 0).toList();
    private static LocalServer server;

    @BeforeAll
    static void start() {
        server = LocalServer.shared();
    }

    @Test
    void everyFormOfOneMailboxMakesExactlyOneCountedPraise() throws Exception {
        String participant = addParticipant("Vienas pastkastes kafejnīca " + UUID.randomUUID(), List.of("Rīga"));
        List<String> links = new ArrayList<>();
        String firstAnswer = null;
        for (String variant : ONE_MAILBOX) {
            String typed = java.text.Normalizer.normalize(variant, java.text.Normalizer.Form.NFKC).strip();
            int seen = OutboxMail.to(server.outboxDir(), typed).size();
            HttpResponse<String> submitted = post("/api/praise", praise(participant, variant, "online").toString(), null);
            assertEquals(202, submitted.statusCode(), variant + ": " + submitted.body());
            firstAnswer = submitted.body();
            // The e-mail leaves the request: the sender function writes it from the queue soon after the 202.
            OutboxMail mail = OutboxMail.awaitNext(server.outboxDir(), typed, seen, java.time.Duration.ofSeconds(15));
            String raw = Files.readString(mail.file());
            String local = typed.substring(0, typed.indexOf('@'));
            assertTrue(raw.contains("\r\nTo: " + local + "@"), "To: is the bare address as typed: " + raw);
            links.add(mail.confirmationLink().getQuery().substring("token=".length()));
        }

        int confirmed = 0;
        for (String token : links) {
            HttpResponse<String> answer = post("/api/praise/confirm", "{\"token\":\"" + token + "\"}", null);
            if (answer.statusCode() == 200) {
                confirmed++;
            } else {
                assertEquals(409, answer.statusCode(), answer.body());
                assertEquals("already_praised", error(answer).path("code").asText());
            }
        }
        assertEquals(1, confirmed);
        assertEquals(1, get("/api/participants/" + participant).path("confirmedPraiseCount").asLong());

        // No oracle: a later praise from the same mailbox is answered as any praise; only its e-mail says why
        // it changes nothing.
        String later = "s.tuffersec+later@googlemail.com";
        HttpResponse<String> again = post("/api/praise", praise(participant, later, "online").toString(), null);
        assertEquals(202, again.statusCode(), again.body());
        assertEquals(firstAnswer, again.body(), "the same body as a first praise");
        OutboxMail told = OutboxMail.awaitNext(server.outboxDir(), later, 0, java.time.Duration.ofSeconds(15));
        assertTrue(told.text().contains("nekas nav mainījies"), told.text());
        assertFalse(told.text().contains("token="), "nothing to confirm: " + told.text());
        assertEquals(1, get("/api/participants/" + participant).path("confirmedPraiseCount").asLong());
    }

    /** Issue 16 over the local run: submit twice (the repeat answered alike), confirm, withdraw by the e-mail's link. */
    @Test
    void aPraiseWithdrawnThroughItsLinkLeavesNoTextAndNoCount() throws Exception {
        String participant = addParticipant("Atsaukuma kafejnīca " + UUID.randomUUID(), List.of());
        String email = "atsauc." + UUID.randomUUID() + "@example.lv";
        HttpResponse<String> first = post("/api/praise", praise(participant, email, "online").toString(), null);
        assertEquals(202, first.statusCode(), first.body());
        OutboxMail mail = OutboxMail.awaitNext(server.outboxDir(), email, 0, Duration.ofSeconds(15));
        java.util.regex.Matcher withdrawLink = java.util.regex.Pattern
                .compile("https?://\\S+/withdraw\\.html\\?token=([A-Za-z0-9_.~-]+)").matcher(mail.text());
        assertTrue(withdrawLink.find(), "the e-mail carries the withdraw link: " + mail.text());
        String token = mail.confirmationLink().getQuery().substring("token=".length());
        assertEquals(200, post("/api/praise/confirm", "{\"token\":\"" + token + "\"}", null).statusCode());
        assertEquals(1, get("/api/participants/" + participant).path("confirmedPraiseCount").asLong());

        HttpResponse<String> repeat = post("/api/praise", praise(participant, email, "online").toString(), null);
        assertEquals(202, repeat.statusCode(), repeat.body());
        assertEquals(first.body(), repeat.body(), "no oracle: the same answer as the first");
        OutboxMail told = OutboxMail.awaitNext(server.outboxDir(), email, 1, Duration.ofSeconds(15));
        assertTrue(told.text().contains("nekas nav mainījies"), told.text());

        String body = "{\"token\":\"" + withdrawLink.group(1) + "\"}";
        HttpResponse<String> withdrawn = post("/api/praise/withdraw", body, null);
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("withdrawn", Replies.JSON.readTree(withdrawn.body()).path("status").asText());
        assertEquals(0, get("/api/participants/" + participant).path("confirmedPraiseCount").asLong(), "no count");
        HttpResponse<String> again = post("/api/praise/withdraw", body, null);
        assertEquals("already_withdrawn", Replies.JSON.readTree(again.body()).path("status").asText(), again.body());
        HttpResponse<String> confirmAgain = post("/api/praise/confirm", "{\"token\":\"" + token + "\"}", null);
        assertEquals(410, confirmAgain.statusCode(), confirmAgain.body());
        assertEquals("withdrawn", error(confirmAgain).path("code").asText(), "the confirm link can't bring it back");
        assertEquals(0, get("/api/participants/" + participant).path("confirmedPraiseCount").asLong());
    }

    @Test
    void anAddressWithACommentOrANameIsRefusedNamingTheField() throws Exception {
        String participant = addParticipant("Komentāru aptieka " + UUID.randomUUID(), List.of());
        for (String address : List.of("someone@example.org(1)", "someone@example.org(2)", "1 <someone@example.org>",
                "\"someone\"@example.org", "sоmeone@example.org")) {
            HttpResponse<String> refused = post("/api/praise", praise(participant, address, "online").toString(), null);
            assertEquals(400, refused.statusCode(), address + ": " + refused.body());
            assertEquals("email", error(refused).path("field").asText(), refused.body());
        }
        assertEquals(0, OutboxMail.to(server.outboxDir(), "someone@example.org").size(), "nothing was sent");

        HttpResponse<String> atBranch = post("/api/praise", praise(participant, "anna@example.lv", "branch").toString(),
                null);
        assertEquals(400, atBranch.statusCode(), atBranch.body());
        assertEquals("channel", error(atBranch).path("field").asText(), "it has no branches");
        HttpResponse<String> aspect = post("/api/praise", praise(participant, "anna@example.lv", "online")
                .set("aspects", Replies.JSON.createArrayNode().add("price")).toString(), null);
        assertEquals(400, aspect.statusCode(), aspect.body());
        assertEquals("aspects", error(aspect).path("field").asText(), "not one of the campaign's aspects");
        assertEquals(0, OutboxMail.to(server.outboxDir(), "anna@example.lv").stream()
                .filter(m -> m.subject().contains("Komentāru aptieka")).count());
    }

    @Test
    void aNameWithALineBreakIsRefusedByTheConsoleAndByAnImportWritingNothing() throws Exception {
        String name = "Rindu " + UUID.randomUUID();
        HttpResponse<String> added = post("/api/admin/participants", participantBody(name + "\r\nSIA", List.of()),
                server.organiserToken());
        assertEquals(400, added.statusCode(), added.body());
        assertEquals("name", error(added).path("field").asText());
        assertEquals("control_character", error(added).path("code").asText());

        String csv = "name,registration_number,category,industry,size_class,contact_email,branches\n"
                + name + " A,40003777001,B2C,TRADE,SMALL,,\n"
                + "\"" + name + "\nB\",40003777002,B2C,TRADE,SMALL,,\n";
        HttpResponse<String> imported = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                        + "/api/admin/participants/import"))
                .header("Content-Type", "text/csv; charset=utf-8")
                .header("Authorization", "Bearer " + server.organiserToken())
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(422, imported.statusCode(), imported.body());
        JsonNode report = Replies.JSON.readTree(imported.body());
        assertEquals(1, report.path("rejected").size(), imported.body());
        assertEquals(3, report.path("rejected").get(0).path("line").asInt());
        assertEquals("name", report.path("rejected").get(0).path("field").asText());
        assertTrue(!report.path("imported").asBoolean());
        HttpResponse<String> search = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/api/admin/participants?q=" + name.substring(6))).header("Authorization", "Bearer "
                + server.organiserToken()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, search.statusCode(), search.body());
        assertTrue(!search.body().contains(name.substring(6)), "not even the valid row was written: " + search.body());
    }

    private static ObjectNode praise(String participant, String email, String channel) {
        return Replies.JSON.createObjectNode()
                .put("participantId", participant)
                .put("stars", 5)
                .put("text", "Laipni un ātri.\nPaldies!")
                .put("channel", channel)
                .put("email", email)
                .put("consent", true);
    }

    private static String participantBody(String name, List<String> branches) {
        ObjectNode body = Replies.JSON.createObjectNode()
                .put("name", name)
                .put("category", "B2C")
                .put("industry", "TRADE")
                .put("sizeClass", "SMALL");
        branches.forEach(body.putArray("branches")::add);
        return body.toString();
    }

    private static String addParticipant(String name, List<String> branches) throws Exception {
        HttpResponse<String> added = post("/api/admin/participants", participantBody(name, branches),
                server.organiserToken());
        assertEquals(201, added.statusCode(), added.body());
        return Replies.JSON.readTree(added.body()).path("id").asText();
    }

    private static JsonNode error(HttpResponse<String> response) throws Exception {
        return Replies.JSON.readTree(response.body()).path("error");
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Replies.JSON.readTree(response.body());
    }

    private static HttpResponse<String> post(String path, String json, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
