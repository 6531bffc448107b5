package lv.praise.local;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import lv.praise.handler.AdminHandler;

/**
 * The local run's organiser tokens: HS256 JWTs with the claims of a Cognito ID token, signed with a
 * key generated at start (in AWS, Cognito signs with RS256 and API Gateway checks its JWKS). Only
 * the JDK: HMAC-SHA256, base64url, Jackson for the JSON.
 *
 * <p>{@link #verify} checks what API Gateway's JWT authorizer checks: three parts, the algorithm
 * (HS256 only: {@code none} and everything else is refused), the signature (compared in constant
 * time), {@code exp} in the future and {@code nbf}/{@code iat} not in it (with {@value #SKEW_SECONDS} s
 * of skew), the issuer and the audience ({@code aud}, or {@code client_id} when there is no
 * {@code aud}).
 *
 * <p>The forging helpers ({@link #expired}, {@link #withForgedSignature}, {@link #unsigned},
 * {@link #malformed}, {@link #sign}) exist for tests that prove bad tokens are refused.
 */
public final class LocalJwt {
    public static final String ISSUER = "praise-local";
    public static final String AUDIENCE = "praise-local-console";
    /** The participants' pool's issuer and app client locally (issue 18): ParticipantAuthorizer checks these. */
    public static final String PARTICIPANT_ISSUER = "praise-local-participants";
    public static final String PARTICIPANT_AUDIENCE = "praiselocalparticipants";
    /** The Cognito group of the participants' contacts. */
    public static final String CONTACTS = "contacts";
    public static final String ALGORITHM = "HS256";
    public static final int SKEW_SECONDS = 30;
    public static final Duration SKEW = Duration.ofSeconds(SKEW_SECONDS);
    /** How long the development tokens (printed at start, or from /_local/token) are valid. */
    public static final Duration DEV_TOKEN_VALIDITY = Duration.ofHours(12);
    static final int MIN_KEY_BYTES = 32;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getUrlDecoder();

    /** Why a token was refused (for the server log and the WWW-Authenticate header, never the body). */
    public static final class InvalidToken extends Exception {
        InvalidToken(String reason) {
            super(reason);
        }
    }

    private final byte[] key;
    private final Clock clock;

    public LocalJwt(byte[] key) {
        this(key, Clock.systemUTC());
    }

    LocalJwt(byte[] key, Clock clock) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("an HS256 key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = key.clone();
        this.clock = clock;
    }

    /** A token for {@code email}, in the organisers' group or in none, valid from now for {@code validity}. */
    public String issue(String email, boolean organiser, Duration validity) {
        return sign(claims(email, organiser, clock.instant(), validity));
    }

    /**
     * The claims of a Cognito ID token for this person: {@code sub} and {@code cognito:username} (the
     * same stable id, as Cognito sets them when e-mail is the sign-in name), {@code email},
     * {@code cognito:groups} (absent when in no group, as in Cognito), {@code iss}, {@code aud},
     * {@code token_use}, {@code iat}, {@code exp}.
     */
    public Map<String, Object> claims(String email, boolean organiser, Instant issuedAt, Duration validity) {
        return claims(email, organiser, false, issuedAt, validity);
    }

    /** A token for an evaluator (group {@code evaluators}, issue 17), valid from now for {@code validity}. */
    public String issueEvaluator(String email, Duration validity) {
        return sign(claims(email, false, true, clock.instant(), validity));
    }

