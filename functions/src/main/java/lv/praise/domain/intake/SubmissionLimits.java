package lv.praise.domain.intake;

import java.time.Instant;

/**
 * Port: counters of praise submissions per sender address and per e-mail address, one per fixed
 * window. Keys are keyed hashes, never the addresses themselves.
 */
public interface SubmissionLimits {

    /** What a counter counts; its name is the request field a refusal names. */
    enum Scope {
        ADDRESS("address"),
        EMAIL("email");

        private final String field;

        Scope(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /**
     * Adds one to the counter of (scope, key, window) unless it already reached {@code limit}, in one
     * atomic step, so concurrent submissions never pass the limit together.
     *
     * @return true when counted, false when the limit was already reached (nothing written)
     * @throws RuntimeException when the store fails: a failure is never taken for a reached limit
     */
    boolean tryCount(Scope scope, String keyHash, Instant windowStart, Instant windowEnd, int limit);

    /**
     * The same counters under keys of their own ({@code prefix:} before each key hash): another form's limits
     * (the participants' sign-in) count apart from the praise form's, in the same store.
     */
    static SubmissionLimits prefixed(String prefix, SubmissionLimits counters) {
        return (scope, keyHash, windowStart, windowEnd, limit) ->
                counters.tryCount(scope, prefix + ":" + keyHash, windowStart, windowEnd, limit);
    }
}
