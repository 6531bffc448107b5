package lv.praise.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test kit (issue 18): a participant's contact signs in on the local run exactly as the /my/ page does – the
 * contacts set by an organiser (PUT .../contacts), POST /api/my/signin, Cognito's InitiateAuth and
 * RespondToAuthChallenge at the endpoint GET /api/console/config names, the code read from the outbox. For a
 * token without the flow: {@code server.jwt().issueContact(email, participantIds...)}.
 */
public final class ContactSignIn {
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern CODE = Pattern.compile("(?<![0-9])([0-9]{8})(?![0-9])");

    /** Where the page signs in: {@code participants.endpoint} and {@code participants.clientId} of the config route. */
    record Pool(URI endpoint, String clientId) {
    }

    private ContactSignIn() {
    }

    /** The participant's whole contact list, as an organiser sets it; the answer's body. */
    public static JsonNode setContacts(LocalServer server, String participantId, String... emails) throws Exception {
        ObjectNode body = Replies.JSON.createObjectNode();
        var list = body.putArray("contacts");
        for (String e : emails) {
            list.add(e);
        }
        HttpResponse<String> response = send(server, "PUT", "/api/admin/participants/" + participantId + "/contacts",
                "Bearer " + server.organiserToken(), body.toString());
        if (response.statusCode() != 200) {
            throw new AssertionError("contacts not set: " + response.statusCode() + " " + response.body());
        }
        return Replies.JSON.readTree(response.body());
    }

    /** The whole flow for a registered contact: its ID token (as {@code Authorization: Bearer} wants it). */
    public static String token(LocalServer server, String email) throws Exception {
        HttpResponse<String> started = start(server, email);
        if (started.statusCode() != 202) {
            throw new AssertionError("sign-in not started: " + started.statusCode() + " " + started.body());
        }
        int seen = OutboxMail.to(server.outboxDir(), email).size();
        JsonNode challenge = Replies.JSON.readTree(initiate(server, email).body());
        String code = code(OutboxMail.awaitNext(server.outboxDir(), email, seen, Duration.ofSeconds(10)));
        HttpResponse<String> answered = respond(server, email, challenge.path("Session").asText(), code);
        if (answered.statusCode() != 200) {
            throw new AssertionError("code refused: " + answered.body());
        }
        return Replies.JSON.readTree(answered.body()).path("AuthenticationResult").path("IdToken").asText();
    }

    static HttpResponse<String> start(LocalServer server, String email) throws Exception {
        return send(server, "POST", "/api/my/signin", null,
                Replies.JSON.createObjectNode().put("email", email).toString());
    }

    /** The start as the page makes it, with the page's language (the code e-mail's). */
    static HttpResponse<String> start(LocalServer server, String email, String lang) throws Exception {
        return send(server, "POST", "/api/my/signin", null,
                Replies.JSON.createObjectNode().put("email", email).put("lang", lang).toString());
    }

    static Pool pool(LocalServer server) throws Exception {
        JsonNode config = Replies.JSON.readTree(send(server, "GET", "/api/console/config", null, null).body());
        JsonNode participants = config.path("participants");
        return new Pool(server.baseUrl().resolve(participants.path("endpoint").asText()), participants.path("clientId").asText());
    }

    static HttpResponse<String> initiate(LocalServer server, String email) throws Exception {
        ObjectNode body = Replies.JSON.createObjectNode().put("AuthFlow", "USER_AUTH")
                .put("ClientId", pool(server).clientId());
        body.putObject("AuthParameters").put("USERNAME", email).put("PREFERRED_CHALLENGE", "EMAIL_OTP");
        return cognito(server, "InitiateAuth", body.toString());
    }

    static HttpResponse<String> respond(LocalServer server, String email, String session, String code) throws Exception {
        ObjectNode body = Replies.JSON.createObjectNode().put("ChallengeName", "EMAIL_OTP")
                .put("ClientId", pool(server).clientId()).put("Session", session);
        body.putObject("ChallengeResponses").put("USERNAME", email).put("EMAIL_OTP_CODE", code);
        return cognito(server, "RespondToAuthChallenge", body.toString());
    }

    /** A call of Cognito's JSON 1.1 wire, as the page's fetch makes it (no credentials). */
    static HttpResponse<String> cognito(LocalServer server, String action, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(pool(server).endpoint())
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSCognitoIdentityProviderService." + action)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The one 8-digit code of a code e-mail. */
    static String code(OutboxMail mail) {
        Matcher m = CODE.matcher(mail.text());
        List<String> codes = m.results().map(r -> r.group(1)).distinct().toList();
        if (codes.size() != 1) {
            throw new AssertionError("not one code in " + mail.file().getFileName() + ": " + mail.text());
        }
        return codes.get(0);
    }

    static HttpResponse<String> send(LocalServer server, String method, String path, String authorization, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUrl().resolve(path));
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
