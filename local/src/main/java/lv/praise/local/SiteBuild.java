package lv.praise.local;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Whether the site's deploy build (site-build/build.mjs) was made from the sources as they are now. The build writes,
 * beside its output folder, {@code <output>.build.json}: the SHA-256 of every source file (hidden ones aside, as the
 * build skips them) and of its own tools. A test run that skipped the build (a bare {@code failsafe:} goal,
 * {@code -Dexec.skip}, an IDE) would otherwise weigh and serve an old build without a word; {@link #requireFresh}
 * refuses it, naming what changed. Hashing the ~500 KB of sources takes milliseconds.
 */
public final class SiteBuild {
    static final String FIX = "run node site-build/build.mjs (or mvn -pl local -am test-compile) to rebuild it";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int NAMED = 5;

    private SiteBuild() {
    }

    /** The manifest of a build in {@code output}: {@code <output>.build.json}, beside it (so never uploaded). */
    public static Path manifest(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".build.json");
    }

    /**
     * Throws (naming the files that differ and how to rebuild) unless {@code output} holds a build of {@code sources}
     * as they are now, made by the tools in {@code tools} (site-build/) as they are now.
     */
    public static void requireFresh(Path output, Path sources, Path tools) {
        Path manifest = manifest(output);
        if (!Files.isDirectory(output) || !Files.isRegularFile(manifest)) {
            throw new IllegalStateException("no site build in " + output + " (or no " + manifest.getFileName()
                    + " beside it, which a build writes last): " + FIX);
        }
        JsonNode made;
        try {
            made = JSON.readTree(manifest.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("unreadable " + manifest + ": " + FIX, e);
        }
        List<String> differ = new ArrayList<>();
        differ.addAll(differences("static-site/", JSON.convertValue(made.path("files"), new TypeReference<Map<String, String>>() {
        }), hashes(sources)));
        Map<String, String> toolsNow = new TreeMap<>();
        for (String tool : List.of("build.mjs", "package-lock.json")) {
            toolsNow.put(tool, sha256(tools.resolve(tool)));
        }
        differ.addAll(differences("site-build/", JSON.convertValue(made.path("tools"), new TypeReference<Map<String, String>>() {
        }), toolsNow));
        if (!differ.isEmpty()) {
            throw new IllegalStateException("the site build in " + output + " is stale: " + differ.size()
                    + " file(s) changed since it was built (" + String.join(", ", differ.subList(0, Math.min(NAMED, differ.size())))
                    + (differ.size() > NAMED ? ", …" : "") + "): " + FIX);
        }
    }

    private static List<String> differences(String prefix, Map<String, String> then, Map<String, String> now) {
        Map<String, String> before = then == null ? Map.of() : then;
        List<String> differ = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(now.keySet());
        for (String name : names) {
            if (!Objects.equals(before.get(name), now.get(name))) {
                differ.add(prefix + name + (now.containsKey(name) ? before.containsKey(name) ? " changed" : " added" : " removed"));
            }
        }
        return differ;
    }

    /** Each source file's SHA-256 by its '/'-separated path relative to {@code sources}, as the build writes them. */
    static Map<String, String> hashes(Path sources) {
        Map<String, String> found = new TreeMap<>();
        if (!Files.isDirectory(sources)) {
            throw new IllegalStateException("no source folder " + sources);
        }
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                Path relative = sources.relativize(path);
                if (relative.toString().isEmpty() || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                        || hidden(relative)) {
                    continue;
                }
                List<String> parts = new ArrayList<>();
                relative.forEach(part -> parts.add(part.toString()));
                found.put(String.join("/", parts), sha256(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The build skips hidden files and folders (StaticSite never serves them, nothing deploys them). */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
