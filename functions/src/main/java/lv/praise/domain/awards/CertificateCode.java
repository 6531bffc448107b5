package lv.praise.domain.awards;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification codes: 80 random bits written as 16 characters of Crockford's base 32 in four groups
 * ({@code 7KQ2-M9XD-4HTB-W3ZA}). No I, L, O or U, so a code read off paper or spoken over the phone
 * is typed right; when typed, case, spaces and hyphens don't matter, and O, I, L are read as 0, 1, 1.
 */
public final class CertificateCode {
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCode() {
    }

    /** A fresh code (80 bits from a SecureRandom), formatted. */
    public static String generate() {
        byte[] bytes = new byte[LENGTH];
        RANDOM.nextBytes(bytes);
        StringBuilder code = new StringBuilder(LENGTH);
        for (byte b : bytes) {
            code.append(ALPHABET.charAt(b & 31));
        }
        return format(code.toString());
    }

    /**
     * The code in its stored form (16 characters, upper case, no separators), or empty when the text
     * can't be a code at all.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\t') {
                continue;
            }
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            code.append(read);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** Groups a stored code as people read it: XXXX-XXXX-XXXX-XXXX. */
    public static String format(String code) {
        String bare = normalise(code).orElseThrow(() -> new IllegalArgumentException("not a certificate code"));
        return bare.substring(0, 4) + "-" + bare.substring(4, 8) + "-" + bare.substring(8, 12) + "-" + bare.substring(12);
    }
}
