package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The local run's DynamoDB and site settings as ./run-local reads them from the environment. */
class LocalServerConfigTest {

    @Test
    void byDefaultDynamoDbLocalIsStartedWithTheDemoDataAndTheTwin() {
        LocalServer.Config config = LocalServer.Config.fromEnvironment(Map.of());
        assertNull(config.dynamoEndpoint());
        assertTrue(config.demoData());
        assertTrue(config.twin().on());
        assertEquals(Duration.ofMillis(15), config.twin().hold());
    }

    @Test
    void anExistingEndpointWithoutDemoData() {
        LocalServer.Config config = LocalServer.Config.fromEnvironment(Map.of(
                "PRAISE_DYNAMODB_ENDPOINT", "http://127.0.0.1:8000", "PRAISE_DEMO_DATA", "0",
                "PRAISE_TWIN_HOLD_MS", "30"));
        assertEquals(URI.create("http://127.0.0.1:8000"), config.dynamoEndpoint());
        assertFalse(config.demoData());
        assertTrue(config.twin().on(), "in front of a DynamoDB-compatible endpoint on plain HTTP");
        assertEquals(Duration.ofMillis(30), config.twin().hold());
    }

    @Test
    void dynamoDbItselfGetsNoTwin() {
        LocalServer.Config config = LocalServer.Config.fromEnvironment(Map.of(
                "PRAISE_DYNAMODB_ENDPOINT", "https://dynamodb.eu-north-1.amazonaws.com"));
        assertFalse(config.twin().on(), "DynamoDB has the real semantics, and checks the signature's host");
        assertFalse(LocalServer.Config.fromEnvironment(Map.of("PRAISE_TWIN", "off")).twin().on());
    }

