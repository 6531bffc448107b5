package lv.praise.domain.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateCodeTest {
    @Test
    void aCodeIsSixteenBase32CharactersInFourGroups() {
        String code = CertificateCode.generate();
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"), code);
        assertEquals(Optional.of(code.replace("-", "")), CertificateCode.normalise(code));
        assertEquals(code, CertificateCode.format(code.replace("-", "")));
    }

    @Test
    void typedCodesAreReadGenerously() {
        assertEquals(Optional.of("7KQ2M9XD4HTBW3ZA"), CertificateCode.normalise("7kq2 m9xd-4htb\tw3za"));
        assertEquals(Optional.of("0110000000000000"), CertificateCode.normalise("OiL0-oooo-0000-0000"));
        assertEquals("7KQ2-M9XD-4HTB-W3ZA", CertificateCode.format("7kq2m9xd4htbw3za"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7KQ2-M9XD-4HTB-W3Z", "7KQ2-M9XD-4HTB-W3ZAB", "7KQ2-M9XD-4HTB-W3ZU",
            "7KQ2-M9XD-4HTB-W3Z!", "7KQ2_M9XD_4HTB_W3ZA", "ĶKQ2-M9XD-4HTB-W3ZA"})
    void whatCannotBeACodeIsRefused(String typed) {
        assertTrue(CertificateCode.normalise(typed).isEmpty(), typed);
        assertThrows(IllegalArgumentException.class, () -> CertificateCode.format(typed));
    }

    @Test
    void nullAndHugeInputAreRefused() {
        assertTrue(CertificateCode.normalise(null).isEmpty());
        assertTrue(CertificateCode.normalise("-".repeat(10_000) + "7KQ2M9XD4HTBW3ZA").isEmpty());
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            assertTrue(seen.add(CertificateCode.generate()));
        }
    }

    @Test
    void everyLetterOfTheAlphabetTurnsUp() {
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            for (char ch : CertificateCode.generate().replace("-", "").toCharArray()) {
                seen.add(ch);
            }
        }
        assertEquals(32, seen.size(), "all 32 symbols, so the code carries 5 bits a character");
    }
}
