package lv.praise.domain;

/**
 * Port: where the key of the keyed hashes (e-mail addresses, sender addresses) comes from. In AWS a
 * secret read at run time (never an environment variable: whoever may read a function's configuration
 * could otherwise reverse every hash of a table export by hashing candidate addresses); on the local run
 * its dev key.
 */
public interface HashKeySource {
    /**
     * The key, at least {@link KeyedHasher#MIN_KEY_LENGTH} characters.
     *
     * @throws RefusedException {@link ErrorCode#NOT_CONFIGURED} when the key can't be had now (the store
     *                         that keeps it is unreachable or refuses): nothing may be hashed without it
     */
    String key();

    /** A key known in advance (the local run's dev key, the tests'). */
    static HashKeySource fixed(String key) {
        return () -> key;
    }
}
