package lv.praise.adapter;

import lv.praise.domain.ErrorCode;
import lv.praise.domain.HashKeySource;
import lv.praise.domain.RefusedException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The hash key from Secrets Manager ({@code GetSecretValue} of the stack's EmailHashSecret), read at the
 * first hash and then kept for the container's life: one call per cold start, none per praise. A failed read
 * is not kept – the next request tries again – and refuses the request with 503 {@code not_configured}, so
 * nothing is hashed (or stored) without the key.
 *
 * <p>The key changes only with the secret's value, which the stack never rotates (a new key would break the
 * one-praise-per-person rule for the running campaign): a container never needs to read it twice.
 */
public final class SecretsManagerHashKey implements HashKeySource {
    private final SecretsManagerClient client;
    private final String secretId;
    private volatile String cached;

    /**
     * @param secretId the secret's ARN or name (the functions' {@code EMAIL_HASH_SECRET}, {@code !Ref EmailHashSecret});
     *                 null when the setting is missing: every hash is then refused
     */
    public SecretsManagerHashKey(SecretsManagerClient client, String secretId) {
        this.client = client;
        this.secretId = secretId;
    }

    @Override
    public String key() {
        String key = cached;
        if (key != null) {
            return key;
        }
        synchronized (this) {
            if (cached == null) {
                cached = read();
            }
            return cached;
        }
    }

    private String read() {
        if (secretId == null || secretId.isBlank()) {
            throw new RefusedException(ErrorCode.NOT_CONFIGURED, null,
                    "the setting EMAIL_HASH_SECRET (the e-mail hash key's secret) is missing");
        }
        String value;
        try {
            value = client.getSecretValue(r -> r.secretId(secretId)).secretString();
        } catch (SdkException e) {
            throw new RefusedException(ErrorCode.NOT_CONFIGURED, null,
                    "the e-mail hash key could not be read from Secrets Manager", e);
        }
        if (value == null || value.isBlank()) {
            throw new RefusedException(ErrorCode.NOT_CONFIGURED, null,
                    "the e-mail hash key's secret holds no text value");
        }
        return value;
    }
}
