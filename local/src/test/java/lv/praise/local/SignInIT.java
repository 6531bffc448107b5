package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A participant's contact signs in on the local run over HTTP (issue 18, docs/insight.md): the code from the
 * outbox works once; an expired code, a wrong one and a session after three wrong tries are refused; an address
 * that is no contact gets the same 202 and no mail; starts are limited per e-mail (429). The twin's clock is moved,
 * never slept on.
 */
class SignInIT {
    private static LocalServer server;
    private static String participant;
    private static String other;

    @BeforeAll
    static void start() throws Exception {
        server = LocalServer.shared();
        participant = server.participantIds().get(3);
        other = server.participantIds().get(4);
        ContactSignIn.setContacts(server, participant, "Signin.Anna@Example.lv", "signin.expiry@example.lv",
                "signin.wrong@example.lv", "signin.limit@example.lv", "signin.english@example.lv");
        ContactSignIn.setContacts(server, other, "signin.anna@example.lv");
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Replies.JSON.readTree(response.body());
    }

    private static Map<?, ?> claims(String jwt) throws Exception {
        return Replies.JSON.readValue(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), Map.class);
    }

    @Test
    void theConfigRouteNamesThePoolOnTheSitesOwnOriginAndOrganisersSeeTheContacts() throws Exception {
        JsonNode config = json(ContactSignIn.send(server, "GET", "/api/console/config", null, null));
        assertEquals("/_local/cognito/", config.path("participants").path("endpoint").asText(), config.toString());
        assertEquals(LocalJwt.PARTICIPANT_AUDIENCE, config.path("participants").path("clientId").asText());
        JsonNode details = json(ContactSignIn.send(server, "GET", "/api/admin/participants/" + participant,
                "Bearer " + server.organiserToken(), null));
        assertEquals("signin.anna@example.lv", details.path("contacts").get(0).path("email").asText(), details.toString());
        assertEquals("signin.anna@example.lv", details.path("contactEmail").asText(), "the first contact");
    }

    @Test
    void aContactSignsInWithTheCodeFromTheOutboxOnce() throws Exception {
        String email = "signin.anna@example.lv";
        HttpResponse<String> started = ContactSignIn.start(server, email);
        assertEquals(202, started.statusCode(), started.body());
        assertEquals("code", json(started).path("next").asText());
        int seen = OutboxMail.to(server.outboxDir(), email).size();
        JsonNode challenge = json(ContactSignIn.initiate(server, email));
        assertEquals("EMAIL_OTP", challenge.path("ChallengeName").asText(), challenge.toString());
        OutboxMail mail = OutboxMail.awaitNext(server.outboxDir(), email, seen, Duration.ofSeconds(10));
        // Latvian: no locale set yet, and the pool's message trigger writes Latvian then.
        assertEquals("Tavs pieslēgšanās kods dalībnieka lapai", mail.subject());
        assertTrue(mail.text().replace("\r\n", "\n").startsWith("Labdien!\n\nTavs kods pieslēgšanās dalībnieka lapai kampaņā „Uzslavē labu servisu!”:\n\n"
                + ContactSignIn.code(mail) + "\n\nKods derīgs 3 minūtes"), mail.text());
        assertFalse(mail.text().contains("Your") || mail.text().contains("<"), mail.text());
        String code = ContactSignIn.code(mail);
        String session = challenge.path("Session").asText();

        HttpResponse<String> answered = ContactSignIn.respond(server, email, session, code);
        assertEquals(200, answered.statusCode(), answered.body());
        JsonNode result = json(answered).path("AuthenticationResult");
        assertEquals("Bearer", result.path("TokenType").asText());
        assertEquals(3600, result.path("ExpiresIn").asInt());
        Map<?, ?> claims = claims(result.path("IdToken").asText());
        assertEquals(email, claims.get("email"));
        assertEquals(List.of(participant, other).stream().sorted().toList(),
                List.of(((String) claims.get("custom:participants")).split(" ")).stream().sorted().toList());
        assertEquals(List.of("contacts"), claims.get("cognito:groups"));
        assertEquals(LocalJwt.PARTICIPANT_ISSUER, claims.get("iss"));
        assertEquals(LocalJwt.PARTICIPANT_AUDIENCE, claims.get("aud"));
        // The participants' authorizer takes it; the organisers' does not.
        server.jwt().verify(result.path("IdToken").asText(), LocalJwt.PARTICIPANT_ISSUER, LocalJwt.PARTICIPANT_AUDIENCE);
        org.junit.jupiter.api.Assertions.assertThrows(LocalJwt.InvalidToken.class,
                () -> server.jwt().verify(result.path("IdToken").asText()));

        HttpResponse<String> again = ContactSignIn.respond(server, email, session, code);
        assertEquals(400, again.statusCode());
        assertEquals("NotAuthorizedException", json(again).path("__type").asText(), "a code works once");

        // The test kit's whole flow gives the same kind of token.
        assertEquals(email, claims(ContactSignIn.token(server, "SIGNIN.ANNA@example.lv")).get("email"));
    }

    @Test
    void theCodeMailIsInTheLanguageThePageGaveAndTheLastOneCounts() throws Exception {
        String email = "signin.english@example.lv";
        OutboxMail english = codeMail(email, "en");
        assertEquals("Your sign-in code for the participant’s page", english.subject());
        assertTrue(english.text().replace("\r\n", "\n").startsWith("Hello,\n\nYour code to sign in to the participant’s page of the "
                + "“Praise good service!” campaign:\n\n" + ContactSignIn.code(english) + "\n\nThe code is valid for 3 minutes"), english.text());
        assertEquals("en", english.language());
        assertEquals("en", server.cognito().user(email).attributes().get("locale"), "the account's locale");

        OutboxMail estonian = codeMail(email, "et");
        assertEquals("Sinu sisselogimiskood osaleja lehele", estonian.subject());
        assertTrue(estonian.text().contains("kampaania „Kiida head teenindust!” osaleja lehele") && estonian.text().contains("Kood kehtib 3 minutit"),
                estonian.text());
        assertFalse(estonian.text().contains("Hello") || estonian.text().contains("Labdien"), estonian.text());

        HttpResponse<String> refused = ContactSignIn.start(server, email, "ru");
        assertEquals(400, refused.statusCode());
        assertEquals("lang", json(refused).path("error").path("field").asText());
        assertEquals("et", server.cognito().user(email).attributes().get("locale"), "a refused start changes nothing");
    }

    /** Starts with the page's language and asks for a code: the code e-mail that arrives. */
    private static OutboxMail codeMail(String email, String lang) throws Exception {
        assertEquals(202, ContactSignIn.start(server, email, lang).statusCode());
        int seen = OutboxMail.to(server.outboxDir(), email).size();
        assertEquals("EMAIL_OTP", json(ContactSignIn.initiate(server, email)).path("ChallengeName").asText());
        return OutboxMail.awaitNext(server.outboxDir(), email, seen, Duration.ofSeconds(10));
    }

    @Test
    void anExpiredCodeIsRefused() throws Exception {
        String email = "signin.expiry@example.lv";
        assertEquals(202, ContactSignIn.start(server, email).statusCode());
        int seen = OutboxMail.to(server.outboxDir(), email).size();
        JsonNode challenge = json(ContactSignIn.initiate(server, email));
        String code = ContactSignIn.code(OutboxMail.awaitNext(server.outboxDir(), email, seen, Duration.ofSeconds(10)));
        server.cognito().advance(Duration.ofMinutes(LocalCognito.CODE_MINUTES).plusSeconds(1));
        HttpResponse<String> late = ContactSignIn.respond(server, email, challenge.path("Session").asText(), code);
        assertEquals(400, late.statusCode());
        assertEquals("NotAuthorizedException", json(late).path("__type").asText());
        assertTrue(json(late).path("message").asText().contains("expired"), late.body());
    }

    @Test
    void threeWrongCodesEndTheSession() throws Exception {
        String email = "signin.wrong@example.lv";
        assertEquals(202, ContactSignIn.start(server, email).statusCode());
        int seen = OutboxMail.to(server.outboxDir(), email).size();
        String session = json(ContactSignIn.initiate(server, email)).path("Session").asText();
        String code = ContactSignIn.code(OutboxMail.awaitNext(server.outboxDir(), email, seen, Duration.ofSeconds(10)));
        String wrong = code.equals("00000000") ? "11111111" : "00000000";
        for (int i = 0; i < LocalCognito.MAX_WRONG; i++) {
            HttpResponse<String> refused = ContactSignIn.respond(server, email, session, wrong);
            assertEquals("NotAuthorizedException", json(refused).path("__type").asText(), refused.body());
        }
        HttpResponse<String> right = ContactSignIn.respond(server, email, session, code);
        assertEquals(400, right.statusCode(), "the right code after three wrong ones: the session is gone");
        assertEquals("NotAuthorizedException", json(right).path("__type").asText());
    }

    @Test
    void anAddressThatIsNoContactGetsTheSameAnswersAndNoMail() throws Exception {
        String email = "signin.stranger@example.lv";
        HttpResponse<String> contact = ContactSignIn.start(server, "signin.limit@example.lv");
        HttpResponse<String> stranger = ContactSignIn.start(server, email);
        assertEquals(contact.statusCode(), stranger.statusCode());
        assertEquals(contact.body(), stranger.body());
        JsonNode challenge = json(ContactSignIn.initiate(server, email));
        assertEquals("EMAIL_OTP", challenge.path("ChallengeName").asText(), "the same challenge as for a contact");
        assertNotEquals("", challenge.path("Session").asText());
        HttpResponse<String> guess = ContactSignIn.respond(server, email, challenge.path("Session").asText(), "12345678");
        assertEquals("NotAuthorizedException", json(guess).path("__type").asText());
        // A signal instead of a wait: a contact's code mail sent after the stranger's start has arrived.
        String marker = "signin.limit@example.lv";
        int seen = OutboxMail.to(server.outboxDir(), marker).size();
        ContactSignIn.initiate(server, marker);
        OutboxMail.awaitNext(server.outboxDir(), marker, seen, Duration.ofSeconds(10));
        assertEquals(List.of(), OutboxMail.to(server.outboxDir(), email));
        assertEquals(null, server.cognito().user(email), "no account for an address that is no contact");
    }

    @Test
    void startsAreLimitedPerEmail() throws Exception {
        String email = "signin.flood@example.lv";
        int limit = Integer.parseInt(server.template().parameterDefaults().get("SignInLimitPerEmail").replaceAll("\\.0$", ""));
        for (int i = 0; i < limit; i++) {
            assertEquals(202, ContactSignIn.start(server, email).statusCode());
        }
        HttpResponse<String> over = ContactSignIn.start(server, email);
        assertEquals(429, over.statusCode(), over.body());
        assertEquals("limit_reached", json(over).path("error").path("code").asText());
        assertEquals("email", json(over).path("error").path("field").asText());
        assertTrue(over.headers().firstValue("retry-after").isPresent());
        assertFalse(over.body().contains(email));
        assertEquals(202, ContactSignIn.start(server, "signin.other-flood@example.lv").statusCode(), "another address is not held");
    }
}
