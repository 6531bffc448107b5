package lv.praise.domain.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;
import lv.praise.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class DigestOptOutTokenTest {
    private final KeyedHasher hasher = new KeyedHasher(Fixtures.EMAIL_KEY);
    private final String hash = hasher.hash("anna@preili.example.lv");

    @Test
    void aTokenReadsBackAsTheContactItNames() {
        DigestOptOutToken contact = new DigestOptOutToken(2027, "preilu-galvena-biblioteka", hash);
        String token = contact.encode(hasher);
        assertTrue(token.matches("[A-Za-z0-9_-]+\\.[0-9a-f]{64}"), token);
        assertEquals(contact, DigestOptOutToken.verify(token, hasher));
        // The MAC is no e-mail hash: the signed text has its own purpose.
        assertNotEquals(hash, token.substring(token.indexOf('.') + 1));
        assertFalse(token.contains("anna"), "the token holds the hash, never the address");
    }

    @Test
    void aTokenOfOneParticipantEditedIntoAnotherIsRefused() {
        String token = new DigestOptOutToken(2027, "preilu-galvena-biblioteka", hash).encode(hasher);
        String mac = token.substring(token.indexOf('.'));
        String other = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("2027.maiznica-rudzupuke." + hash).getBytes(StandardCharsets.UTF_8)) + mac;
        refused(other);
        String otherContact = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("2027.preilu-galvena-biblioteka." + hasher.hash("janis@preili.example.lv"))
                        .getBytes(StandardCharsets.UTF_8)) + mac;
        refused(otherContact);
        String otherYear = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("2028.preilu-galvena-biblioteka." + hash).getBytes(StandardCharsets.UTF_8)) + mac;
        refused(otherYear);
    }

    @Test
    void tamperedMalformedAndForeignTokensAreRefusedNamingTheToken() {
        String token = new DigestOptOutToken(2027, "preilu-galvena-biblioteka", hash).encode(hasher);
        char last = token.charAt(token.length() - 1);
        refused(token.substring(0, token.length() - 1) + (last == '0' ? '1' : '0'));
        refused("x" + token);
        refused(token + ".");
        refused(token.substring(0, token.indexOf('.')));
        refused("");
        refused(null);
        refused("!!!." + "0".repeat(64));
        refused("a".repeat(500) + "." + "0".repeat(64));
        // Signed under another key (another stack's): not ours.
        KeyedHasher other = new KeyedHasher("another-key-another-key-another-key-0123");
        refused(new DigestOptOutToken(2027, "preilu-galvena-biblioteka", hash).encode(other));
        // A well-signed text that is no contact (a MAC made for this purpose of anything else) is refused too.
        String junk = "2027.Not An Id." + hash;
        refused(Base64.getUrlEncoder().withoutPadding().encodeToString(junk.getBytes(StandardCharsets.UTF_8)) + "."
                + hasher.sign(DigestOptOutToken.PURPOSE, junk));
    }

    @Test
    void theHashersMacIsBoundToItsPurposeAndKey() {
        String text = "2027.preilu-galvena-biblioteka." + hash;
        assertEquals(hasher.sign("digest-opt-out", text), hasher.sign("digest-opt-out", text));
        assertNotEquals(hasher.sign("digest-opt-out", text), hasher.sign("report", text));
        assertNotEquals(hasher.sign("digest-opt-out", text),
                new KeyedHasher("another-key-another-key-another-key-0123").sign("digest-opt-out", text));
        assertThrows(IllegalArgumentException.class, () -> hasher.sign("a:b", text));
        assertThrows(IllegalArgumentException.class, () -> hasher.sign(" ", text));
    }

    private void refused(String token) {
        RefusedException e = assertThrows(RefusedException.class, () -> DigestOptOutToken.verify(token, hasher));
        assertEquals(ErrorCode.INVALID_TOKEN, e.code());
        assertEquals("token", e.field());
    }
}
