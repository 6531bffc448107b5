package lv.praise.domain.digest;

import java.time.Clock;
import lv.praise.domain.KeyedHasher;

/**
 * The digest's one-click opt-out: the token's contact gets no more digests. A token that is not ours (malformed,
 * edited into another contact or participant) is refused before anything is read or written; a second opt-out
 * changes nothing (the first instant is kept).
 */
public final class DigestOptOut {
    private final DigestStore store;
    private final KeyedHasher signer;
    private final Clock clock;

    public DigestOptOut(DigestStore store, KeyedHasher signer, Clock clock) {
        this.store = store;
        this.signer = signer;
        this.clock = clock;
    }

    /**
     * @return false when the token is genuine but the contact is no longer registered (nothing to stop then)
     * @throws lv.praise.domain.RefusedException 400 {@code invalid_token} on {@code token}
     */
    public boolean optOut(String token) {
        DigestOptOutToken contact = DigestOptOutToken.verify(token, signer);
        return store.optOut(contact.year(), contact.participantId(), contact.emailHash(), clock.instant());
    }
}
