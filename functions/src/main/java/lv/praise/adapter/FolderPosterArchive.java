package lv.praise.adapter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import lv.praise.domain.posters.PosterArchive;

/**
 * The local run's stand-in for the posters bucket: a folder, served by the local server under
 * {@code /_local/files/{key}} only with a signature and an expiry that this class signs (HMAC-SHA256 with
 * the run's key), as a presigned S3 URL is. Written to {@code {key}.part} and moved into place, so a ZIP
 * appears whole or not at all.
 */
public final class FolderPosterArchive implements PosterArchive {
    private final Path root;
    private final String baseUrl;
    private final byte[] signingKey;
    private final Clock clock;

    /** @param baseUrl where the local server serves the folder, e.g. http://localhost:3000/_local/files */
    public FolderPosterArchive(Path root, String baseUrl, String signingKey, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.signingKey = signingKey.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    @Override
    public void put(String key, Content content) {
        Path file = file(root, key);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(part)) {
                content.writeTo(out);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                e.addSuppressed(ignored);
            }
            throw new UncheckedIOException("the file " + key + " could not be written", e);
        }
    }

    @Override
    public Link link(String key, String fileName, Duration validFor) {
        Instant expires = clock.instant().plus(validFor);
        long epoch = expires.getEpochSecond();
        String url = baseUrl + "/" + key + "?name=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                + "&expires=" + epoch + "&signature=" + signature(signingKey, key, fileName, epoch);
        return new Link(url, Instant.ofEpochSecond(epoch));
    }

    /** The file of a key inside the folder; a key that would lead outside it is refused. */
    public static Path file(Path root, String key) {
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("a key names a file inside the folder");
        }
        return file;
    }

    /** HMAC-SHA256 over the key, the download name and the expiry, hex: what the local server checks. */
    public static String signature(byte[] signingKey, String key, String fileName, long expiresEpochSecond) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            byte[] text = (key + "\n" + fileName + "\n" + expiresEpochSecond).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(mac.doFinal(text));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Compares two signatures in constant time. */
    public static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }
}
