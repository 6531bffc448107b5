package lv.praise.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * Local stand-ins for secrets: the e-mail hash key that AWS keeps in Secrets Manager, and the key
 * that signs the local organiser tokens (in AWS, Cognito signs them). Generated like the template's
 * {@code GenerateSecretString} (64 letters and digits); kept in the data folder when there is one,
 * so that e-mail hashes – and with them the one-praise-per-person rule – and the organiser tokens
 * handed out survive a restart.
 */
final class DevSecrets {
    static final int LENGTH = 64;
    static final String EMAIL_HASH_KEY_FILE = "email-hash-key";
    static final String TOKEN_SIGNING_KEY_FILE = "token-signing-key";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private DevSecrets() {
    }

    /** A fresh key in memory, or the key kept in {@code dataDir} (created on first use). */
    static String emailHashKey(Path dataDir) {
        return kept(dataDir, EMAIL_HASH_KEY_FILE, "e-mail hash key",
                "praise already confirmed then no longer blocks a second praise by the same e-mail");
    }

    /** The HS256 key of the local organiser tokens: fresh in memory, or kept in {@code dataDir}. */
    static String tokenSigningKey(Path dataDir) {
        return kept(dataDir, TOKEN_SIGNING_KEY_FILE, "token signing key",
                "organiser tokens handed out before then no longer work");
    }

    private static String kept(Path dataDir, String fileName, String what, String consequence) {
        if (dataDir == null) {
            return generate();
        }
        Path file = dataDir.resolve(fileName);
        try {
            if (Files.isRegularFile(file)) {
                String kept = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (kept.length() < 32) {
                    throw new IllegalStateException(file + " holds no usable key; delete it to make a new one ("
                            + consequence + ")");
                }
                return kept;
            }
            Files.createDirectories(dataDir);
            String key = generate();
            Path partial = dataDir.resolve(fileName + ".part");
            Files.writeString(partial, key + "\n", StandardCharsets.US_ASCII);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            }
            Files.move(partial, file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the " + what + " in " + file, e);
        }
    }

    static String generate() {
        StringBuilder key = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            key.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return key.toString();
    }
}
