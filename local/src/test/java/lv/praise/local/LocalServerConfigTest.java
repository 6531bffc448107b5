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
    }
}
