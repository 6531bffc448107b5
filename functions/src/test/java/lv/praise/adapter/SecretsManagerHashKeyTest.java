package lv.praise.adapter;

import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.HashKeySource;
import lv.praise.domain.RefusedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The hash key adapter against a Secrets Manager stand-in at the SDK's wire: a loopback HTTP server that
 * answers {@code GetSecretValue} as the service does (AWS JSON 1.1), or fails as it can. The real SDK client
 * sends the real request.
 */
class SecretsManagerHashKeyTest {
    private static final String SECRET_ARN = "arn:aws:secretsmanager:eu-north-1:123456789012:secret:EmailHashSecret-AbCdEf";
    private static final String KEY = "s".repeat(64);

    private HttpServer server;
    private volatile int status = 200;
    private volatile String answer = secretAnswer(KEY);
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private SecretsManagerClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestHeaders().getFirst("X-Amz-Target") + " " + body);
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        client = SecretsManagerClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region(Region.EU_NORTH_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(5)))
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
    }

    private static String secretAnswer(String value) {
        return "{\"ARN\":\"" + SECRET_ARN + "\",\"Name\":\"EmailHashSecret\",\"SecretString\":\"" + value
                + "\",\"VersionId\":\"v1\",\"VersionStages\":[\"AWSCURRENT\"]}";
    }

    private void serviceFails(int status, String type) {
        this.status = status;
        this.answer = "{\"__type\":\"" + type + "\",\"message\":\"injected\"}";
    }

    @Test
    void theKeyIsReadOnceByItsArnAndKeptForTheContainer() {
        SecretsManagerHashKey source = new SecretsManagerHashKey(client, SECRET_ARN);
        KeyedHasher hasher = new KeyedHasher(source);

        String first = hasher.hash("anna@example.lv");
        String second = hasher.hash("peteris@example.lv");
        hasher.hashIpAddress("192.0.2.1");

        assertEquals(new KeyedHasher(KEY).hash("anna@example.lv"), first, "the secret's value is the key");
        assertFalse(first.equals(second));
        assertEquals(1, requests.size(), "one GetSecretValue per container, none per praise: " + requests);
        assertTrue(requests.get(0).startsWith("secretsmanager.GetSecretValue "), requests.get(0));
        assertTrue(requests.get(0).contains("\"SecretId\":\"" + SECRET_ARN + "\""), requests.get(0));
    }

    @Test
    void anUnavailableSecretsManagerRefusesTheHashAndIsAskedAgainNextTime() {
        serviceFails(503, "ServiceUnavailable");
        KeyedHasher hasher = new KeyedHasher(new SecretsManagerHashKey(client, SECRET_ARN));

        RefusedException e = assertThrows(RefusedException.class, () -> hasher.hash("anna@example.lv"));
        assertEquals(ErrorCode.NOT_CONFIGURED, e.code());
        assertTrue(e.getMessage().contains("Secrets Manager"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY));
        assertThrows(RefusedException.class, () -> hasher.hashIpAddress("192.0.2.1"), "no address hash either");

        status = 200;
        answer = secretAnswer(KEY);
        assertEquals(new KeyedHasher(KEY).hash("anna@example.lv"), hasher.hash("anna@example.lv"),
                "a failed read is not kept: the next request reads again");
        assertEquals(3, requests.size(), requests.toString());
    }

    @Test
    void aRefusedReadIsNotConfiguredToo() {
        serviceFails(400, "AccessDeniedException");
        RefusedException e = assertThrows(RefusedException.class,
                () -> new SecretsManagerHashKey(client, SECRET_ARN).key());
        assertEquals(ErrorCode.NOT_CONFIGURED, e.code());
        assertTrue(e.getCause() instanceof software.amazon.awssdk.core.exception.SdkException, String.valueOf(e.getCause()));
    }

    @Test
    void noConnectionAtAllIsNotConfigured() {
        server.stop(0);
        RefusedException e = assertThrows(RefusedException.class,
                () -> new SecretsManagerHashKey(client, SECRET_ARN).key());
        assertEquals(ErrorCode.NOT_CONFIGURED, e.code());
    }

    @Test
    void anEmptyOrShortSecretNeverBecomesAKey() {
        answer = secretAnswer("");
        assertEquals(ErrorCode.NOT_CONFIGURED, assertThrows(RefusedException.class,
                () -> new SecretsManagerHashKey(client, SECRET_ARN).key()).code());
        answer = secretAnswer("short");
        KeyedHasher hasher = new KeyedHasher(new SecretsManagerHashKey(client, SECRET_ARN));
        assertEquals(ErrorCode.NOT_CONFIGURED, assertThrows(RefusedException.class,
                () -> hasher.hash("anna@example.lv")).code(), "never a hash under a guessable key");
    }

    @Test
    void aMissingSettingIsNotConfiguredWithoutACall() {
        assertEquals(ErrorCode.NOT_CONFIGURED, assertThrows(RefusedException.class,
                () -> new SecretsManagerHashKey(client, null).key()).code());
        assertTrue(requests.isEmpty());
    }

    @Test
    void insideLambdaOnlyTheSecretCountsAndTheLocalDevKeyIsRefused() {
        Map<String, Optional<String>> settings = Map.of(
                HashKeys.DEV_KEY_SETTING, Optional.of(EMAIL_KEY),
                HashKeys.SECRET_SETTING, Optional.of(SECRET_ARN));
        Map<String, String> lambda = Map.of("AWS_LAMBDA_FUNCTION_NAME", "SubmitPraiseFunction");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> HashKeys.fromSettings(lambda,
                n -> settings.getOrDefault(n, Optional.empty()), () -> client));
        assertTrue(refused.getMessage().startsWith(HashKeys.DEV_KEY_SETTING + " is a switch of the local run"));
        HashKeySource inLambda = HashKeys.fromSettings(lambda,
                n -> n.equals(HashKeys.DEV_KEY_SETTING) ? Optional.empty() : settings.getOrDefault(n, Optional.empty()),
                () -> client);
        assertTrue(inLambda instanceof SecretsManagerHashKey);
        assertEquals(KEY, inLambda.key());

        HashKeySource local = HashKeys.fromSettings(Map.of(),
                n -> settings.getOrDefault(n, Optional.empty()), () -> {
                    throw new AssertionError("the local run builds no Secrets Manager client");
                });
        assertEquals(EMAIL_KEY, local.key());
        assertEquals(1, requests.size());
    }
}
