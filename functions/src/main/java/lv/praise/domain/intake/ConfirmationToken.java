package lv.praise.domain.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret in a confirmation link: "{praiseId}.{secret}". The id finds the praise with one read;
 * the 256-bit secret proves the link came from the e-mail. Only the secret's SHA-256 is stored,
 * so a leaked table can't confirm anything.
 */
public record ConfirmationToken(String praiseId, String secret) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern ID = Pattern.compile("^[A-Za-z0-9_-]{22}$");
    private static final Pattern SECRET = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    public static ConfirmationToken generate() {
        return new ConfirmationToken(randomBase64(16), randomBase64(32));
    }

    public static Optional<ConfirmationToken> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int dot = text.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String id = text.substring(0, dot);
        String secret = text.substring(dot + 1);
        if (!ID.matcher(id).matches() || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ConfirmationToken(id, secret));
    }

    @Override
    public String toString() {
        return praiseId + "." + secret;
    }

    public String secretHash() {
        return sha256(secret);
    }

    /** Compares in constant time, so response timing says nothing about the stored hash. */
    public boolean matches(String storedHash) {
        return storedHash != null && MessageDigest.isEqual(
                secretHash().getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static String randomBase64(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
