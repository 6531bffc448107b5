package lv.praise.adapter;

import static lv.praise.testkit.Fixtures.EMAIL_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.HashKeySource;
import lv.praise.domain.RefusedException;
import lv.praise.testkit.ServiceStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The hash key adapter against a Secrets Manager stand-in at the SDK's wire: a loopback HTTP server that
 * answers {@code GetSecretValue} as the service does (AWS JSON 1.1), or fails as it can. The real SDK client
 * sends the real request.
 */
class SecretsManagerHashKeyTest {
    private static final String SECRET_ARN = "arn:aws:secretsmanager:eu-north-1:123456789012:secret:EmailHashSecret-AbCdEf";
    private static final String KEY = "s".repeat(64);

    private volatile int status = 200;
    private volatile String answer = secretAnswer(KEY);
    private ServiceStandIn secrets;
    private SecretsManagerClient client;

    @BeforeEach
    void start() {
        secrets = ServiceStandIn.start(request -> new ServiceStandIn.Answer(status,
                Map.of("Content-Type", "application/x-amz-json-1.1"), answer));
        client = secrets.client(SecretsManagerClient.builder());
    }

    @AfterEach
    void stop() {
        client.close();
        secrets.close();
    }

    /** The requests so far as "target body" lines. */
    private List<String> requests() {
        return secrets.requests().stream().map(r -> r.target() + " " + r.body()).toList();
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
        assertEquals(1, requests().size(), "one GetSecretValue per container, none per praise: " + requests());
        assertTrue(requests().get(0).startsWith("secretsmanager.GetSecretValue "), requests().get(0));
        assertTrue(requests().get(0).contains("\"SecretId\":\"" + SECRET_ARN + "\""), requests().get(0));
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
        assertEquals(3, requests().size(), requests().toString());
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
        secrets.close();
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
        assertTrue(requests().isEmpty());
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
        assertEquals(1, requests().size());
    }
}
