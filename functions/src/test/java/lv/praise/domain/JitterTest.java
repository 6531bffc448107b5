package lv.praise.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The back-off jitter is snapshot-safe: drawn from SecureRandom, and no generator that a SnapStart snapshot
 * would freeze with its seed (ThreadLocalRandom, java.util.Random, Math.random, SplittableRandom) is used
 * anywhere in the functions' code.
 */
class JitterTest {
    /** Generators whose state, seeded at init, every environment resumed from one snapshot would share. */
    private static final Pattern SNAPSHOT_UNSAFE = Pattern.compile(
            "ThreadLocalRandom|new\\s+Random\\s*\\(|java\\.util\\.Random\\b|Math\\.random\\s*\\(|SplittableRandom");
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void drawsFromBothEndsAndNothingOutside() {
        Set<Long> seen = new TreeSet<>();
        for (int i = 0; i < 400; i++) {
            long n = Jitter.between(5, 8);
            assertTrue(n >= 5 && n <= 8, "out of range: " + n);
            seen.add(n);
        }
        assertEquals(Set.of(5L, 6L, 7L, 8L), seen);
        assertEquals(3, Jitter.between(3, 3));
        assertThrows(IllegalArgumentException.class, () -> Jitter.between(4, 3));
    }

    @Test
    void theSourceIsSecureRandom() {
        assertEquals(java.security.SecureRandom.class, Jitter.SOURCE.getClass());
    }

    @Test
    void noSnapshotUnsafeGeneratorInTheFunctions() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(MAIN)) {
            offenders = files.filter(p -> p.toString().endsWith(".java")).filter(JitterTest::usesUnsafeGenerator)
                    .map(p -> MAIN.relativize(p).toString()).sorted().toList();
        }
        assertEquals(List.of(), offenders, "use lv.praise.domain.Jitter (SecureRandom) instead");
    }

    @Test
    void everyBackOffDrawsFromJitter() throws IOException {
        // The adapters' one back-off (Retries, behind Transactions and every batch loop) and the letters' own.
        for (String file : List.of("lv/praise/adapter/Retries.java", "lv/praise/domain/awards/CertificateDelivery.java")) {
            assertTrue(Files.readString(MAIN.resolve(file)).contains("Jitter.between("), file);
        }
    }

    private static boolean usesUnsafeGenerator(Path file) {
        try {
            // Code only: comments (Jitter's own) may name what not to use.
            String code = COMMENTS.matcher(Files.readString(file)).replaceAll(" ");
            return SNAPSHOT_UNSAFE.matcher(code).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
