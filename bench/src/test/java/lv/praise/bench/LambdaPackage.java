package lv.praise.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The deployment package of the functions as SAM's Maven builder lays it out: the compiled classes
 * at the root and the runtime dependency jars under lib/. ./bench puts those jars in
 * functions/target/lambda-lib (copy-dependencies, runtime scope).
 */
record LambdaPackage(Path zip, long zipBytes, long unzippedBytes, int jars, long classBytes) {

    static LambdaPackage build(Path functionsDir, Path zip) throws IOException {
        Path classes = functionsDir.resolve("target/classes");
        Path lib = functionsDir.resolve("target/lambda-lib");
        if (!Files.isDirectory(classes) || !Files.isDirectory(lib)) {
            throw new Bench.BenchFailure("no " + classes + " or " + lib
                    + ": build the functions and copy their runtime dependencies first (./bench does both)");
        }
        List<Path> classFiles = files(classes);
        List<Path> jarFiles = files(lib).stream().filter(p -> p.toString().endsWith(".jar")).toList();
        if (jarFiles.isEmpty()) {
            throw new Bench.BenchFailure("no jars in " + lib);
        }
        Files.createDirectories(zip.getParent());
        long classBytes = 0;
        long jarBytes = 0;
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path file : classFiles) {
                classBytes += add(out, classes.relativize(file).toString().replace('\\', '/'), file);
            }
            for (Path jar : jarFiles) {
                jarBytes += add(out, "lib/" + jar.getFileName(), jar);
            }
        }
        return new LambdaPackage(zip, Files.size(zip), classBytes + jarBytes, jarFiles.size(), classBytes);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static long add(ZipOutputStream out, String name, Path file) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        long size = Files.copy(file, (OutputStream) out);
        out.closeEntry();
        return size;
    }
}