    @Test
    void badValuesAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LocalServer.Config.fromEnvironment(Map.of(
                "PRAISE_DYNAMODB_ENDPOINT", "localhost:8000"))).getMessage().contains("PRAISE_DYNAMODB_ENDPOINT"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LocalServer.Config.fromEnvironment(Map.of(
                "PRAISE_DEMO_DATA", "maybe"))).getMessage().contains("PRAISE_DEMO_DATA"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LocalServer.Config.fromEnvironment(Map.of(
                "PRAISE_TWIN", "sometimes"))).getMessage().contains("PRAISE_TWIN"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LocalServer.Config.fromEnvironment(Map.of(
                "PRAISE_DYNAMODB_ENDPOINT", "http://127.0.0.1:8000", "PRAISE_DATA_DIR", "/tmp/x")))
                .getMessage().contains("PRAISE_DATA_DIR"));
    }

    @Test
    void theSiteIsServedFromItsSourcesUnlessAnotherFolderIsNamed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path built) {
        assertTrue(LocalServer.Config.fromEnvironment(Map.of()).siteDir().endsWith("static-site"));
        assertEquals(built.toAbsolutePath().normalize(),
                LocalServer.Config.fromEnvironment(Map.of("PRAISE_SITE_DIR", built.toString())).siteDir());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LocalServer.Config.fromEnvironment(Map.of(
                "PRAISE_SITE_DIR", built.resolve("missing").toString()))).getMessage().contains("PRAISE_SITE_DIR"));
    }

    /** local/pom.xml names the deploy build to every test JVM: the tests' server serves it, not the sources. */
    @Test
    void theTestsServeTheDeployBuild() {
        String built = System.getProperty(LocalServer.Config.SITE_DIR_PROPERTY);
        assertTrue(built != null && java.nio.file.Files.isDirectory(java.nio.file.Path.of(built)), "run through Maven: " + built);
        java.nio.file.Path served = LocalServer.Config.forTests().siteDir();
        assertEquals(java.nio.file.Path.of(built).toAbsolutePath().normalize(), served);
        assertFalse(served.endsWith("static-site"), served.toString());
        // forTests() checked the manifest site-build/build.mjs wrote against this JVM's hashes of static-site/: the
        // two agree. The manifest lies beside the build, so that docs/deploy.md's sync never uploads it.
        assertTrue(java.nio.file.Files.isRegularFile(SiteBuild.manifest(served)), SiteBuild.manifest(served).toString());
        assertEquals(served.getParent(), SiteBuild.manifest(served).getParent());
    }

    /** A test run that skipped the deploy build must not weigh nor serve an old one, nor the sources unasked. */
    @Test
    void theTestsRefuseAStaleBuildAndServeTheSourcesOnlyWhenNamed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path repo)
            throws java.io.IOException {
        java.nio.file.Path template = java.nio.file.Files.writeString(repo.resolve("template.yaml"), "");
        java.nio.file.Path sources = java.nio.file.Files.createDirectories(repo.resolve("static-site/assets"));
        java.nio.file.Files.writeString(sources.resolve("app.js"), "var a = 1;");
        java.nio.file.Files.writeString(repo.resolve("static-site/index.html"), "<p>Paldies</p>");
        java.nio.file.Files.writeString(repo.resolve("static-site/.hidden"), "never built");
        java.nio.file.Path tools = java.nio.file.Files.createDirectories(repo.resolve("site-build"));
        java.nio.file.Files.writeString(tools.resolve("build.mjs"), "// build");
        java.nio.file.Files.writeString(tools.resolve("package-lock.json"), "{}");
        java.nio.file.Path built = java.nio.file.Files.createDirectories(repo.resolve("local/target/site"));
        java.nio.file.Path other = repo.resolve("elsewhere");

        // No build at all: refused, whether named or by default, saying how to make one.
        String none = assertThrows(IllegalStateException.class,
                () -> LocalServer.Config.testSiteDir(template, null, null)).getMessage();
        assertTrue(none.contains("node site-build/build.mjs"), none);

        // A build of the sources as they are (the manifest as build.mjs writes it): served, named or by default.
        java.nio.file.Files.writeString(SiteBuild.manifest(built), manifest(sources.getParent(), tools));
        assertEquals(built, LocalServer.Config.testSiteDir(template, null, null));
        assertEquals(built, LocalServer.Config.testSiteDir(template, built.toString(), null));
        assertEquals(built, LocalServer.Config.testSiteDir(template, null, built.toString()));
        java.nio.file.Files.writeString(repo.resolve("static-site/.hidden"), "edited, still never built");
        assertEquals(built, LocalServer.Config.testSiteDir(template, null, null), "hidden files are not built");

        // Sources edited, added, removed, or the build's tools changed since: refused, naming the file.
        java.nio.file.Files.writeString(sources.resolve("app.js"), "var a = 2;");
        String edited = assertThrows(IllegalStateException.class,
                () -> LocalServer.Config.testSiteDir(template, built.toString(), null)).getMessage();
        assertTrue(edited.contains("static-site/assets/app.js changed") && edited.contains("node site-build/build.mjs"), edited);
        java.nio.file.Files.writeString(sources.resolve("app.js"), "var a = 1;");
        java.nio.file.Files.writeString(sources.resolve("new.css"), "p{}");
        assertTrue(assertThrows(IllegalStateException.class, () -> LocalServer.Config.testSiteDir(template, null, null))
                .getMessage().contains("static-site/assets/new.css added"));
        java.nio.file.Files.delete(sources.resolve("new.css"));
        java.nio.file.Files.delete(repo.resolve("static-site/index.html"));
        assertTrue(assertThrows(IllegalStateException.class, () -> LocalServer.Config.testSiteDir(template, null, null))
                .getMessage().contains("static-site/index.html removed"));
        java.nio.file.Files.writeString(repo.resolve("static-site/index.html"), "<p>Paldies</p>");
        assertEquals(built, LocalServer.Config.testSiteDir(template, null, null));
        java.nio.file.Files.writeString(tools.resolve("build.mjs"), "// build, other options");
        assertTrue(assertThrows(IllegalStateException.class, () -> LocalServer.Config.testSiteDir(template, null, null))
                .getMessage().contains("site-build/build.mjs changed"));

        // A folder without a manifest beside it (a build that failed half-way, a copy): refused.
        java.nio.file.Files.createDirectories(other);
        assertTrue(assertThrows(IllegalStateException.class,
                () -> LocalServer.Config.testSiteDir(template, other.toString(), null)).getMessage().contains("elsewhere.build.json"));

        // The sources only when named: by "static-site" or by their path.
        assertEquals(sources.getParent(), LocalServer.Config.testSiteDir(template, "static-site", null));
        assertEquals(sources.getParent(), LocalServer.Config.testSiteDir(template, sources.getParent().toString(), null));
        assertEquals(sources.getParent(), LocalServer.Config.testSiteDir(template, null, "static-site"));
    }

    /** The manifest site-build/build.mjs writes: each file's SHA-256 by its path, the sources' and the tools'. */
    private static String manifest(java.nio.file.Path sources, java.nio.file.Path tools) throws java.io.IOException {
        StringBuilder json = new StringBuilder("{\"tools\":{");
        json.append("\"build.mjs\":\"").append(sha256(tools.resolve("build.mjs"))).append("\",");
        json.append("\"package-lock.json\":\"").append(sha256(tools.resolve("package-lock.json"))).append("\"},\"files\":{");
        json.append("\"assets/app.js\":\"").append(sha256(sources.resolve("assets/app.js"))).append("\",");
        json.append("\"index.html\":\"").append(sha256(sources.resolve("index.html"))).append("\"}}");
        return json.toString();
    }

    private static String sha256(java.nio.file.Path file) throws java.io.IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(java.nio.file.Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
