package lv.praise.adapter;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import lv.praise.domain.HashKeySource;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Which hash key a function uses: in Lambda always the secret named by {@code EMAIL_HASH_SECRET} (its ARN,
 * {@code !Ref EmailHashSecret}), read from Secrets Manager; on the local run and in tests the dev key
 * {@code EMAIL_HASH_KEY} that the local server sets. Inside Lambda that local switch is refused
 * ({@link Settings#localOnly}): a key left in a function's environment by mistake stops the function from starting.
 */
public final class HashKeys {
    /** The secret's ARN or name: the only hash-key setting a deployed function has. */
    public static final String SECRET_SETTING = "EMAIL_HASH_SECRET";
    /** The local run's dev key (system property set by local/); refused inside Lambda. */
    public static final String DEV_KEY_SETTING = "EMAIL_HASH_KEY";

    private HashKeys() {
    }

    /**
     * @param env      the process environment (where the Lambda runtime leaves its marker)
     * @param settings how a setting is read ({@link Settings#optional})
     * @param secrets  the Secrets Manager client, built only when the secret is the source
     */
    static HashKeySource fromSettings(Map<String, String> env, Function<String, Optional<String>> settings,
                                      Supplier<SecretsManagerClient> secrets) {
        Optional<String> dev = Settings.localOnly(env, DEV_KEY_SETTING, settings);
        if (dev.isPresent()) {
            return HashKeySource.fixed(dev.get());
        }
        return new SecretsManagerHashKey(secrets.get(), settings.apply(SECRET_SETTING).orElse(null));
    }

    public static HashKeySource fromSettings(Supplier<SecretsManagerClient> secrets) {
        return fromSettings(System.getenv(), Settings::optional, secrets);
    }
}
