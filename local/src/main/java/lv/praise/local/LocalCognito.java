package lv.praise.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import lv.praise.domain.Lang;
import lv.praise.domain.Mailer;
import lv.praise.domain.OutgoingMail;

/**
 * The participants' user pool as the local run's twin of Cognito (issue 18, docs/twin.md): the JSON 1.1 wire
 * ({@code POST}, {@code X-Amz-Target: AWSCognitoIdentityProviderService.<Action>}) at {@value #PATH}, for the
 * /my/ page (InitiateAuth, RespondToAuthChallenge: no credentials, as Cognito's public calls) and the functions'
 * SDK client (AdminCreateUser, AdminGetUser, AdminUpdateUserAttributes, AdminAddUserToGroup, AdminDeleteUser:
 * signed requests only, as IAM would demand).
 *
 * <p>Passwordless sign-in with an e-mailed code: {@code InitiateAuth} with {@code AuthFlow USER_AUTH} and
 * {@code PREFERRED_CHALLENGE EMAIL_OTP} answers {@code ChallengeName EMAIL_OTP} and a {@code Session}, and sends
 * an 8-digit code to the outbox in the words of the pool's custom message trigger (the template's function, called
 * with the {@code CustomMessage_Authentication} event Cognito sends: the user's language from its {@code locale});
 * an address that is no user gets the very same answer and no mail
 * (the pool prevents user existence errors). {@code RespondToAuthChallenge} with the right code within
 * {@value #CODE_MINUTES} minutes answers the tokens (ID token signed with the local run's key, issuer
 * {@link LocalJwt#PARTICIPANT_ISSUER}, audience {@link LocalJwt#PARTICIPANT_AUDIENCE}); a wrong code is
 * {@code NotAuthorizedException}, and the third wrong one ends the session; a code works once.
 *
 * <p>The twin's clock can be moved on ({@link #advance}) so tests see codes expire without waiting.
 */
final class LocalCognito implements HttpHandler {
    static final String PATH = "/_local/cognito";
    static final String POOL_ID = lv.praise.testkit.LocalDynamoDb.REGION + "_praiselocal";
    static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";
    static final int CODE_MINUTES = 3;
    static final int MAX_WRONG = 3;
    static final Duration TOKEN_VALIDITY = Duration.ofMinutes(60);
    static final String GROUP = "contacts";
    private static final String JSON_11 = "application/x-amz-json-1.1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A user of the pool: its user name is its address (lower case), as the pool signs in by e-mail. */
    record User(String username, Map<String, String> attributes, Set<String> groups) {
    }

    /** One sign-in under way. A null user: an address that is no user (nothing can complete it). */
    private static final class Session {
        final String username;
        final String code;
        final Instant expires;
        int wrong;

        Session(String username, String code, Instant expires) {
            this.username = username;
            this.code = code;
            this.expires = expires;
        }
    }

    private final Replies replies;
    private final LocalJwt jwt;
    private final Mailer mailer;
    private final CustomMessageTrigger customMessage;
    private final Clock realClock;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    /** @param customMessage the pool's custom message trigger; null: Cognito's own (English) text */
    LocalCognito(Replies replies, LocalJwt jwt, Mailer mailer, Clock clock, CustomMessageTrigger customMessage) {
        this.replies = replies;
        this.jwt = jwt;
        this.mailer = mailer;
        this.customMessage = customMessage;
        this.realClock = clock;
    }

    static boolean handles(String path) {
        return path != null && (path.equals(PATH) || path.startsWith(PATH + "/"));
    }

    /** Moves the twin's clock on (codes expire by it); for tests. */
    void advance(Duration by) {
        offset.updateAndGet(o -> o.plus(by));
    }

    /** The pool's user of this address, if any (for tests). */
    User user(String email) {
        return users.get(email.toLowerCase(Locale.ROOT));
    }

