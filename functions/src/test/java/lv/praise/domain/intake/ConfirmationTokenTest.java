package lv.praise.domain.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfirmationTokenTest {
    @Test
    void aTokenCarriesAtLeast128RandomBitsAndRoundTrips() {
        ConfirmationToken token = ConfirmationToken.generate();
        assertTrue(Base64.getUrlDecoder().decode(token.secret()).length * 8 >= 128);
        assertEquals(token, ConfirmationToken.parse(token.toString()).orElseThrow());
        assertTrue(token.matches(token.secretHash()));
        assertFalse(token.toString().contains(token.secretHash()), "only the hash is stored, never the secret");
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(ConfirmationToken.generate().toString()));
        }
    }

    @Test
    void aForgedSecretDoesNotMatch() {
        ConfirmationToken real = ConfirmationToken.generate();
        ConfirmationToken forged = new ConfirmationToken(real.praiseId(), ConfirmationToken.generate().secret());
        assertFalse(forged.matches(real.secretHash()));
        assertNotEquals(real.secretHash(), forged.secretHash());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "abc", "AAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAA.short",
            "../../etc/passwd.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "<script>.x"})
    void malformedTokensAreRefused(String text) {
        assertTrue(ConfirmationToken.parse(text).isEmpty());
    }
}
