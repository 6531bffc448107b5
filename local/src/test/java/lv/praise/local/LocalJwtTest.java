package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.praise.handler.AdminHandler;
import org.junit.jupiter.api.Test;

/** The local organiser tokens: what they carry, and every way a bad one is refused. */
class LocalJwtTest {
    private static final byte[] KEY = "k".repeat(64).getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2027-03-10T09:00:00Z");
    private final LocalJwt jwt = new LocalJwt(KEY, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anOrganiserTokenCarriesCognitoIdTokenClaims() throws Exception {
        String token = jwt.issue("Anna@Example.LV", true, Duration.ofHours(12));
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        JsonNode header = Replies.JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertEquals("HS256", header.path("alg").asText());
        assertFalse(token.contains("="), "base64url without padding");

        Map<String, Object> claims = jwt.verify(token);
        assertEquals("anna@example.lv", claims.get("email"));
        assertEquals(claims.get("sub"), claims.get("cognito:username"));
        assertEquals(List.of(AdminHandler.ORGANISERS), claims.get("cognito:groups"));
        assertEquals(LocalJwt.ISSUER, claims.get("iss"));
        assertEquals(LocalJwt.AUDIENCE, claims.get("aud"));
        assertEquals(NOW.getEpochSecond(), ((Number) claims.get("iat")).longValue());
        assertEquals(NOW.plus(Duration.ofHours(12)).getEpochSecond(), ((Number) claims.get("exp")).longValue());
        assertEquals(claims.get("sub"), jwt.verify(jwt.issue("anna@example.lv", false, Duration.ofMinutes(5))).get("sub"),
                "the same person has the same sub");
    }

    @Test
    void withoutTheOrganiserRoleThereIsNoGroupClaim() throws Exception {
        assertFalse(jwt.verify(jwt.issue("guest@example.lv", false, Duration.ofHours(1))).containsKey("cognito:groups"));
    }

    @Test
    void anEvaluatorTokenIsInTheEvaluatorsGroupAlone() throws Exception {
        Map<String, Object> claims = jwt.verify(jwt.issueEvaluator("Anna.Ozola@example.lv", Duration.ofHours(1)));
        assertEquals(List.of("evaluators"), claims.get("cognito:groups"));
        assertEquals("anna.ozola@example.lv", claims.get("email"), "lower case, as the visits' evaluator");
        assertEquals("[organisers evaluators]", LocalJwt.gatewayClaims(jwt.claims("a@b.lv", true, true, NOW,
                Duration.ofHours(1))).get("cognito:groups"));
    }

    @Test
    void claimsReachTheFunctionAsApiGatewayWritesThem() throws Exception {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("cognito:groups", List.of("organisers", "jury"));
        claims.put("exp", 1_800_000_000L);
        claims.put("email_verified", true);
        claims.put("address", Map.of("locality", "Rīga", "country", "LV"));
        claims.put("nothing", null);
        Map<String, String> out = LocalJwt.gatewayClaims(claims);
        assertEquals("[organisers jury]", out.get("cognito:groups"));
        assertEquals("1800000000", out.get("exp"));
        assertEquals("true", out.get("email_verified"));
        assertEquals("map[country:LV locality:Rīga]", out.get("address"));
        assertFalse(out.containsKey("nothing"));
        assertEquals("[organisers]", LocalJwt.gatewayClaims(jwt.verify(jwt.issue("a@b.lv", true, Duration.ofHours(1))))
                .get("cognito:groups"));
    }

    @Test
    void expiryAllowsThirtySecondsOfSkewAndNoMore() throws Exception {
        Map<String, Object> claims = jwt.claims("a@b.lv", true, NOW.minusSeconds(3600), Duration.ofSeconds(3600 - 29));
        jwt.verify(jwt.sign(claims));
        Map<String, Object> later = jwt.claims("a@b.lv", true, NOW.minusSeconds(3600), Duration.ofSeconds(3600 - 30));
        assertRefused(jwt.sign(later), "expired");
        assertRefused(jwt.expired("a@b.lv", true), "expired");
    }

    @Test
    void aTokenFromTheFutureIsRefused() {
        Map<String, Object> notYet = jwt.claims("a@b.lv", true, NOW, Duration.ofHours(1));
        notYet.put("nbf", NOW.plusSeconds(120).getEpochSecond());
        assertRefused(jwt.sign(notYet), "nbf");
        Map<String, Object> issuedLater = jwt.claims("a@b.lv", true, NOW.plusSeconds(120), Duration.ofHours(1));
        assertRefused(jwt.sign(issuedLater), "iat");
    }

    @Test
    void aForgedOrTamperedSignatureIsRefused() throws Exception {
        String good = jwt.issue("a@b.lv", false, Duration.ofHours(1));
        assertRefused(LocalJwt.withForgedSignature(good), "signature");
        assertRefused(new LocalJwt("x".repeat(64).getBytes(StandardCharsets.US_ASCII)).issue("a@b.lv", true,
                Duration.ofHours(1)), "signature");

        // The claims of a non-organiser, swapped for an organiser's, under the old signature.
        String[] parts = good.split("\\.");
        String organiserClaims = jwt.issue("a@b.lv", true, Duration.ofHours(1)).split("\\.")[1];
        assertRefused(parts[0] + "." + organiserClaims + "." + parts[2], "signature");
        assertRefused(parts[0] + "." + parts[1] + ".", "signature");
    }

    @Test
    void onlyHs256IsAccepted() {
        assertRefused(jwt.unsigned("a@b.lv", true), "none");
        Map<String, Object> claims = jwt.claims("a@b.lv", true, NOW, Duration.ofHours(1));
        for (String alg : List.of("none", "None", "HS512", "RS256", "hs256")) {
            Map<String, Object> header = new LinkedHashMap<>();
            header.put("alg", alg);
            assertRefused(jwt.sign(header, claims), "algorithm");
        }
        assertRefused(jwt.sign(new LinkedHashMap<>(), claims), "algorithm");
        Map<String, Object> critical = new LinkedHashMap<>();
        critical.put("alg", "HS256");
        critical.put("crit", List.of("exp"));
        assertRefused(jwt.sign(critical, claims), "critical");
    }

    @Test
    void issuerAndAudienceMustBeTheLocalOnes() throws Exception {
        Map<String, Object> claims = jwt.claims("a@b.lv", true, NOW, Duration.ofHours(1));
        claims.put("iss", "https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_abc");
        assertRefused(jwt.sign(claims), "issuer");

        claims = jwt.claims("a@b.lv", true, NOW, Duration.ofHours(1));
        claims.put("aud", "another-client");
        assertRefused(jwt.sign(claims), "audience");
        claims.put("aud", List.of("another-client", LocalJwt.AUDIENCE));
        jwt.verify(jwt.sign(claims));

        // An access token names its client in client_id instead of aud.
        claims.remove("aud");
        assertRefused(jwt.sign(claims), "audience");
        claims.put("client_id", LocalJwt.AUDIENCE);
        jwt.verify(jwt.sign(claims));

        claims.remove("exp");
        assertRefused(jwt.sign(claims), "exp");
        claims.put("exp", "tomorrow");
        assertRefused(jwt.sign(claims), "exp");
    }

    @Test
    void malformedTokensAreRefused() {
        String good = jwt.issue("a@b.lv", true, Duration.ofHours(1));
        String[] parts = good.split("\\.");
        for (String bad : List.of(LocalJwt.malformed(), "", " ", "a.b", "a.b.c.d", parts[0] + "." + parts[1],
                good + ".", "." + parts[1] + "." + parts[2], parts[0] + ".." + parts[2],
                "!!!." + parts[1] + "." + parts[2], parts[0] + "." + parts[1] + ".***",
                b64("[1,2]") + "." + parts[1] + "." + parts[2],
                b64("{\"alg\":\"HS256\",\"alg\":\"none\"}") + "." + parts[1] + "." + parts[2])) {
            assertThrows(LocalJwt.InvalidToken.class, () -> jwt.verify(bad), bad);
        }
        assertThrows(LocalJwt.InvalidToken.class, () -> jwt.verify(null));
        // Well signed, but the payload is not a JSON object.
        String signedArray = signRaw(b64("{\"alg\":\"HS256\"}"), b64("[\"sub\"]"));
        assertRefused(signedArray, "payload");
    }

    @Test
    void aShortKeyIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new LocalJwt(new byte[16]));
    }

    private void assertRefused(String token, String reasonContains) {
        LocalJwt.InvalidToken e = assertThrows(LocalJwt.InvalidToken.class, () -> jwt.verify(token), token);
        assertTrue(e.getMessage().contains(reasonContains), e.getMessage());
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String signRaw(String header, String payload) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(KEY, "HmacSHA256"));
            byte[] sig = mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