    private Instant now() {
        return realClock.instant().plus(offset.get());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            fault(exchange, 405, "InvalidParameterException", "POST only");
            return;
        }
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (target == null || !target.startsWith(TARGET_PREFIX)) {
            fault(exchange, 400, "UnknownOperationException", "no X-Amz-Target " + TARGET_PREFIX + "<Action>");
            return;
        }
        JsonNode body;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(64 * 1024);
            body = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
        } catch (IOException e) {
            fault(exchange, 400, "SerializationException", "the body is not JSON");
            return;
        }
        String action = target.substring(TARGET_PREFIX.length());
        if (action.startsWith("Admin")) {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth == null || !auth.startsWith("AWS4-HMAC-SHA256")) {
                fault(exchange, 400, "MissingAuthenticationTokenException", "Admin calls need signed (IAM) requests");
                return;
            }
            if (!POOL_ID.equals(body.path("UserPoolId").asText())) {
                fault(exchange, 400, "ResourceNotFoundException", "User pool " + body.path("UserPoolId").asText()
                        + " does not exist.");
                return;
            }
        }
        switch (action) {
            case "InitiateAuth" -> initiateAuth(exchange, body);
            case "RespondToAuthChallenge" -> respond(exchange, body);
            case "AdminCreateUser" -> adminCreateUser(exchange, body);
            case "AdminGetUser" -> adminGetUser(exchange, body);
            case "AdminUpdateUserAttributes" -> adminUpdate(exchange, body);
            case "AdminAddUserToGroup" -> adminAddToGroup(exchange, body);
            case "AdminDeleteUser" -> adminDelete(exchange, body);
            default -> fault(exchange, 400, "UnknownOperationException", "the twin does not answer " + action);
        }
    }

    private void initiateAuth(HttpExchange exchange, JsonNode body) {
        if (!LocalJwt.PARTICIPANT_AUDIENCE.equals(body.path("ClientId").asText())) {
            fault(exchange, 400, "ResourceNotFoundException", "User pool client " + body.path("ClientId").asText()
                    + " does not exist.");
            return;
        }
        if (!"USER_AUTH".equals(body.path("AuthFlow").asText())) {
            fault(exchange, 400, "InvalidParameterException", "Auth flow not enabled for this client");
            return;
        }
        JsonNode parameters = body.path("AuthParameters");
        String username = parameters.path("USERNAME").asText("").strip().toLowerCase(Locale.ROOT);
        if (username.isEmpty()) {
            fault(exchange, 400, "InvalidParameterException", "Missing required parameter USERNAME");
            return;
        }
        String preferred = parameters.path("PREFERRED_CHALLENGE").asText("");
        if (!preferred.isEmpty() && !"EMAIL_OTP".equals(preferred)) {
            fault(exchange, 400, "InvalidParameterException", "The preferred challenge is not enabled: " + preferred);
            return;
        }
        User user = users.get(username);
        String code = String.format(Locale.ROOT, "%08d", RANDOM.nextInt(100_000_000));
        OutgoingMail mail = null;
        if (user != null) {
            try {
                mail = codeMail(user, body.path("ClientId").asText(), code);
            } catch (CustomMessageTrigger.Refused e) {
                // As Cognito: the trigger's failure fails the call, and no code goes out.
                fault(exchange, 400, e.type, e.getMessage());
                return;
            }
        }
        String id = sessionId();
        sessions.put(id, new Session(user == null ? null : username, code, now().plus(Duration.ofMinutes(CODE_MINUTES))));
        if (mail != null) {
            mailer.send(mail);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ChallengeName", "EMAIL_OTP");
        answer.put("Session", id);
        answer.put("ChallengeParameters", Map.of("CODE_DELIVERY_DELIVERY_MEDIUM", "EMAIL",
                "CODE_DELIVERY_DESTINATION", masked(username)));
        answer.put("AvailableChallenges", List.of("EMAIL_OTP"));
        ok(exchange, answer);
    }

    private void respond(HttpExchange exchange, JsonNode body) {
        if (!LocalJwt.PARTICIPANT_AUDIENCE.equals(body.path("ClientId").asText())) {
            fault(exchange, 400, "ResourceNotFoundException", "User pool client does not exist.");
            return;
        }
        if (!"EMAIL_OTP".equals(body.path("ChallengeName").asText())) {
            fault(exchange, 400, "InvalidParameterException", "Unknown challenge " + body.path("ChallengeName").asText());
            return;
        }
        String id = body.path("Session").asText("");
        String username = body.path("ChallengeResponses").path("USERNAME").asText("").strip().toLowerCase(Locale.ROOT);
        String given = body.path("ChallengeResponses").path("EMAIL_OTP_CODE").asText("");
        Session session = sessions.get(id);
        if (session == null || now().isAfter(session.expires)) {
            sessions.remove(id);
            fault(exchange, 400, "NotAuthorizedException", "Invalid session for the user, session is expired.");
            return;
        }
        synchronized (session) {
            if (session.username == null || !session.username.equals(username) || !session.code.equals(given)) {
                session.wrong++;
                if (session.wrong >= MAX_WRONG) {
                    sessions.remove(id);
                }
                fault(exchange, 400, "NotAuthorizedException", "Incorrect username or code.");
                return;
            }
            if (sessions.remove(id) == null) {
                fault(exchange, 400, "NotAuthorizedException", "Invalid session for the user.");
                return;
            }
        }
        User user = users.get(username);
        if (user == null) {
            fault(exchange, 400, "NotAuthorizedException", "Incorrect username or code.");
            return;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("IdToken", jwt.sign(jwt.contactClaims(user.attributes().getOrDefault("email", username),
                participants(user), now(), TOKEN_VALIDITY)));
        result.put("AccessToken", jwt.sign(accessClaims(username)));
        result.put("ExpiresIn", TOKEN_VALIDITY.toSeconds());
        result.put("TokenType", "Bearer");
        ok(exchange, Map.of("AuthenticationResult", result, "ChallengeParameters", Map.of()));
    }

    private Map<String, Object> accessClaims(String username) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", LocalJwt.subject(username));
        claims.put("username", LocalJwt.subject(username));
        claims.put("client_id", LocalJwt.PARTICIPANT_AUDIENCE);
        claims.put("iss", LocalJwt.PARTICIPANT_ISSUER);
        claims.put("token_use", "access");
        claims.put("scope", "aws.cognito.signin.user.admin");
        claims.put("iat", now().getEpochSecond());
        claims.put("exp", now().plus(TOKEN_VALIDITY).getEpochSecond());
        return claims;
    }

    private static List<String> participants(User user) {
        String value = user.attributes().getOrDefault("custom:participants", "").strip();
        return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
    }

    private void adminCreateUser(HttpExchange exchange, JsonNode body) {
        String username = body.path("Username").asText("").strip().toLowerCase(Locale.ROOT);
        Map<String, String> attributes = attributes(body.path("UserAttributes"));
        if (username.isEmpty() || !username.contains("@")) {
            fault(exchange, 400, "InvalidParameterException", "Username should be an email.");
            return;
        }
        attributes.putIfAbsent("email", username);
        User created = new User(username, new ConcurrentHashMap<>(attributes), ConcurrentHashMap.newKeySet());
        if (users.putIfAbsent(username, created) != null) {
            fault(exchange, 400, "UsernameExistsException", "An account with the given email already exists.");
            return;
        }
        ok(exchange, Map.of("User", view(created, "Attributes")));
    }

    private void adminGetUser(HttpExchange exchange, JsonNode body) {
        User user = existing(exchange, body);
        if (user != null) {
            ok(exchange, view(user, "UserAttributes"));
        }
    }

    private void adminUpdate(HttpExchange exchange, JsonNode body) {
        User user = existing(exchange, body);
        if (user != null) {
            user.attributes().putAll(attributes(body.path("UserAttributes")));
            ok(exchange, Map.of());
        }
    }

    private void adminAddToGroup(HttpExchange exchange, JsonNode body) {
        if (!GROUP.equals(body.path("GroupName").asText())) {
            fault(exchange, 400, "ResourceNotFoundException", "Group not found.");
            return;
        }
        User user = existing(exchange, body);
        if (user != null) {
            user.groups().add(GROUP);
            ok(exchange, Map.of());
        }
    }

    private void adminDelete(HttpExchange exchange, JsonNode body) {
        String username = body.path("Username").asText("").strip().toLowerCase(Locale.ROOT);
        if (users.remove(username) == null) {
            fault(exchange, 400, "UserNotFoundException", "User does not exist.");
            return;
        }
        ok(exchange, Map.of());
    }

    private User existing(HttpExchange exchange, JsonNode body) {
        User user = users.get(body.path("Username").asText("").strip().toLowerCase(Locale.ROOT));
        if (user == null) {
            fault(exchange, 400, "UserNotFoundException", "User does not exist.");
        }
        return user;
    }

    private static Map<String, String> attributes(JsonNode list) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (JsonNode a : list) {
            attributes.put(a.path("Name").asText(), a.path("Value").asText());
        }
        return attributes;
    }

    private static Map<String, Object> view(User user, String attributesName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Username", user.username());
        List<Map<String, String>> attributes = new ArrayList<>();
        user.attributes().forEach((k, v) -> attributes.add(Map.of("Name", k, "Value", v)));
        m.put(attributesName, attributes);
        m.put("Enabled", true);
        m.put("UserStatus", "CONFIRMED");
        return m;
    }

    /**
     * The code e-mail as the pool sends it: the custom message trigger's subject and message (the outbox keeps the
     * text a mail program shows of its HTML), in the language of the user's {@code locale}; without a trigger, or
     * when it leaves the message alone, Cognito's own English one.
     */
    private OutgoingMail codeMail(User user, String clientId, String code) {
        String to = user.attributes().getOrDefault("email", user.username());
        Map<String, String> attributes = new LinkedHashMap<>(user.attributes());
        attributes.put("sub", LocalJwt.subject(user.username()));
        attributes.put("cognito:user_status", "CONFIRMED");
        CustomMessageTrigger.Message message = customMessage == null ? null
                : customMessage.compose(CustomMessageTrigger.SIGN_IN_CODE, clientId, attributes, code);
        Lang lang = lv.praise.domain.contacts.SignInCodeMail.languageOf(attributes.get("locale"));
        if (message == null) {
            return new OutgoingMail(to, "Your verification code", "Your verification code is " + code + ".\n", Lang.EN);
        }
        return new OutgoingMail(to, message.subject(), CustomMessageTrigger.text(message.html()), lang);
    }

    private static String masked(String email) {
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***@" + email.substring(at + 1, Math.min(email.length(), at + 2)) + "***";
    }

    private static String sessionId() {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void ok(HttpExchange exchange, Object body) {
        send(exchange, 200, body);
    }

    private void fault(HttpExchange exchange, int status, String type, String message) {
        exchange.getResponseHeaders().set("x-amzn-ErrorType", type);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("__type", type);
        body.put("message", message);
        send(exchange, status, body);
    }

    private void send(HttpExchange exchange, int status, Object body) {
        exchange.getResponseHeaders().set("Content-Type", JSON_11);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        try {
            replies.send(exchange, status, JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("answer could not be written as JSON", e);
        }
    }
}
