package lv.praise.domain.mail;

import java.time.Instant;

/** Port: the addresses (as keyed hashes, never the address) that get no more e-mail. */
public interface SuppressionList {
    boolean isSuppressed(String emailHash);

    /** Idempotent: suppressing an address again keeps its first reason and instant. */
    void suppress(String emailHash, SuppressionReason reason, Instant at);
}
