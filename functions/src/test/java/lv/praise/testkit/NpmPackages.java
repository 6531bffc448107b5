package lv.praise.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * npm packages the tests run (a local SES endpoint, axe-core), each pinned by the package.json and
 * lock file of its folder. On a fresh clone the first test that needs one runs {@code npm ci} there,
 * so {@code mvn -B verify} needs only Node and npm on the PATH.
 */
public final class NpmPackages {
    private static final Duration NPM_TIMEOUT = Duration.ofMinutes(5);

    private NpmPackages() {
    }

    /** Runs {@code npm ci} in {@code folder} unless {@code node_modules/<name>} is there; its log goes to {@code target}. */
    public static synchronized void ensureInstalled(Path folder, String name, Path target) {
        if (Files.isDirectory(folder.resolve("node_modules").resolve(name))) {
            return;
        }
        System.out.println("npm: " + folder.resolve("node_modules") + " lacks " + name + "; running npm ci --no-audit --no-fund there");
        Path log = target.resolve("npm-ci-" + folder.getFileName() + ".log");
        Process npm;
        try {
            Files.createDirectories(target);
            String executable = System.getProperty("os.name", "").startsWith("Windows") ? "npm.cmd" : "npm";
            npm = new ProcessBuilder(List.of(executable, "ci", "--no-audit", "--no-fund"))
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("npm was not found: the tests need Node.js and npm on the PATH "
                    + "to install " + name + " (npm ci in " + folder + ")", e);
        }
        try {
            if (!npm.waitFor(NPM_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci in " + folder + " did not finish within "
                        + NPM_TIMEOUT.toMinutes() + " min; its output:\n" + read(log));
            }
        } catch (InterruptedException e) {
            npm.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while npm ci ran in " + folder, e);
        }
        if (npm.exitValue() != 0) {
            throw new IllegalStateException("npm ci in " + folder + " failed with exit code " + npm.exitValue()
                    + "; its output:\n" + read(log));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