    /** As above, in the organisers' group, the evaluators' group, both or none. */
    public Map<String, Object> claims(String email, boolean organiser, boolean evaluator, Instant issuedAt,
                                      Duration validity) {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("an e-mail address is required");
        }
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        String sub = UUID.nameUUIDFromBytes(("praise-local:" + normalised).getBytes(StandardCharsets.UTF_8)).toString();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", sub);
        claims.put("email", normalised);
        claims.put("email_verified", true);
        claims.put("cognito:username", sub);
        List<String> groups = new java.util.ArrayList<>();
        if (organiser) {
            groups.add(AdminHandler.ORGANISERS);
        }
        if (evaluator) {
            groups.add(lv.praise.handler.EvaluatorHandler.EVALUATORS);
        }
        if (!groups.isEmpty()) {
            claims.put("cognito:groups", List.copyOf(groups));
        }
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("token_use", "id");
        claims.put("auth_time", issuedAt.getEpochSecond());
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", issuedAt.plus(validity).getEpochSecond());
        return claims;
    }

    /**
     * A participant contact's ID token as the participants' pool gives it (issue 18), valid an hour from now:
     * {@code email}, {@code custom:participants} (the ids, space-separated), {@code cognito:groups [contacts]},
     * issuer {@link #PARTICIPANT_ISSUER}, audience {@link #PARTICIPANT_AUDIENCE}. For tests that need a signed-in
     * contact without the e-mailed code (the real flow: the test kit's ContactSignIn).
     */
    public String issueContact(String email, String... participantIds) {
        return sign(contactClaims(email, List.of(participantIds), clock.instant(), Duration.ofHours(1)));
    }

    /** The claims of a contact's ID token (see {@link #issueContact}). */
    public Map<String, Object> contactClaims(String email, List<String> participantIds, Instant issuedAt,
                                             Duration validity) {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("an e-mail address is required");
        }
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject(normalised));
        claims.put("email", normalised);
        claims.put("email_verified", true);
        claims.put("cognito:username", subject(normalised));
        claims.put("cognito:groups", List.of(CONTACTS));
        claims.put("custom:participants", String.join(" ", participantIds));
        claims.put("iss", PARTICIPANT_ISSUER);
        claims.put("aud", PARTICIPANT_AUDIENCE);
        claims.put("token_use", "id");
        claims.put("auth_time", issuedAt.getEpochSecond());
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", issuedAt.plus(validity).getEpochSecond());
        return claims;
    }

    /** The stable {@code sub} of an address in a local pool. */
    static String subject(String email) {
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        return UUID.nameUUIDFromBytes(("praise-local:" + normalised).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Signs these claims as they are, with the HS256 header. */
    public String sign(Map<String, Object> claims) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", ALGORITHM);
        header.put("typ", "JWT");
        return sign(header, claims);
    }

    /** Signs with HS256 under any header (tests use it for headers that must be refused). */
    public String sign(Map<String, Object> header, Map<String, Object> claims) {
        String signingInput = encode(header) + "." + encode(claims);
        return signingInput + "." + B64.encodeToString(hmac(key, signingInput));
    }

    /** The claims of an organisers' pool token that passes every check, as the JSON has them. */
    public Map<String, Object> verify(String token) throws InvalidToken {
        return verify(token, ISSUER, AUDIENCE);
    }

    /** The same checks for the pool of this issuer and app client (the participants' pool: issue 18). */
    public Map<String, Object> verify(String token, String issuer, String audience) throws InvalidToken {
        if (token == null || token.isBlank()) {
            throw new InvalidToken("no token");
        }
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new InvalidToken("not a JWT (header.payload.signature)");
        }
        Map<String, Object> header = object(parts[0], "header");
        Object alg = header.get("alg");
        if (!ALGORITHM.equals(alg)) {
            throw new InvalidToken("algorithm " + alg + " is not accepted (only " + ALGORITHM + ")");
        }
        if (header.containsKey("crit")) {
            throw new InvalidToken("critical header parameters are not supported");
        }
        byte[] signature = decode(parts[2], "signature");
        byte[] expected = hmac(key, parts[0] + "." + parts[1]);
        if (!MessageDigest.isEqual(expected, signature)) {
            throw new InvalidToken("signature does not match");
        }
        Map<String, Object> claims = object(parts[1], "payload");
        long now = clock.instant().getEpochSecond();
        Long exp = seconds(claims, "exp");
        if (exp == null) {
            throw new InvalidToken("no exp claim");
        }
        if (now >= exp + SKEW_SECONDS) {
            throw new InvalidToken("the token has expired");
        }
        Long nbf = seconds(claims, "nbf");
        if (nbf != null && nbf > now + SKEW_SECONDS) {
            throw new InvalidToken("the token is not valid yet (nbf)");
        }
        Long iat = seconds(claims, "iat");
        if (iat != null && iat > now + SKEW_SECONDS) {
            throw new InvalidToken("the token is issued in the future (iat)");
        }
        if (!issuer.equals(claims.get("iss"))) {
            throw new InvalidToken("issuer " + claims.get("iss") + " is not " + issuer);
        }
        Object aud = claims.get("aud");
        boolean audienceOk = aud == null ? audience.equals(claims.get("client_id"))
                : aud instanceof Collection<?> list ? list.contains(audience) : audience.equals(aud);
        if (!audienceOk) {
            throw new InvalidToken("audience " + (aud == null ? claims.get("client_id") : aud) + " is not " + audience);
        }
        return claims;
    }

    /**
     * The claims as API Gateway hands them to the function ({@code requestContext.authorizer.jwt.claims}):
     * every value a string; numbers as written, a list as {@code [a b]}, an object as {@code map[k:v]}.
     */
    public static Map<String, String> gatewayClaims(Map<String, Object> claims) {
        Map<String, String> out = new LinkedHashMap<>();
        claims.forEach((name, value) -> {
            if (value != null) {
                out.put(name, gatewayValue(value));
            }
        });
        return out;
    }

    private static String gatewayValue(Object value) {
        if (value instanceof Collection<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(item == null ? "<nil>" : gatewayValue(item)));
            return "[" + String.join(" ", items) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            List<String> items = new ArrayList<>();
            new TreeMap<>(map).forEach((k, v) -> items.add(k + ":" + (v == null ? "<nil>" : gatewayValue(v))));
            return "map[" + String.join(" ", items) + "]";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : value.toString();
        }
        return value.toString();
    }

    // ---- forging, for tests ----

    /** A well-signed token that expired an hour ago (well beyond the skew). */
    public String expired(String email, boolean organiser) {
        Instant issued = clock.instant().minus(Duration.ofHours(2));
        return sign(claims(email, organiser, issued, Duration.ofHours(1)));
    }

    /** The same header and claims under the signature of another key. */
    public static String withForgedSignature(String token) {
        String[] parts = token.split("\\.", -1);
        byte[] otherKey = new byte[MIN_KEY_BYTES];
        new SecureRandom().nextBytes(otherKey);
        return parts[0] + "." + parts[1] + "." + B64.encodeToString(hmac(otherKey, parts[0] + "." + parts[1]));
    }

    /** An unsecured token ({@code "alg":"none"}, empty signature) with valid claims. */
    public String unsigned(String email, boolean organiser) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "none");
        header.put("typ", "JWT");
        return encode(header) + "." + encode(claims(email, organiser, clock.instant(), Duration.ofHours(1))) + ".";
    }

    /** Something that is no JWT at all. */
    public static String malformed() {
        return "garbage";
    }

    // ---- internals ----

    private static String encode(Map<String, Object> json) {
        try {
            return B64.encodeToString(JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + json, e);
        }
    }

    private static byte[] decode(String part, String what) throws InvalidToken {
        try {
            return B64_DECODE.decode(part);
        } catch (IllegalArgumentException e) {
            throw new InvalidToken("the " + what + " is not base64url");
        }
    }

    private static Map<String, Object> object(String part, String what) throws InvalidToken {
        byte[] bytes = decode(part, what);
        try {
            Map<String, Object> map = JSON.readValue(bytes, OBJECT);
            if (map == null) {
                throw new InvalidToken("the " + what + " is not a JSON object");
            }
            return map;
        } catch (java.io.IOException e) {
            throw new InvalidToken("the " + what + " is not a JSON object");
        }
    }

    private static Long seconds(Map<String, Object> claims, String name) throws InvalidToken {
        Object value = claims.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        throw new InvalidToken("the " + name + " claim is not a number");
    }

    private static byte[] hmac(byte[] key, String signingInput) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
